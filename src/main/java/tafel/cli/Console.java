package tafel.cli;

import tafel.i18n.Messages;

import java.io.PrintWriter;

/**
 * Where a command writes: data to {@code out} (so CSV and JSON pipe cleanly), messages to
 * {@code err}, both in the user's language and style.
 */
public record Console(PrintWriter out, PrintWriter err, Messages messages, Style style, boolean debug) {

    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /** A message for the person at the keyboard, on stderr. */
    public void say(String key, Object... args) {
        err.println(messages.get(key, args));
        err.flush();
    }
}
