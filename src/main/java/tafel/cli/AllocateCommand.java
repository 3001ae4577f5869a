package tafel.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tafel.antwerp.Allocation;
import tafel.antwerp.Candidate;
import tafel.antwerp.Leftover;
import tafel.antwerp.WithinTheme;
import tafel.app.ExitCode;
import tafel.app.TafelException;
import tafel.io.antwerp.CsvProblem;
import tafel.io.antwerp.ProjectRows;
import tafel.io.antwerp.ThemeBudgetRows;
import tafel.io.csv.Amounts;
import tafel.io.csv.CsvInput;
import tafel.io.json.JsonOutput;
import tafel.io.pabulib.PabulibFile;
import tafel.io.pabulib.PabulibReader;

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

    private record Input(List<Candidate> candidates, Map<String, Long> budgets, Map<String, String> names,
                         Map<String, Boolean> official) {
    }

    @Override
    public Integer call() {
        Console console = parent.console();
        if ((projectsFile == null) == (pbFile == null)) {
            throw TafelException.of(ExitCode.USAGE, "allocate.oneInput");
        }
        Input input = pbFile != null ? fromPabulib(console) : fromCsv(console);
        Allocation.Result result = Allocation.allocate(input.candidates(), input.budgets(), within, leftover);
        AllocationOutput output = new AllocationOutput(console, input.names());
        List<String> differences = differences(result, input.official());
        switch (format.format()) {
            case csv -> output.csv(result);
            case json -> {
                JsonOutput json = new JsonOutput();
                ObjectNode root = output.json(json, result, Map.of());
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

    private Input fromCsv(Console console) {
        CsvInput table = CsvReports.open(projectsFile);
        List<CsvProblem> problems = new ArrayList<>();
        ProjectRows.Read read = ProjectRows.read(table, true, problems);
        Map<String, Long> budgets;
        int rejected = read.rejected();
        if (themeBudgetsFile != null) {
            CsvInput budgetTable = CsvReports.open(themeBudgetsFile);
            int before = problems.size();
            budgets = ThemeBudgetRows.read(budgetTable, problems);
            rejected += problems.size() - before;
        } else if (budget != null) {
            long cents = Amounts.cents(budget).orElseThrow(() -> TafelException.of(ExitCode.USAGE, "allocate.budget.invalid", budget));
            List<String> themes = read.rows().stream().map(row -> row.project().theme()).distinct().toList();
            if (themes.size() > 1) {
                throw TafelException.of(ExitCode.USAGE, "allocate.severalThemes", String.join(", ", themes));
            }
            budgets = new LinkedHashMap<>();
            budgets.put(themes.isEmpty() ? "" : themes.get(0), cents);
        } else {
            throw TafelException.of(ExitCode.USAGE, "allocate.noBudget");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ProjectRows.Row row : read.rows()) {
            if (!budgets.containsKey(row.project().theme())) {
                problems.add(new CsvProblem(projectsFile.toString(), row.line(),
                        tafel.text.Phrase.of("allocate.theme.noBudget", row.project().theme())));
                rejected++;
                continue;
            }
            BigDecimal votes = row.votes().orElse(BigDecimal.ZERO);
            candidates.add(new Candidate(row.project().id(), row.project().title(), row.project().theme(),
                    row.project().cost(), votes, votes.toPlainString(), votes.toPlainString(), 0, candidates.size()));
        }
        CsvReports.check(console, problems, table.rows().size(), rejected);
        Map<String, String> names = new HashMap<>();
        budgets.keySet().forEach(theme -> names.put(theme, theme));
        return new Input(candidates, budgets, names, Map.of());
    }

    private Input fromPabulib(Console console) {
        PabulibReader.Read read;
        try {
            read = PabulibReader.read(pbFile);
        } catch (java.nio.file.NoSuchFileException missing) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.file.missing", pbFile.toString());
        } catch (java.io.IOException unreadable) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.io", pbFile + ": " + unreadable.getMessage());
        }
        List<CsvProblem> problems = new ArrayList<>();
        read.problems().forEach(problem -> problems.add(new CsvProblem(pbFile.toString(), problem.line(), problem.message())));
        int rejectedByReader = (int) read.problems().stream().filter(PabulibReader.Problem::rejects).count();
        PabulibFile file = read.file();
        Map<String, Long> budgets = new LinkedHashMap<>();
        List<String> categories = split(file.meta().getOrDefault("categories", ""));
        List<String> perCategory = split(file.meta().getOrDefault("budget_per_category", ""));
        if (!categories.isEmpty() && categories.size() == perCategory.size()) {
            for (int i = 0; i < categories.size(); i++) {
                budgets.put(categories.get(i), PabulibReader.machineCents(perCategory.get(i)).orElseThrow(() ->
                        TafelException.of(ExitCode.BAD_DATA, "allocate.pb.budget", pbFile.toString())));
            }
        } else {
            String total = budget != null ? budget : file.meta().get("budget");
            if (total == null) {
                throw TafelException.of(ExitCode.BAD_DATA, "allocate.pb.budget", pbFile.toString());
            }
            budgets.put("", (budget != null ? Amounts.cents(total) : PabulibReader.machineCents(total)).orElseThrow(() ->
                    TafelException.of(ExitCode.BAD_DATA, "allocate.pb.budget", pbFile.toString())));
        }
        Map<String, Long> counted = new HashMap<>();
        for (PabulibFile.PbVote vote : file.votes()) {
            vote.projects().stream().distinct().forEach(id -> counted.merge(id, 1L, Long::sum));
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        file.projects().forEach(project -> known.add(project.id()));
        int rejected = rejectedByReader;
        // Without a readable PROJECTS section every vote would be "unknown": say the cause once, not a thousand times
        for (PabulibFile.PbVote vote : known.isEmpty() ? List.<PabulibFile.PbVote>of() : file.votes()) {
            for (String id : vote.projects()) {
                if (!known.contains(id)) {
                    problems.add(new CsvProblem(pbFile.toString(), vote.line(), tafel.text.Phrase.of("allocate.pb.unknownProject", id)));
                    rejected++;
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Boolean> official = new LinkedHashMap<>();
        for (PabulibFile.PbProject project : file.projects()) {
            String theme = budgets.containsKey("") ? "" : project.categories().stream().filter(budgets::containsKey)
                    .findFirst().orElse(null);
            if (theme == null) {
                problems.add(new CsvProblem(pbFile.toString(), project.line(),
                        tafel.text.Phrase.of("allocate.theme.noBudget", String.join(",", project.categories()))));
                rejected++;
                continue;
            }
            long votes = project.votes().orElse(counted.getOrDefault(project.id(), 0L));
            candidates.add(new Candidate(project.id(), project.name(), theme, project.cost(), BigDecimal.valueOf(votes),
                    Long.toString(votes), Long.toString(votes), 0, candidates.size()));
            project.selected().ifPresent(selected -> official.put(project.id(), selected));
        }
        CsvReports.check(console, problems, file.projects().size() + file.votes().size(), rejected);
        Map<String, String> names = new HashMap<>();
        budgets.keySet().forEach(theme -> names.put(theme, theme.isEmpty() ? file.meta().getOrDefault("description", "") : theme));
        return new Input(candidates, budgets, names, official);
    }

    private static List<String> split(String list) {
        return list.isBlank() ? List.of() : java.util.Arrays.stream(list.split(",")).map(String::strip).toList();
    }
}
