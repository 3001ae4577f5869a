package tafel.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import tafel.i18n.Messages;
import tafel.journal.JournaledSession;
import tafel.session.Decision;
import tafel.session.SessionCommand;
import tafel.session.SessionView;

/**
 * Runs a session one command per line: from a script in headless mode, against a
 * {@link SimulatedClock} that only {@code wait} moves, or typed by the facilitator on a
 * terminal that cannot do full screen, against the real clock (an empty line then shows where
 * the session is). Each accepted command prints one confirmation line, after its events are
 * synced to the journal. A bad line gets a message with its number and the session goes on.
 */
public final class LineSession {

    private final JournaledSession session;
    private final Clock clock;
    private final Messages messages;
    private final Confirmation confirmation;
    private final int warnMinutes;
    private Runnable bell = () -> { };

    private java.util.Optional<OffsetDateTime> plannedStart = java.util.Optional.empty();

    public LineSession(JournaledSession session, Clock clock, Messages messages, int warnMinutes) {
        this.session = session;
        this.clock = clock;
        this.messages = messages;
        this.confirmation = new Confirmation(messages);
        this.warnMinutes = warnMinutes;
    }

    /** The clock time the session was planned to start (the agenda's planned times count from it). */
    public LineSession plannedStart(java.util.Optional<OffsetDateTime> planned) {
        this.plannedStart = planned;
        return this;
    }

    /** @return the number of lines that were refused or could not be read */
    public int run(BufferedReader input, String inputName, PrintWriter out, PrintWriter err) throws IOException {
        int problems = 0;
        if (!session.state().isStarted()) {
            problems += execute(new SessionCommand.Start(plannedStart), 0, inputName, out, err);
        }
        boolean live = !(clock instanceof SimulatedClock);
        Ticker ticker = live ? new Ticker(out) : null;
        try {
            return problems + readLines(input, inputName, out, err, live);
        } finally {
            if (ticker != null) {
                ticker.stop();
            }
        }
    }

    private int readLines(BufferedReader input, String inputName, PrintWriter out, PrintWriter err, boolean live)
            throws IOException {
        int problems = 0;
        String raw;
        int lineNumber = 0;
        while ((raw = input.readLine()) != null) {
            lineNumber++;
            ScriptLine line = ScriptLine.parse(raw);
            if (line instanceof ScriptLine.Skip) {
                if (raw.isBlank() && live) {
                    synchronized (session) {
                        out.println(confirmation.status(session.state(), now(), warnMinutes));
                    }
                    out.flush();
                }
                continue;
            }
            if (session.state().isEnded()) {
                // A script line after the end is reported, never dropped in silence
                problems++;
                err.println(inputName + ":" + lineNumber + ": " + messages.get("script.afterEnd"));
                err.flush();
                continue;
            }
            if (line instanceof ScriptLine.Help) {
                out.println(messages.get("script.help"));
                out.flush();
            } else if (line instanceof ScriptLine.Invalid invalid) {
                problems++;
                err.println(inputName + ":" + lineNumber + ": " + messages.get(invalid.problem()));
                err.flush();
            } else if (line instanceof ScriptLine.Wait && !(clock instanceof SimulatedClock)) {
                problems++;
                err.println(inputName + ":" + lineNumber + ": " + messages.get("script.wait.live"));
                err.flush();
            } else if (line instanceof ScriptLine.Wait wait) {
                ((SimulatedClock) clock).advance(wait.duration());
                out.println(confirmation.waited(wait.duration(), session.state(), now(), warnMinutes));
                out.flush();
            } else if (line instanceof ScriptLine.Command command) {
                problems += execute(command.command(), lineNumber, inputName, out, err);
            }
            if (session.state().isEnded() && live) {
                break; // the facilitator ended it; stdin may stay open
            }
        }
        return problems;
    }

    /** What makes a sound: the terminal's bell, written past the filter that shows control characters. */
    public LineSession bell(Runnable ring) {
        this.bell = ring;
        return this;
    }

    /**
     * Live line mode prints what the full screen shows by colour and bell: once when the warning
     * time of a block is reached, once when it runs over, each with a bell. It looks every second.
     */
    private final class Ticker {
        private final ScheduledExecutorService timer;
        private String lastWarned = "";

        Ticker(PrintWriter out) {
            timer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "tafel-line-ticker");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleAtFixedRate(() -> tick(out), 1, 1, TimeUnit.SECONDS);
        }

        private void tick(PrintWriter out) {
            String line;
            synchronized (session) {
                SessionView view = SessionView.of(session.state(), now(), warnMinutes);
                if (view.block().isEmpty() || view.phase() != SessionView.Phase.RUNNING
                        || !(view.warning() || view.overrun())) {
                    return;
                }
                String key = view.key() + (view.overrun() ? ":over" : ":warn");
                if (key.equals(lastWarned)) {
                    return;
                }
                lastWarned = key;
                line = confirmation.status(session.state(), now(), warnMinutes)
                        + (view.overrun() ? " · " + messages.get("plain.overrun", view.key()) : "");
            }
            out.println(line);
            out.flush();
            bell.run();
        }

        void stop() {
            timer.shutdownNow();
        }
    }

    private int execute(SessionCommand command, int lineNumber, String inputName, PrintWriter out, PrintWriter err)
            throws IOException {
        OffsetDateTime now = now();
        Decision decision;
        synchronized (session) {
            decision = session.execute(command, now);
        }
        if (!decision.accepted()) {
            err.println(inputName + ":" + lineNumber + ": " + messages.get(decision.refusal().get()));
            err.flush();
            return 1;
        }
        out.println(confirmation.of(command, decision.events(), session.state(), now, warnMinutes));
        out.flush();
        return 0;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
