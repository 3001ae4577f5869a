package tafel.terminal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.NonBlockingReader;

/**
 * The projector's terminal: follows a process as the entry terminal journals it and redraws the
 * current step within a poll interval of any entry. Takes no keys but q (or Ctrl-C) to stop.
 */
public final class ProjectorScreen {

    private final Supplier<Optional<Board>> changes;
    private final boolean colour;
    private final Duration poll;
    private final AtomicBoolean resized = new AtomicBoolean(true);
    private volatile boolean leaving;
    private Consumer<Board> drawn = board -> { };

    /**
     * @param changes a new board when the process changed since the last call, else empty (called every poll)
     * @param poll    how often to look; a redraw follows an entry within this time plus the drawing
     */
    public ProjectorScreen(Supplier<Optional<Board>> changes, boolean colour, Duration poll) {
        this.changes = changes;
        this.colour = colour;
        this.poll = poll;
    }

    /** Told after each redraw of a new board (for measurements and tests). */
    public ProjectorScreen onDrawn(Consumer<Board> drawn) {
        this.drawn = drawn;
        return this;
    }

    /** One frame as plain lines, for {@code --once} and for looking at a size without a terminal. */
    public static List<String> frame(Board board, int width, int height) {
        return BoardScreen.render(board, width, height, false).stream().map(AttributedString::toString).toList();
    }

    public void run() throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).nativeSignals(true)
                .encoding(StandardCharsets.UTF_8).build()) {
            run(terminal);
        }
    }

    /** Runs on the given terminal (tests use a virtual one) until q, Ctrl-C or the end of input. */
    public void run(Terminal terminal) throws IOException {
        Terminal.SignalHandler previousResize = terminal.handle(Terminal.Signal.WINCH, signal -> resized.set(true));
        Terminal.SignalHandler previousInterrupt = terminal.handle(Terminal.Signal.INT, signal -> leaving = true);
        Display display = new Display(terminal, true);
        Board board = null;
        try (FullScreenMode fullScreen = FullScreenMode.enter(terminal, () -> { })) {
            NonBlockingReader keys = terminal.reader();
            while (!leaving) {
                Optional<Board> changed = changes.get();
                boolean redraw = resized.getAndSet(false);
                if (redraw) {
                    display.clear();
                    display.resize(Math.max(8, terminal.getSize().getRows()), Math.max(20, terminal.getSize().getColumns()));
                }
                if (changed.isPresent()) {
                    board = changed.get();
                }
                if (board != null && (redraw || changed.isPresent())) {
                    Size size = terminal.getSize();
                    display.update(BoardScreen.render(board, Math.max(20, size.getColumns()), Math.max(8, size.getRows()),
                            colour), -1);
                    terminal.flush();
                    drawn.accept(board);
                }
                int key = keys.read(poll.toMillis());
                if (key == NonBlockingReader.EOF || key == 'q' || key == 'Q' || key == 3) {
                    break;
                }
            }
        } finally {
            terminal.handle(Terminal.Signal.WINCH, previousResize);
            terminal.handle(Terminal.Signal.INT, previousInterrupt);
        }
    }
}
