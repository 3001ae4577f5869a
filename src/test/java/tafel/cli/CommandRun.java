package tafel.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Runs tafel in-process, as a user would from the shell, and captures what it printed. */
public record CommandRun(int exitCode, String out, String err, byte[] bytes) {

    public static CommandRun english(String... args) {
        return in(Locale.ENGLISH, args);
    }

    public static CommandRun dutch(String... args) {
        return in(Locale.forLanguageTag("nl-NL"), args);
    }

    public static CommandRun in(Locale locale, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exitCode = Tafel.run(out, new PrintWriter(err), Environment.plain(locale), args);
        return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(), out.toByteArray());
    }
}
