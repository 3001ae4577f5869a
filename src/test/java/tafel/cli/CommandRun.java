package tafel.cli;

import tafel.i18n.Language;
import tafel.i18n.Messages;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

/** Runs tafel in-process, as a user would from the shell, and captures what it printed. */
public record CommandRun(int exitCode, String out, String err) {

    public static CommandRun english(String... args) {
        return in(Locale.ENGLISH, args);
    }

    public static CommandRun dutch(String... args) {
        return in(Locale.forLanguageTag("nl-NL"), args);
    }

    public static CommandRun in(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Tafel.run(new PrintWriter(out), new PrintWriter(err), Environment.plain(locale), args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
