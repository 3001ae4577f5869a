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
        return in(Environment.plain(locale), args);
    }

    /** As in a terminal (progress lines are shown), in Dutch. */
    public static CommandRun dutchOnTerminal(String... args) {
        Environment plain = Environment.plain(Locale.forLanguageTag("nl-NL"));
        return in(new Environment(plain.variables(), plain.locale(), true, plain.clock()), args);
    }

    private static CommandRun in(Environment environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exitCode = Tafel.run(out, new PrintWriter(err), environment, args);
        return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(), out.toByteArray());
    }
}
