package tafel.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tafel antwerp}: one Antwerp-model process across its evenings, in a process folder. */
@Command(name = "antwerp", mixinStandardHelpOptions = true, subcommands = {
        AntwerpInitCommand.class,
        AntwerpThemesCommand.class,
        AntwerpBudgetCommand.class,
        AntwerpProjectsCommand.class,
        AntwerpResultsCommand.class,
        AntwerpRulesCommand.class,
        AntwerpScreenCommand.class,
        AntwerpServeCommand.class,
        AntwerpCardsCommand.class,
})
final class AntwerpCommand implements Runnable {

    @ParentCommand
    TafelCommand root;

    @Spec
    CommandSpec spec;

    Console console() {
        return root.console();
    }

    Environment environment() {
        return root.environment();
    }

    @Override
    public void run() {
        spec.commandLine().usage(root.console().out());
    }
}
