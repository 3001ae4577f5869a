package tafel.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tafel.antwerp.Leftover;
import tafel.antwerp.WithinTheme;
import tafel.antwerp.Money;
import tafel.app.AllocateProjects;
import tafel.budgeting.EqualShares;
import tafel.budgeting.PbRule;
import tafel.app.AllocateProjects.Allocated;
import tafel.app.ExitCode;
import tafel.app.ExportPabulib;
import tafel.app.ProjectsToAllocate;
import tafel.app.TafelException;
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

    @Option(names = "--ballots", paramLabel = "FILE", descriptionKey = "allocate.ballots")
    Path ballotsFile;

    @Option(names = "--budget", paramLabel = "AMOUNT", descriptionKey = "allocate.budget")
    String budget;

    @Option(names = "--theme-budgets", paramLabel = "FILE", descriptionKey = "allocate.themeBudgets")
    Path themeBudgetsFile;

    @Option(names = "--rule", paramLabel = "RULE", descriptionKey = "allocate.rule")
    String rule;

    /** Each occurrence is one group of projects of which at most one is funded. */
    @Option(names = "--exclude", paramLabel = "A,B", descriptionKey = "allocate.exclude")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--exclude-file", paramLabel = "FILE", descriptionKey = "allocate.excludeFile")
    Path excludeFile;

    @Option(names = "--within-theme", paramLabel = "skip|stop", descriptionKey = "allocate.within")
    WithinTheme within;

    @Option(names = "--leftover", paramLabel = "none|pool", defaultValue = "none", descriptionKey = "allocate.leftover")
    Leftover leftover;

    @Option(names = "--utility", paramLabel = "cost|cardinality", defaultValue = "cost", descriptionKey = "allocate.utility")
    EqualShares.Utility utility;

    @Option(names = "--export-pb", paramLabel = "FILE.pb", descriptionKey = "allocate.exportPb")
    Path exportPb;

    @Option(names = "--country", paramLabel = "COUNTRY", descriptionKey = "allocate.country")
    String country;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Console console = parent.console();
        if ((projectsFile == null) == (pbFile == null)) {
            throw TafelException.of(ExitCode.USAGE, "allocate.oneInput");
        }
        if (exportPb != null) {
            OutputTarget.check(exportPb, projectsFile, pbFile, ballotsFile, themeBudgetsFile, excludeFile);
        }
        if (ballotsFile != null && pbFile != null) {
            throw TafelException.of(ExitCode.USAGE, "allocate.ballots.withPb");
        }
        ProjectsToAllocate.Read read = pbFile != null ? ProjectsToAllocate.fromPabulib(pbFile, Optional.ofNullable(budget))
                : ProjectsToAllocate.fromCsv(projectsFile, Optional.ofNullable(themeBudgetsFile), Optional.ofNullable(budget),
                        Optional.ofNullable(ballotsFile));
        List<List<String>> groups = new ArrayList<>(exclude.stream()
                .map(group -> Arrays.stream(group.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList()).toList());
        if (excludeFile != null) {
            groups.addAll(AllocateProjects.exclusionGroups(excludeFile));
        }
        Allocated allocated = AllocateProjects.allocate(new ConsoleNotices(console), read, Optional.ofNullable(rule),
                Optional.ofNullable(within), leftover, groups, utility);
        allocated.fromReserve().ifPresent(row -> console.say("allocate.reserve", row.candidate().id(), row.candidate().title(),
                Money.display(row.remaining(), console.messages().locale()),
                Money.display(row.candidate().cost(), console.messages().locale()), allocated.input().reservePercent().orElse(0),
                Money.display(row.candidate().cost() - row.remaining(), console.messages().locale())));
        if (allocated.rule() == PbRule.GREEDY_EXCLUSIVE && groups.isEmpty()) {
            console.say("allocate.exclude.none");
        }
        allocated.notApplied().ifPresent(declared -> console.say("allocate.rule.notApplied", declared));
        if (pbFile != null || rule != null) {
            console.say("allocate.rule.applied", console.text("allocate.rule.name." + allocated.rule().name()),
                    console.text("allocate.rule.source." + allocated.source().name()));
        }
        Optional<String> partial = allocated.fromReserve().map(row -> row.candidate().id());
        if (exportPb != null) {
            Path input = projectsFile != null ? projectsFile : pbFile;
            String description = input.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            OutputTarget.write(console, exportPb, ExportPabulib.fromAllocation(new ConsoleNotices(console), allocated,
                    description, Optional.ofNullable(country)), projectsFile, pbFile, ballotsFile, themeBudgetsFile, excludeFile);
        }
        switch (format.format()) {
            case csv -> AllocationViews.csv(console.out(), allocated.result(), false, partial);
            case json -> AllocationViews.printJson(console.out(), allocated, console.messages());
            default -> new AllocationOutput(console, allocated.input().names())
                    .table(allocated.result(), Map.of(), leftover == Leftover.POOL, partial);
        }
        if (allocated.hasOfficialOutcome()) {
            if (allocated.differences().isEmpty()) {
                console.say("allocate.agrees", allocated.input().official().size());
            } else {
                console.say("allocate.differs", allocated.differences().size());
                allocated.differences().forEach(difference ->
                        console.err().println("  " + AllocationViews.difference(console.messages(), difference)));
                console.err().flush();
            }
        }
        return ExitCode.OK;
    }
}
