package tafel.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A terminal of a given size for a screen under test: keys typed in, what was drawn kept, the
 * screen's loop on its own thread, and everything closed in the order that stops JLine cleanly.
 */
public final class VirtualTerminal implements AutoCloseable {

    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Terminal terminal;
    private final ExecutorService loop = Executors.newSingleThreadExecutor();
    private Future<?> running;

    public VirtualTerminal(int columns, int rows) throws IOException {
        this.terminal = TerminalBuilder.builder().system(false).streams(new PipedInputStream(keys), screen)
                .type("xterm-256color").size(new Size(columns, rows)).encoding(StandardCharsets.UTF_8).build();
    }

    public Terminal terminal() {
        return terminal;
    }

    /** Starts the screen's loop on its own thread. */
    public void start(Callable<?> screenLoop) {
        running = loop.submit(screenLoop);
    }

    public void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Waits for the loop to end (after the key that ends it was typed). */
    public void awaitEnd() throws Exception {
        running.get(10, TimeUnit.SECONDS);
    }

    /** Everything the screen wrote, escape sequences included. */
    public String drawn() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        // end of input first, so the terminal's input pump stops instead of logging an error
        keys.close();
        loop.shutdownNow();
        terminal.close();
    }
}
