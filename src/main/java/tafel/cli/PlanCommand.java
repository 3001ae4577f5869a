package tafel.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.MakeCards;

/** {@code tafel plan --tables FILE -o plan.pdf}: a page per round and a page per person. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false)
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Option(names = "--tables", required = true, paramLabel = "FILE", descriptionKey = "plan.tables")
    Path tables;

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "plan.title")
    String title;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf", descriptionKey = "report.output")
    Path output;

    @Option(names = "--anonymise", descriptionKey = "report.anonymise")
    boolean anonymise;

    @Override
    public Integer call() {
        Console console = root.console();
        OutputTarget.check(output, tables);
        OutputTarget.write(console, output,
                MakeCards.tablePlan(new ConsoleNotices(console), tables, Optional.ofNullable(title), anonymise, console.messages()), tables);
        return ExitCode.OK;
    }
}
