package tafel.app;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tafel.antwerp.Candidate;
import tafel.budgeting.VoterGroups.Voter;
import tafel.io.antwerp.BatchRows;
import tafel.io.antwerp.CsvProblem;
import tafel.io.antwerp.ProjectRows;
import tafel.io.antwerp.ThemeBudgetRows;
import tafel.io.csv.Amounts;
import tafel.io.csv.CsvInput;
import tafel.io.pabulib.PabulibFile;
import tafel.io.pabulib.PabulibReader;
import tafel.text.Phrase;

/**
 * Use case: read the projects to allocate, from an organiser's CSV (with a budget or theme
 * budgets) or from a pabulib file (ballots counted, budgets from its META, the official outcome
 * kept for comparison). Every rejected row comes back as a located problem; nothing is printed.
 */
public final class ProjectsToAllocate {

    /**
     * What the allocation needs: candidates, budget per theme, a name per theme, the published outcome if any.
     *
     * @param rule     the rule a pabulib file declares (META {@code rule}), empty for a CSV
     * @param ballots  each voter's approved project ids, when the file has approval ballots; else empty
     * @param threshold the least score a project needs to take part (META {@code min_project_score_threshold})
     * @param reservePercent for greedy-custom as Poznań describes it in the comment: the share of the next
     *                  project's cost that what is left must cover for it to be funded from reserves
     */
    /**
     * @param neighborhoods per project id, the part of the city it is for (pabulib files that say so)
     * @param voters every voter with the projects they named (whatever the kind of ballot) and what the
     *               file says about them, for comparing groups of voters
     */
    public record Input(List<Candidate> candidates, Map<String, Long> budgets, Map<String, String> names,
                        Map<String, Boolean> official, String rule, List<List<String>> ballots,
                        Optional<BigDecimal> threshold, Optional<Integer> reservePercent,
                        Map<String, List<String>> categories, Map<String, String> neighborhoods, List<Voter> voters) {
        public Input {
            ballots = List.copyOf(ballots);
            categories = Map.copyOf(categories);
            neighborhoods = Map.copyOf(neighborhoods);
            voters = List.copyOf(voters);
        }
    }


    /** The input, with every problem found on the way and how many rows could not be used. */
    public record Read(Input input, List<CsvProblem> problems, int rowsRead, int rejected) {
        public Read {
            problems = List.copyOf(problems);
        }
    }

    private static final Pattern RESERVE = Pattern.compile("(?i)at least (\\d{1,3})\\s*% of that project");

    private ProjectsToAllocate() {
    }

