package tafel.cli;

import tafel.app.ExitCode;
import tafel.i18n.Language;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The root command: shared options; its subcommands are registered by {@link Subcommands}. */
@Command(name = "tafel",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false)
public final class TafelCommand implements Callable<Integer> {

    // Both options are read before parsing (see Tafel.run) because the language and the debug
    // switch must be known before picocli prints help or an error; they are declared here so
    // that picocli accepts them everywhere and documents them.
    @Option(names = "--lang", paramLabel = "nl|en", scope = ScopeType.INHERIT, descriptionKey = "option.lang")
    Language language;

    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "option.debug")
    boolean debug;

    @Spec
    CommandSpec spec;

    private Console console;
    private Environment environment;

    void attach(Console attached, Environment environmentOfThisRun) {
        this.console = attached;
        this.environment = environmentOfThisRun;
    }

    Environment environment() {
        return environment;
    }

    Console console() {
        return console;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(console.out());
        return ExitCode.OK;
    }
}
