package tafel.io.antwerp;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import tafel.antwerp.AntwerpRules;
import tafel.antwerp.Chips;
import tafel.antwerp.EntryRules;
import tafel.antwerp.JournalRules;
import tafel.antwerp.ProcessEvent;
import tafel.antwerp.Project;
import tafel.antwerp.ProjectRule;
import tafel.antwerp.TableRoster;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeCatalogue;
import tafel.draaiboek.Finding;
import tafel.io.csv.Amounts;
import tafel.io.csv.CsvInput;
import tafel.io.files.AtomicFiles;
import tafel.io.files.TextFiles;
import tafel.io.yaml.AntwerpRulesReader;
import tafel.journal.JournalException;
import tafel.journal.JournalReader;
import tafel.journal.ProcessEventCodec;
import tafel.text.Phrase;

/**
 * A process folder: {@code antwerpen.yaml} (the rules, editable), {@code themes.csv} (the
 * catalogue), optionally {@code projects.csv}, {@code online-votes.csv} and
 * {@code online-budget.csv} (copies of what was given), and the journal {@code events.jsonl}.
 */
public record ProcessFolder(Path dir) {

    public static final String RULES = "antwerpen.yaml";
    public static final String THEMES = "themes.csv";
    public static final String PROJECTS = "projects.csv";
    public static final String ONLINE_VOTES = "online-votes.csv";
    /** A jury's points per project, when the rules give a jury a weight. */
    public static final String JURY = "jury.csv";
    public static final String ONLINE_BUDGET = "online-budget.csv";
    public static final String JOURNAL = "events.jsonl";
    /** The tables of the evenings, with their hosts and sizes (optional: tables: N in the rules does without). */
    public static final String ROSTER = "roster.csv";

    public static ObjectMapper journalMapper() {
        return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    public boolean exists() {
        return Files.isRegularFile(file(RULES));
    }

    public void create(String rulesYaml, byte[] themesCsv) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(file(THEMES), themesCsv);
        AtomicFiles.write(file(RULES), rulesYaml.getBytes(StandardCharsets.UTF_8));
        if (!Files.exists(file(JOURNAL))) {
            Files.createFile(file(JOURNAL));
        }
    }

    /** Everything a command needs, read and checked; problems are listed, never thrown away. */
    /** @param logo the logo image's bytes when the rules name one that could be read */
    public record Contents(Optional<AntwerpRules> rules, String title, Optional<String> country, List<String> about,
                           Optional<byte[]> logo, List<Finding> ruleFindings,
                           ThemeCatalogue catalogue, List<Project> projects, Map<String, Long> onlineVotes,
                           List<List<String>> onlineBallots, Map<String, BigDecimal> jury,
                           List<Map<String, Long>> onlineSplits, List<CsvProblem> problems, int rejected,
                           List<ProcessEvent> events, Optional<JournalReader.TornLine> torn,
                           Optional<TableRoster> roster) {
    }

    public Contents read() throws IOException {
        return read(Map.of());
    }

    /** A file offered to take the place of one of the folder's files: its content and the name it is known by. */
    public record Staged(String shownAs, byte[] content) {
    }