    /**
     * @param ballotsFile approval ballots ({@code voter,project}, a row per approved project) for
     *                    Equal Shares; with them the projects need no votes column (the ballots are counted)
     */
    public static Read fromCsv(Path projectsFile, Optional<Path> themeBudgetsFile, Optional<String> budget,
                               Optional<Path> ballotsFile) {
        CsvInput table = InputFiles.csv(projectsFile);
        List<CsvProblem> problems = new ArrayList<>();
        ProjectRows.Read read = ProjectRows.read(table, ballotsFile.isEmpty(), problems);
        Map<String, Long> budgets;
        int rejected = read.rejected();
        if (themeBudgetsFile.isPresent()) {
            CsvInput budgetTable = InputFiles.csv(themeBudgetsFile.get());
            int before = problems.size();
            budgets = ThemeBudgetRows.read(budgetTable, problems);
            rejected += problems.size() - before;
        } else if (budget.isPresent()) {
            long cents = Amounts.cents(budget.get())
                    .orElseThrow(() -> TafelException.of(ExitCode.USAGE, "allocate.budget.invalid", budget.get()));
            List<String> themes = read.rows().stream().map(row -> row.project().theme()).distinct().toList();
            if (themes.size() > 1) {
                throw TafelException.of(ExitCode.USAGE, "allocate.severalThemes", String.join(", ", themes));
            }
            budgets = new LinkedHashMap<>();
            budgets.put(themes.isEmpty() ? "" : themes.get(0), cents);
        } else {
            throw TafelException.of(ExitCode.USAGE, "allocate.noBudget");
        }
        List<List<String>> ballots = new ArrayList<>();
        Map<String, Long> approvals = new HashMap<>();
        int ballotRows = 0;
        if (ballotsFile.isPresent()) {
            Set<String> known = new HashSet<>();
            read.rows().forEach(row -> known.add(row.project().id()));
            CsvInput ballotTable = InputFiles.csv(ballotsFile.get());
            ballotRows = ballotTable.rows().size();
            int before = problems.size();
            for (BatchRows.Group voter : BatchRows.onlineVotes(ballotTable, problems).groups()) {
                List<String> approved = new ArrayList<>();
                for (BatchRows.Value value : voter.values()) {
                    if (!known.contains(value.item())) {
                        problems.add(new CsvProblem(ballotsFile.get().toString(), value.line(),
                                Phrase.of("allocate.pb.unknownProject", value.item())));
                    } else if (!approved.contains(value.item())) {
                        approved.add(value.item());
                        approvals.merge(value.item(), 1L, Long::sum);
                    }
                }
                ballots.add(approved);
            }
            rejected += problems.size() - before;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ProjectRows.Row row : read.rows()) {
            if (!budgets.containsKey(row.project().theme())) {
                problems.add(new CsvProblem(projectsFile.toString(), row.line(),
                        Phrase.of("allocate.theme.noBudget", row.project().theme())));
                rejected++;
                continue;
            }
            BigDecimal votes = row.votes().orElse(BigDecimal.valueOf(approvals.getOrDefault(row.project().id(), 0L)));
            candidates.add(new Candidate(row.project().id(), row.project().title(), row.project().theme(),
                    row.project().cost(), votes, votes.toPlainString(), votes.toPlainString(), 0, candidates.size()));
        }
        Map<String, String> names = new HashMap<>();
        budgets.keySet().forEach(theme -> names.put(theme, theme));
        Map<String, List<String>> categories = new HashMap<>();
        candidates.forEach(candidate -> categories.put(candidate.id(), List.of(candidate.theme())));
        List<Voter> voters = ballots.stream().map(ballot -> new Voter(ballot, Map.of())).toList();
        return new Read(new Input(candidates, budgets, names, Map.of(), "", ballots, Optional.empty(), Optional.empty(),
                categories, Map.of(), voters), problems,
                table.rows().size() + ballotRows, rejected);
    }

