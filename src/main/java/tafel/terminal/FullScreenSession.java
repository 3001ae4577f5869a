package tafel.terminal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

import tafel.i18n.Messages;
import tafel.journal.JournaledSession;
import tafel.session.Decision;
import tafel.session.SessionCommand;
import tafel.session.SessionEvent;
import tafel.session.SessionView;

/**
 * The full-screen timer (JLine): redraws once a second or on a key, never busy-waits (the key
 * read blocks until the next second is due). Every key that changes the session goes through
 * the journal first; the screen confirms only after the sync.
 */
public final class FullScreenSession {

    private final JournaledSession session;
    private final Clock clock;
    private final Messages messages;
    private final int warnMinutes;
    private final TimerScreen screen;
    private final AtomicBoolean resized = new AtomicBoolean(true);
    private ScreenState ui = ScreenState.initial();
    private String lastWarnedKey = "";
    private volatile boolean leaving;
    private volatile boolean interrupted;
    private boolean clockWarned;
    private int lastArrow;
    private String lastPart = "";
    private Runnable sayOnTerminate = () -> { };
    private Optional<OffsetDateTime> plannedStart = Optional.empty();

    public FullScreenSession(JournaledSession session, Clock clock, Messages messages, int warnMinutes, boolean monochrome) {
        this(session, clock, messages, warnMinutes, monochrome, java.util.Map.of());
    }

    /** @param assignments per block code, who is paired or sits where, shown with the instructions */
    public FullScreenSession(JournaledSession session, Clock clock, Messages messages, int warnMinutes, boolean monochrome,
                             java.util.Map<String, List<String>> assignments) {
        this.session = session;
        this.clock = clock;
        this.messages = messages;
        this.warnMinutes = warnMinutes;
        this.screen = new TimerScreen(messages, monochrome, assignments);
    }

    /** The clock time the session was planned to start (the agenda's planned times count from it). */
    public FullScreenSession plannedStart(Optional<OffsetDateTime> planned) {
        this.plannedStart = planned;
        return this;
    }

    /** A line shown when the screen opens: on resume, what was restored. */
    public FullScreenSession opening(String message) {
        this.ui = ui.withMessage(message, false);
        return this;
    }

    /** What to say after the terminal is given back when the process is told to stop (SIGTERM, a closed window). */
    public FullScreenSession onTerminate(Runnable say) {
        this.sayOnTerminate = say;
        return this;
    }

    /** Whether the facilitator left with Ctrl-C (or the process was told to stop) rather than by ending the session. */
    public boolean interrupted() {
        return interrupted;
    }

    /** Full screen needs a real terminal on both ends that is not "dumb". */
    public static boolean supported(Map<String, String> environment, boolean interactive) {
        String term = environment.getOrDefault("TERM", "");
        return interactive && !term.isEmpty() && !"dumb".equals(term);
    }