    /**
     * Reads the folder as it would be with {@code staged} files (name to content) in place of the
     * ones on disk, so a replacement can be checked against everything else before it is written.
     */
    public Contents read(Map<String, Staged> staged) throws IOException {
        AntwerpRulesReader.Read rules = AntwerpRulesReader.read(TextFiles.read(file(RULES)).text());
        List<CsvProblem> problems = new ArrayList<>();
        CatalogueRows.Read catalogue = CatalogueRows.read(csv(THEMES, staged).orElseThrow(), problems);
        int rejected = catalogue.rejected();
        List<Project> projects = new ArrayList<>();
        Optional<CsvInput> projectsTable = csv(PROJECTS, staged);
        if (projectsTable.isPresent()) {
            ProjectRows.Read read = ProjectRows.read(projectsTable.get(), false, problems);
            read.rows().forEach(row -> projects.add(row.project()));
            rejected += read.rejected();
        }
        Map<String, Long> onlineVotes = new HashMap<>();
        List<List<String>> onlineBallots = new ArrayList<>();
        Optional<CsvInput> votesTable = csv(ONLINE_VOTES, staged);
        if (votesTable.isPresent()) {
            Map<String, List<String>> byVoter = new LinkedHashMap<>();
            rejected += OnlineVotes.ballots(votesTable.get(), projects, byVoter, problems);
            byVoter.values().forEach(ballot -> {
                onlineBallots.add(ballot);
                ballot.forEach(id -> onlineVotes.merge(id, 1L, Long::sum));
            });
        }
        Map<String, BigDecimal> jury = new LinkedHashMap<>();
        Optional<CsvInput> juryTable = csv(JURY, staged);
        if (juryTable.isPresent()) {
            rejected += JuryRows.read(juryTable.get(), projects, jury, problems);
        }
        List<Map<String, Long>> onlineSplits = new ArrayList<>();
        Optional<CsvInput> budgetTable = csv(ONLINE_BUDGET, staged);
        if (budgetTable.isPresent() && rules.rules().isPresent()) {
            rejected += onlineSplits(budgetTable.get(), catalogue.catalogue(), rules.rules().get(), onlineSplits, problems);
        }
        Optional<TableRoster> roster = Optional.empty();
        Optional<CsvInput> rosterTable = csv(ROSTER, staged);
        if (rosterTable.isPresent()) {
            RosterRows.Read read = RosterRows.read(rosterTable.get(), problems);
            rejected += read.rejected();
            roster = Optional.of(read.roster()).filter(found -> !found.entries().isEmpty());
        }
        ObjectMapper mapper = journalMapper();
        JournalReader.Contents journal = JournalReader.read(file(JOURNAL), mapper);
        ProcessEventCodec codec = new ProcessEventCodec(mapper);
        List<ProcessEvent> events = journal.records().stream().map(codec::decode).toList();
        if (rules.rules().isPresent()) {
            Optional<Set<String>> projectIds = staged.containsKey(PROJECTS) ? Optional.empty()
                    : Optional.of(projects.stream().map(Project::id).collect(Collectors.toSet()));
            // with chips a table places its people's chips, which may be worth more than the budget
            long mostPerTheme = rules.rules().get().chips().map(chips -> Math.max(rules.rules().get().budget(),
                    chips.capacity(TableRoster.MOST_AT_A_TABLE))).orElse(rules.rules().get().budget());
            // with chips directly on plans a split is over the plans, not the themes
            ThemeCatalogue splitOver = rules.rules().get().projectRule() == ProjectRule.CHIPS_ON_PLANS
                    ? new ThemeCatalogue(projects.stream().map(plan -> new Theme(plan.id(), plan.title(), "")).toList())
                    : catalogue.catalogue();
            JournalRules.check(events, splitOver, projectIds, mostPerTheme).ifPresent(problem -> {
                throw new JournalException(journal.records().get(problem.index()).line(), "journal.value.invalid",
                        problem.field(), problem.value(), problem.reason());
            });
        }
        List<Finding> ruleFindings = new ArrayList<>(rules.findings());
        Optional<byte[]> logo = rules.logo().flatMap(written -> logo(written, ruleFindings));
        return new Contents(rules.rules(), rules.title(), rules.country(), rules.about(), logo, ruleFindings, catalogue.catalogue(), projects,
                onlineVotes, onlineBallots, jury, onlineSplits, problems, rejected, events, journal.torn(), roster);
    }

    /** The logo's bytes; a missing, unreadable or oversized file is a warning, and the report has no logo. */
    private Optional<byte[]> logo(AntwerpRulesReader.Logo written, List<Finding> findings) {
        Optional<byte[]> image = tafel.io.files.LogoImage.read(dir, written.path());
        if (image.isEmpty()) {
            findings.add(Finding.warning(written.at(), "rules.logo.unreadable", written.path(), tafel.io.files.LogoImage.maxMegabytes()));
        }
        return image;
    }

    /** A CSV file of the folder: the staged content when there is one, else the file on disk if it exists. */
    private Optional<CsvInput> csv(String name, Map<String, Staged> staged) throws IOException {
        if (staged.containsKey(name)) {
            TextFiles.Decoded text = TextFiles.decode(staged.get(name).content());
            return Optional.of(CsvInput.parse(staged.get(name).shownAs(), text.text(), text.legacyEncoding()));
        }
        if (name.equals(THEMES) || Files.isRegularFile(file(name))) {
            return Optional.of(CsvInput.read(file(name)));
        }
        return Optional.empty();
    }

