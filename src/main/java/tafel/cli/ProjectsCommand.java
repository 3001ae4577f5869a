package tafel.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code tafel projects}: tools for project lists; {@code allocate} by a rule, {@code compare} rules side by side. */
@Command(name = "projects", mixinStandardHelpOptions = true, subcommands = {AllocateCommand.class, CompareCommand.class})
final class ProjectsCommand implements Runnable {

    @ParentCommand
    TafelCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

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
