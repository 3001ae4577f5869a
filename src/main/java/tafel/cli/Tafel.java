package tafel.cli;

import tafel.app.ExitCode;
import tafel.i18n.Language;
import tafel.i18n.Messages;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import tafel.terminal.PrintableWriter;

/**
 * Builds the command line and runs it. {@link Main} only calls {@link #run}; tests call it
 * directly with their own writers and environment.
 */
public final class Tafel {

    private Tafel() {
    }

    public static int run(OutputStream stdout, PrintWriter rawErr, Environment environment, String... args) {
        // Messages always, data only when a person reads it on a terminal (a pipe gets the data as it is)
        PrintWriter err = new PrintWriter(new PrintableWriter(rawErr), false);
        Writer stdoutText = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(environment.terminal() ? new PrintableWriter(stdoutText) : stdoutText, false);
        Language language = languageOption(args).orElse(Language.fromLocale(environment.locale()));
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        Messages messages = Messages.forLanguage(language);
        Console console = new Console(out, stdout, err, messages, new Style(environment.colour()), debug);

        TafelCommand root = new TafelCommand();
        root.attach(console, environment);
        CommandLine commandLine = new CommandLine(root);
        Subcommands.register(commandLine, args);
        commandLine.setResourceBundle(messages.bundle());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(environment.colour() ? Ansi.ON : Ansi.OFF));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(LocalTime.class, TimeConverters.clockTime(messages));
        commandLine.registerConverter(LocalDate.class, TimeConverters.date(messages));
        commandLine.setParameterExceptionHandler(new UsageErrorHandler(console));
        commandLine.setExecutionExceptionHandler(new ErrorHandler(console));
        int exitCode;
        try {
            exitCode = commandLine.execute(args);
        } catch (OutOfMemoryError | StackOverflowError exhausted) {
            exitCode = outOfMemory(console, exhausted);
        }
        out.flush();
        err.flush();
        return exitCode;
    }

    /**
     * Memory or stack ran out: the input was larger (or nested deeper) than this machine can hold.
     * One plain message with the limit, never a stack trace; what was already written stays written.
     */
    private static int outOfMemory(Console console, Throwable exhausted) {
        long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        String key = exhausted instanceof StackOverflowError ? "error.tooDeep" : "error.outOfMemory";
        console.err().println("tafel: " + console.messages().get(key, megabytes));
        console.err().println("  " + console.messages().get(key + ".hint"));
        if (console.debug()) {
            exhausted.printStackTrace(console.err());
        }
        console.err().flush();
        return ExitCode.BAD_DATA;
    }

    /** The value of {@code --lang}, read ahead of parsing; an invalid value is left for picocli to report. */
    static Optional<Language> languageOption(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null) {
                for (Language language : Language.values()) {
                    if (language.name().equalsIgnoreCase(value)) {
                        return Optional.of(language);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