    /**
     * Reads online individual splits ({@code voter,theme,amount}); only splits over the themes
     * that are selected when the results are computed count, so they are checked then.
     */
    private static int onlineSplits(CsvInput table, ThemeCatalogue catalogue, AntwerpRules rules,
                                    List<Map<String, Long>> splits, List<CsvProblem> problems) {
        BatchRows.Read read = BatchRows.budget(table, "voter", problems);
        int rejected = read.rejected();
        for (BatchRows.Group group : read.groups()) {
            List<EntryRules.Share> shares = shares(group, table.name(), problems);
            Map<String, Long> split = new HashMap<>();
            long sum = 0;
            for (EntryRules.Share share : shares) {
                Optional<String> id = catalogue.find(share.theme()).map(theme -> theme.id());
                if (id.isEmpty() || share.cents().isEmpty()) {
                    problems.add(new CsvProblem(table.name(), group.line(), Phrase.of("entry.theme.unknown", share.theme())));
                    rejected++;
                    continue;
                }
                split.merge(id.get(), share.cents().get(), Long::sum);
                sum += share.cents().get();
            }
            if (sum != rules.themesBudget()) {
                problems.add(new CsvProblem(table.name(), group.line(), Phrase.of("entry.split.onlineTotal",
                        group.key().get(0), tafel.antwerp.Money.plain(sum), tafel.antwerp.Money.plain(rules.themesBudget()))));
                rejected++;
                continue;
            }
            splits.add(split);
        }
        return rejected;
    }

    /** The amounts of a group as shares: "25%" as a percentage, anything else as an amount. */
    private static final Pattern CHIP_COUNT = Pattern.compile("(?i)(\\d{1,6})\\s*(fiches?|chips?)?");

    public static List<EntryRules.Share> shares(BatchRows.Group group, String file, List<CsvProblem> problems) {
        return shares(group, file, problems, Optional.empty());
    }

    /** @param chips when the rules count in chips: a plain number is chips, an amount must be whole chips */
    public static List<EntryRules.Share> shares(BatchRows.Group group, String file, List<CsvProblem> problems,
                                                Optional<Chips> chips) {
        List<EntryRules.Share> shares = new ArrayList<>();
        for (BatchRows.Value value : group.values()) {
            Optional<EntryRules.Share> share = share(value.item(), value.amount(), chips);
            if (share.isEmpty()) {
                problems.add(new CsvProblem(file, value.line(), Phrase.of("csv.amount.invalid", "amount", value.amount())));
            } else {
                shares.add(share.get());
            }
        }
        return shares;
    }

    public static Optional<EntryRules.Share> share(String theme, String amount) {
        return share(theme, amount, Optional.empty());
    }

    /**
     * @param chips when the rules count in chips: "12" (or "12 fiches") is twelve chips, an amount
     *              ("€ 24.000") must be a whole number of chips; percentages are not chips
     */
    public static Optional<EntryRules.Share> share(String theme, String amount, Optional<Chips> chips) {
        String text = amount.strip();
        if (chips.isPresent()) {
            Matcher count = CHIP_COUNT.matcher(text);
            if (count.matches()) {
                try {
                    long cents = Math.multiplyExact(Long.parseLong(count.group(1)), chips.get().value());
                    return Optional.of(new EntryRules.Share(theme, Optional.of(cents), Optional.empty()));
                } catch (NumberFormatException | ArithmeticException tooMany) {
                    return Optional.empty();
                }
            }
            return text.endsWith("%") || text.startsWith("-") ? Optional.empty()
                    : Amounts.cents(text).filter(cents -> cents % chips.get().value() == 0)
                            .map(cents -> new EntryRules.Share(theme, Optional.of(cents), Optional.empty()));
        }
        if (text.endsWith("%")) {
            try {
                BigDecimal percent = tafel.text.PlainNumbers.decimal(text.substring(0, text.length() - 1).strip()
                        .replace(',', '.'));
                return percent.signum() < 0 ? Optional.empty()
                        : Optional.of(new EntryRules.Share(theme, Optional.empty(), Optional.of(percent)));
            } catch (NumberFormatException invalid) {
                return Optional.empty();
            }
        }
        if (text.startsWith("-")) {
            return Optional.empty();
        }
        return Amounts.cents(text).map(cents -> new EntryRules.Share(theme, Optional.of(cents), Optional.empty()));
    }
}
