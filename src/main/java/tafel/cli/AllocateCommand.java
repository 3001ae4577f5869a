package tafel.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tafel.antwerp.Allocation;
import tafel.antwerp.Leftover;
import tafel.antwerp.WithinTheme;
import tafel.app.ExitCode;
import tafel.app.ProjectsToAllocate;
import tafel.app.TafelException;
import tafel.io.json.JsonOutput;
import tafel.presentation.AllocationViews;

/**
 * {@code tafel projects allocate}: funds projects by score within their theme budgets by the
 * published rules, from a CSV or a pabulib file; compares with the official outcome when known.
 */
@Command(name = "allocate", mixinStandardHelpOptions = true, sortOptions = false)
final class AllocateCommand implements Callable<Integer> {

    @ParentCommand
    ProjectsCommand parent;

    @Option(names = "--projects", paramLabel = "FILE", descriptionKey = "allocate.projects")
    Path projectsFile;

    @Option(names = "--pb", paramLabel = "FILE.pb", descriptionKey = "allocate.pb")
    Path pbFile;

    @Option(names = "--budget", paramLabel = "AMOUNT", descriptionKey = "allocate.budget")
    String budget;

    @Option(names = "--theme-budgets", paramLabel = "FILE", descriptionKey = "allocate.themeBudgets")
    Path themeBudgetsFile;

    @Option(names = "--within-theme", paramLabel = "skip|stop", defaultValue = "skip", descriptionKey = "allocate.within")
    WithinTheme within;

    @Option(names = "--leftover", paramLabel = "none|pool", defaultValue = "none", descriptionKey = "allocate.leftover")
    Leftover leftover;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Console console = parent.console();
        if ((projectsFile == null) == (pbFile == null)) {
            throw TafelException.of(ExitCode.USAGE, "allocate.oneInput");
        }
        ProjectsToAllocate.Read read = pbFile != null ? ProjectsToAllocate.fromPabulib(pbFile, Optional.ofNullable(budget))
                : ProjectsToAllocate.fromCsv(projectsFile, Optional.ofNullable(themeBudgetsFile), Optional.ofNullable(budget));
        CsvReports.check(console, read.problems(), read.rowsRead(), read.rejected());
        ProjectsToAllocate.Input input = read.input();
        Allocation.Result result = Allocation.allocate(input.candidates(), input.budgets(), within, leftover);
        AllocationOutput output = new AllocationOutput(console, input.names());
        List<String> differences = differences(result, input.official());
        switch (format.format()) {
            case csv -> AllocationViews.csv(console.out(), result);
            case json -> {
                JsonOutput json = new JsonOutput();
                ObjectNode root = AllocationViews.json(json, result, input.names(), Map.of());
                if (!input.official().isEmpty()) {
                    ObjectNode official = root.putObject("official_outcome").put("agrees", differences.isEmpty());
                    ArrayNode list = official.putArray("differences");
                    differences.forEach(list::add);
                }
                json.print(console.out(), root);
            }
            default -> output.table(result, Map.of(), leftover == Leftover.POOL);
        }
        if (!input.official().isEmpty()) {
            if (differences.isEmpty()) {
                console.say("allocate.agrees", input.official().size());
            } else {
                console.say("allocate.differs", differences.size());
                differences.forEach(line -> console.err().println("  " + line));
                console.err().flush();
            }
        }
        return ExitCode.OK;
    }

    private List<String> differences(Allocation.Result result, Map<String, Boolean> official) {
        List<String> differences = new ArrayList<>();
        for (Allocation.Row row : result.rows()) {
            Boolean selected = official.get(row.candidate().id());
            if (selected != null && selected != row.funded()) {
                differences.add(parent.console().text(row.funded() ? "allocate.diff.extra" : "allocate.diff.missing",
                        row.candidate().id(), row.candidate().title()));
            }
        }
        return differences;
    }
}
