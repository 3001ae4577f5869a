package tafel.cli;

import tafel.i18n.Messages;

import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * Where a command writes: data to {@code out} (so CSV and JSON pipe cleanly), messages to
 * {@code err}, both in the user's language and style; {@code bytes} is the same standard output
 * for data that is not text (a PDF with {@code -o -}).
 */
public record Console(PrintWriter out, OutputStream bytes, PrintWriter err, Messages messages, Style style, boolean debug) {

    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /** A message for the person at the keyboard, on stderr. */
    public void say(String key, Object... args) {
        err.println(messages.get(key, args));
        err.flush();
    }
}