    /** Runs on the system terminal until the facilitator ends the session. */
    public void run() throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).nativeSignals(true)
                // Java 17 takes the charset from LANG, which is often unset or "C" on terminals that are UTF-8
                // all the same; every terminal a facilitator will use today speaks UTF-8.
                .encoding(StandardCharsets.UTF_8).build()) {
            run(terminal);
        }
    }

    /** Runs on the given terminal (tests use a virtual one) until the session is ended. */
    public void run(Terminal terminal) throws IOException {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.WINCH, signal -> resized.set(true));
        // Ctrl-C leaves the loop within a second, so the terminal is given back in the finally below
        Terminal.SignalHandler previousInterrupt = terminal.handle(Terminal.Signal.INT, signal -> stop());
        FullScreenMode fullScreen = FullScreenMode.enter(terminal, () -> {
            interrupted = true;
            if (!session.state().isEnded()) {
                sayOnTerminate.run();
            }
        });
        Display display = new Display(terminal, true);
        try {
            NonBlockingReader keys = terminal.reader();
            while (!leaving && !session.state().isEnded()) {
                OffsetDateTime now = OffsetDateTime.now(clock);
                draw(terminal, display, now);
                int key = keys.read(millisToNextSecond(now));
                if (key == NonBlockingReader.EOF) {
                    break;
                }
                if (key != NonBlockingReader.READ_EXPIRED) {
                    handle(key, keys);
                }
                if (session.state().isEnded()) {
                    draw(terminal, display, OffsetDateTime.now(clock));
                    break;
                }
            }
        } finally {
            fullScreen.close();
            terminal.handle(Terminal.Signal.WINCH, previous);
            terminal.handle(Terminal.Signal.INT, previousInterrupt);
        }
    }

    private void stop() {
        interrupted = true;
        leaving = true;
    }

    private void draw(Terminal terminal, Display display, OffsetDateTime now) {
        Size size = terminal.getSize();
        int width = Math.max(20, size.getColumns());
        int height = Math.max(8, size.getRows());
        if (resized.getAndSet(false)) {
            display.clear();
            display.resize(height, width);
        }
        SessionView view = SessionView.of(session.state(), now, warnMinutes);
        if (!clockWarned && view.clockBehind().compareTo(Duration.ofSeconds(5)) > 0) {
            clockWarned = true;
            ui = ui.withMessage(messages.get("ui.clockBehind", Math.max(1, view.clockBehind().toMinutes())), true);
        }
        String part = view.key() + ":" + view.part().map(tafel.draaiboek.Block::code).orElse("");
        if (view.part().isPresent() && !lastPart.isEmpty() && lastPart.startsWith(view.key() + ":") && !lastPart.equals(part)
                && view.phase() == SessionView.Phase.RUNNING) {
            // the room moves on to the next part of the block: one bell, as at the end of a block
            terminal.puts(Capability.bell);
        }
        lastPart = part;
        if (view.block().isPresent() && (view.warning() || view.overrun()) && !lastWarnedKey.equals(warnKey(view))) {
            // One bell when the warning time is reached and one when the block runs over.
            lastWarnedKey = warnKey(view);
            terminal.puts(Capability.bell);
        }
        List<AttributedString> lines = screen.render(view, ui, now, width, height);
        display.update(lines, -1);
        terminal.flush();
    }

    private static String warnKey(SessionView view) {
        return view.key() + (view.overrun() ? ":over" : ":warn");
    }

    private static long millisToNextSecond(OffsetDateTime now) {
        return Math.max(20, 1000 - now.getNano() / 1_000_000);
    }

    private void handle(int key, NonBlockingReader keys) throws IOException {
        if (key == 3) {
            stop(); // Ctrl-C on a terminal that passes it as a key rather than as a signal, in any panel
            return;
        }
        switch (ui.mode()) {
            case NOTE_INPUT, WORD_INPUT -> typing(key, keys);
            case CONFIRM_QUIT -> {
                if (key == 'j' || key == 'y' || key == 'J' || key == 'Y') {
                    ui = ui.withMode(ScreenState.Mode.TIMER);
                    execute(new SessionCommand.Quit());
                } else {
                    ui = ui.withMode(ScreenState.Mode.TIMER).withMessage("", false);
                }
            }
            case HELP, INSTRUCTIONS, NOTES -> {
                if (session.state().isEnded()) {
                    ui = ui.withMode(ScreenState.Mode.TIMER);
                } else if (key == 'i' && ui.mode() == ScreenState.Mode.INSTRUCTIONS) {
                    ui = ui.withMode(ScreenState.Mode.TIMER);
                } else if (key == 'j' || key == 'k') {
                    ui = ui.scrolled(key == 'j' ? 1 : -1);
                } else if (key == 27 && arrow(keys) != 0) {
                    ui = ui.scrolled(lastArrow == 'B' ? 1 : lastArrow == 'A' ? -1 : 0);
                } else if (key == 27 || key == 'q' || key == '?' || key == 'l' || key == 'i' || key == '\r' || key == ' ') {
                    swallowEscapeSequence(key, keys);
                    ui = ui.withMode(ScreenState.Mode.TIMER);
                }
            }
            default -> timerKey(key, keys);
        }
    }

    private void timerKey(int key, NonBlockingReader keys) throws IOException {
        boolean started = session.state().isStarted();
        switch (key) {
            case ' ' -> execute(!started ? new SessionCommand.Start(plannedStart)
                    : session.state().isPaused() ? new SessionCommand.Resume() : new SessionCommand.Pause());
            case 'n' -> {
                SessionView view = SessionView.of(session.state(), OffsetDateTime.now(clock), warnMinutes);
                if (started && view.part().isPresent() && view.block().isPresent()
                        && view.block().get().subBlocks().indexOf(view.part().get()) < view.block().get().subBlocks().size() - 1) {
                    // a block of parts moves on part by part; after its last part, n goes to the next block
                    execute(new SessionCommand.NextPart());
                } else if (started && session.state().hasCurrentBlock()
                        && session.state().current() == session.state().draaiboek().blocks().size() - 1) {
                    // the last block's next ends the session, which cannot be undone: ask, as q does
                    ui = ui.withMessage(messages.get("ui.confirmLast"), false).withMode(ScreenState.Mode.CONFIRM_QUIT);
                } else {
                    execute(started ? new SessionCommand.Next() : new SessionCommand.Start(plannedStart));
                }
            }
            case 'b' -> execute(new SessionCommand.Back());
            case '+', '=' -> execute(new SessionCommand.Adjust(1));
            case '-', '_' -> execute(new SessionCommand.Adjust(-1));
            case 'i' -> ui = ui.withMode(ScreenState.Mode.INSTRUCTIONS);
            case '?', 'h' -> ui = ui.withMode(ScreenState.Mode.HELP);
            case 'l' -> ui = ui.withNotes(currentNotes()).withMode(ScreenState.Mode.NOTES);
            case 't' -> ui = ui.withMode(ScreenState.Mode.NOTE_INPUT);
            case 'w' -> ui = ui.withMode(ScreenState.Mode.WORD_INPUT);
            case 'q' -> {
                if (started) {
                    ui = ui.withMessage("", false).withMode(ScreenState.Mode.CONFIRM_QUIT);
                } else {
                    leaving = true;
                }
            }
            case 12 -> resized.set(true); // Ctrl-L redraws everything
            case 27 -> swallowEscapeSequence(key, keys);
            default -> ui = ui.withMessage(messages.get("ui.unknownKey"), true);
        }
    }

    private void typing(int key, NonBlockingReader keys) throws IOException {
        if (key == '\r' || key == '\n') {
            String text = ui.input();
            boolean word = ui.mode() == ScreenState.Mode.WORD_INPUT;
            ui = ui.withMode(ScreenState.Mode.TIMER);
            if (!text.isBlank()) {
                // a note typed as "#actie …", "#besluit …" or "#aanwezig 23" is tagged as in a script
                execute(word ? new SessionCommand.AddNote(text, SessionEvent.Note.WORD) : SessionCommand.AddNote.typed(text));
            }
        } else if (key == 27) {
            swallowEscapeSequence(key, keys);
            ui = ui.withMode(ScreenState.Mode.TIMER).withMessage(messages.get("ui.input.cancelled"), false);
        } else if (key == 127 || key == 8) {
            String input = ui.input();
            ui = ui.withInput(input.isEmpty() ? input : input.substring(0, input.offsetByCodePoints(input.length(), -1)));
        } else if (key == 21) {
            ui = ui.withInput("");
        } else if (key >= 32) {
            ui = ui.withInput(ui.input() + new String(Character.toChars(key)));
        }
    }

    /** After ESC: an arrow key's letter (A up, B down) when one follows at once, else 0 and nothing read. */
    private int arrow(NonBlockingReader keys) throws IOException {
        lastArrow = 0;
        if (keys.peek(30) == '[') {
            keys.read();
            int letter = keys.read(30);
            lastArrow = letter == 'A' || letter == 'B' ? letter : -1;
            swallowEscapeSequence(27, keys);
        }
        return lastArrow;
    }

    /** Arrow keys and the like arrive as ESC [ …; read and drop the rest so they do not act as keys. */
    private static void swallowEscapeSequence(int key, NonBlockingReader keys) throws IOException {
        if (key != 27) {
            return;
        }
        while (keys.peek(30) >= 0) {
            keys.read();
        }
    }

    private void execute(SessionCommand command) throws IOException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Decision decision = session.execute(command, now);
        if (decision.accepted()) {
            ui = ui.withMessage(new Confirmation(messages).of(command, decision.events(), session.state(), now,
                    warnMinutes), false);
        } else {
            ui = ui.withMessage(messages.get(decision.refusal().get()), true);
        }
    }

    private List<SessionEvent.Note> currentNotes() {
        if (!session.state().hasCurrentBlock()) {
            return List.of();
        }
        String key = session.state().keyOf(session.state().current());
        return session.events().stream().filter(SessionEvent.Note.class::isInstance).map(SessionEvent.Note.class::cast)
                .filter(note -> note.block().equals(key)).toList();
    }
}
