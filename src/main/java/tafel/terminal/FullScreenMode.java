package tafel.terminal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.Curses;
import org.jline.utils.InfoCmp.Capability;

/**
 * A terminal taken over for a full screen (raw keys, the alternate screen, no cursor) and given
 * back exactly once: when closed, and also when the process is terminated (a closed window,
 * kill), since then only shutdown hooks run.
 */
final class FullScreenMode implements AutoCloseable {

    private final Terminal terminal;
    private final Attributes original;
    private final String giveBack;
    private final AtomicBoolean restored = new AtomicBoolean();
    private final Thread onTerminate;

    /** @param afterTerminate what to say once the terminal is given back after a termination */
    static FullScreenMode enter(Terminal terminal, Runnable afterTerminate) {
        return new FullScreenMode(terminal, afterTerminate);
    }

    private FullScreenMode(Terminal terminal, Runnable afterTerminate) {
        this.terminal = terminal;
        this.original = terminal.enterRawMode();
        this.giveBack = sequence(terminal, Capability.cursor_visible, Capability.keypad_local, Capability.exit_ca_mode);
        this.onTerminate = new Thread(() -> {
            restore();
            afterTerminate.run();
        }, "tafel-restore-terminal");
        Runtime.getRuntime().addShutdownHook(onTerminate);
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
    }

    private void restore() {
        if (!restored.compareAndSet(false, true)) {
            return;
        }
        try {
            terminal.puts(Capability.cursor_visible);
            terminal.puts(Capability.keypad_local);
            terminal.puts(Capability.exit_ca_mode);
            terminal.flush();
            terminal.setAttributes(original);
        } catch (IllegalStateException closedByJLine) {
            // On SIGTERM JLine's own shutdown hook may close the terminal first: it gives back the
            // line settings but not the screen, so leave full screen by writing the sequence directly
            PrintStream screen = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            screen.print(giveBack);
            screen.flush();
        }
    }

    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(onTerminate);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing to remove
        }
    }

    /** The terminal's own escape sequences for these capabilities, written out now for later. */
    private static String sequence(Terminal terminal, Capability... capabilities) {
        StringWriter text = new StringWriter();
        for (Capability capability : capabilities) {
            String pattern = terminal.getStringCapability(capability);
            if (pattern != null) {
                Curses.tputs(text, pattern);
            }
        }
        return text.toString();
    }
}
