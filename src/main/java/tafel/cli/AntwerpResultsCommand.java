package tafel.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.antwerp.AntwerpOutcome;
import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.io.antwerp.ProcessFolder;
import tafel.presentation.OutcomeViews.Step;
import tafel.presentation.OutcomeViews;

/** {@code tafel antwerp results DIR}: the whole state of the process, or one step of it. */
@Command(name = "results", mixinStandardHelpOptions = true, sortOptions = false)
final class AntwerpResultsCommand implements Callable<Integer> {

    @ParentCommand
    AntwerpCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "antwerp.dir")
    Path dir;

    @Option(names = "--step", paramLabel = "themes|budget|projects", descriptionKey = "antwerp.results.step")
    Step step;

    @Option(names = "--big", descriptionKey = "antwerp.results.big")
    boolean big;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Console console = parent.console();
        AntwerpProcess process = AntwerpProcess.open(new ConsoleNotices(console), new ProcessFolder(dir));
        AntwerpOutcome outcome = process.outcome();
        switch (format.format()) {
            case csv -> OutcomeViews.csv(console.out(), process, outcome, step != null ? step : OutcomeViews.furthest(outcome),
                    tafel.presentation.CsvWords.machine());
            case json -> OutcomeViews.printJson(console.out(), process, outcome, step, console.messages());
            default -> new OutcomeTables(console, process).table(outcome, step, big);
        }
        return ExitCode.OK;
    }
}