    /** @param budget a budget that replaces the file's own (as people type it), or empty */
    public static Read fromPabulib(Path pbFile, Optional<String> budget) {
        PabulibReader.Read read = InputFiles.pabulib(pbFile);
        List<CsvProblem> problems = new ArrayList<>();
        read.problems().forEach(problem -> problems.add(new CsvProblem(pbFile.toString(), problem.line(), problem.message())));
        int rejected = (int) read.problems().stream().filter(PabulibReader.Problem::rejects).count();
        PabulibFile file = read.file();
        Map<String, Long> budgets = budgets(pbFile, file, budget);
        Map<String, Long> counted = new HashMap<>();
        for (PabulibFile.PbVote vote : file.votes()) {
            vote.projects().stream().distinct().forEach(id -> counted.merge(id, 1L, Long::sum));
        }
        Set<String> known = new HashSet<>();
        file.projects().forEach(project -> known.add(project.id()));
        // Without a readable PROJECTS section every vote would be "unknown": say the cause once, not a thousand times
        for (PabulibFile.PbVote vote : known.isEmpty() ? List.<PabulibFile.PbVote>of() : file.votes()) {
            for (String id : vote.projects()) {
                if (!known.contains(id)) {
                    problems.add(new CsvProblem(pbFile.toString(), vote.line(), Phrase.of("allocate.pb.unknownProject", id)));
                    rejected++;
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Boolean> official = new LinkedHashMap<>();
        List<Integer> unknownCodes = new ArrayList<>();
        for (PabulibFile.PbProject project : file.projects()) {
            List<String> groups = byNeighborhood(file) ? List.of(project.neighborhood()) : project.categories();
            String theme = budgets.containsKey("") ? "" : groups.stream().filter(budgets::containsKey)
                    .findFirst().orElse(null);
            if (theme == null) {
                problems.add(new CsvProblem(pbFile.toString(), project.line(),
                        Phrase.of("allocate.theme.noBudget", String.join(",", groups))));
                rejected++;
                continue;
            }
            long votes = project.votes().orElse(counted.getOrDefault(project.id(), 0L));
            // cumulative, ordinal and scoring ballots are counted in points (the score column), approval in voters
            BigDecimal score = project.score().orElse(BigDecimal.valueOf(votes));
            candidates.add(new Candidate(project.id(), project.name(), theme, project.cost(),
                    score, Long.toString(votes), score.toPlainString(), 0, candidates.size()));
            switch (project.selected().orElse(0)) {
                case 0 -> {
                    if (project.selected().isPresent()) {
                        official.put(project.id(), false);
                    }
                }
                case 1 -> official.put(project.id(), true);
                // 2: funded outside the regular allocation — under Poznań's rule (recognised below) the project
                // funded from reserves, which tafel's rule funds too; otherwise not the rule's outcome either way
                case 2 -> {
                    if (reserve(file).isPresent()) {
                        official.put(project.id(), true);
                    }
                }
                default -> unknownCodes.add(project.line());
            }
        }
        Map<String, String> names = new HashMap<>();
        budgets.keySet().forEach(theme -> names.put(theme, theme.isEmpty() ? file.meta().getOrDefault("description", "") : theme));
        // only approval ballots can be shared out by Equal Shares; other kinds are counted as scores
        List<Voter> voters = file.votes().stream().map(vote -> new Voter(
                vote.projects().stream().filter(known::contains).distinct().toList(), vote.traits())).toList();
        List<List<String>> ballots = file.meta().getOrDefault("vote_type", "approval").strip().equalsIgnoreCase("approval")
                ? voters.stream().map(Voter::projects).toList()
                : List.of();
        Optional<BigDecimal> threshold = Optional.ofNullable(file.meta().get("min_project_score_threshold"))
                .flatMap(PabulibReader::decimal);
        if (!unknownCodes.isEmpty()) {
            problems.add(new CsvProblem(pbFile.toString(), unknownCodes.get(0),
                    Phrase.of("allocate.pb.selectedUnknown", unknownCodes.size())));
        }
        Optional<Integer> reservePercent = reserve(file);
        Map<String, List<String>> categories = new HashMap<>();
        file.projects().forEach(project -> categories.put(project.id(), project.categories()));
        Map<String, String> neighborhoods = new HashMap<>();
        file.projects().stream().filter(project -> !project.neighborhood().isEmpty())
                .forEach(project -> neighborhoods.put(project.id(), project.neighborhood()));
        return new Read(new Input(candidates, budgets, names, official, file.meta().getOrDefault("rule", "").strip(), ballots,
                threshold, reservePercent, categories, neighborhoods, voters), problems, file.projects().size() + file.votes().size(), rejected);
    }

    /** greedy-custom is described only in words; Poznań's words are recognised: the share of the next project's cost. */
    private static Optional<Integer> reserve(PabulibFile file) {
        Matcher reserve = RESERVE.matcher(file.meta().getOrDefault("comment", ""));
        return reserve.find() ? Optional.of(Integer.parseInt(reserve.group(1))) : Optional.empty();
    }

    /** Whether META splits the budget over neighbourhoods (each project's own part of the city). */
    private static boolean byNeighborhood(PabulibFile file) {
        List<String> neighborhoods = split(file.meta().getOrDefault("neighborhoods", ""));
        return !neighborhoods.isEmpty()
                && neighborhoods.size() == split(file.meta().getOrDefault("budget_per_neighborhood", "")).size();
    }

    /**
     * Per neighbourhood or per category when META gives a budget for each, else the one budget
     * (the given one first).
     */
    private static Map<String, Long> budgets(Path pbFile, PabulibFile file, Optional<String> budget) {
        Map<String, Long> budgets = new LinkedHashMap<>();
        boolean neighborhoods = byNeighborhood(file);
        List<String> categories = split(file.meta().getOrDefault(neighborhoods ? "neighborhoods" : "categories", ""));
        List<String> perCategory = split(file.meta().getOrDefault(
                neighborhoods ? "budget_per_neighborhood" : "budget_per_category", ""));
        if (!categories.isEmpty() && categories.size() == perCategory.size()) {
            for (int i = 0; i < categories.size(); i++) {
                budgets.put(categories.get(i), PabulibReader.machineCents(perCategory.get(i)).orElseThrow(() ->
                        TafelException.of(ExitCode.BAD_DATA, "allocate.pb.budget", pbFile.toString())));
            }
            return budgets;
        }
        String total = budget.orElse(file.meta().get("budget"));
        if (total == null) {
            throw TafelException.of(ExitCode.BAD_DATA, "allocate.pb.budget", pbFile.toString());
        }
        budgets.put("", (budget.isPresent() ? Amounts.cents(total) : PabulibReader.machineCents(total)).orElseThrow(() ->
                TafelException.of(ExitCode.BAD_DATA, "allocate.pb.budget", pbFile.toString())));
        return budgets;
    }

    private static List<String> split(String list) {
        return list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::strip).toList();
    }
}
