package tafel.app;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tafel.antwerp.Allocation;
import tafel.antwerp.Candidate;
import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.Money;
import tafel.antwerp.ProcessEvent;
import tafel.budgeting.VoterGroups;
import tafel.io.antwerp.CsvProblem;
import tafel.io.antwerp.OnlineVotes;
import tafel.io.antwerp.ProcessFolder;
import tafel.io.csv.CsvInput;
import tafel.io.pabulib.PabulibFile;
import tafel.io.pabulib.PabulibWriter;

/**
 * Use case: an Antwerp process as a pabulib file, for the open data set and for other tools. The
 * projects that went to the vote, with their theme as category and each theme's budget as
 * {@code budget_per_category}; {@code selected} is tafel's outcome. Votes: every table's choice in
 * a round is one voter {@code tafel-ROUND-TABLE} (the convention is stated in the file's comment),
 * every online voter as in the online votes file.
 */
public final class ExportPabulib {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

    private ExportPabulib() {
    }

    /** @throws TafelException exit 65 when there is nothing to export yet (no projects allocated) */
    public static String export(Notices notices, AntwerpProcess process) {
        AntwerpOutcome outcome = process.outcome();
        Allocation.Result allocation = outcome.allocation().orElseThrow(() ->
                TafelException.of(ExitCode.BAD_DATA, "export.pb.nothing", process.folder().dir().toString()));
        Map<String, Long> live = new LinkedHashMap<>();
        List<PabulibFile.PbVote> votes = new ArrayList<>();
        for (ProcessEvent.ProjectsChosen chosen : process.state().projectChoices()) {
            votes.add(new PabulibFile.PbVote(0, "tafel-" + chosen.round() + "-" + chosen.table(), chosen.projects()));
        }
        for (Map.Entry<String, List<String>> voter : onlineBallots(process).entrySet()) {
            votes.add(new PabulibFile.PbVote(0, "online-" + voter.getKey(), voter.getValue()));
        }
        votes.forEach(vote -> vote.projects().forEach(id -> live.merge(id, 1L, Long::sum)));
        List<PabulibFile.PbProject> projects = new ArrayList<>();
        for (Allocation.Row row : allocation.rows()) {
            projects.add(new PabulibFile.PbProject(0, row.candidate().id(), row.candidate().cost(),
                    Optional.of(live.getOrDefault(row.candidate().id(), 0L)), Optional.empty(), row.candidate().title(),
                    List.of(row.candidate().theme()), "", Optional.of(row.funded() ? 1 : 0)));
        }
        // the keys in the order pabulib's checker expects them; country and dates are obligatory there
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", process.contents().title());
        Optional<String> country = process.contents().country().map(ExportPabulib::englishCountry);
        country.ifPresentOrElse(name -> meta.put("country", name), () -> notices.say("export.pb.country"));
        meta.put("unit", process.contents().title());
        List<LocalDate> days = process.state().events().stream().map(event -> event.at().toLocalDate()).sorted().toList();
        meta.put("instance", days.isEmpty() ? "" : Integer.toString(days.get(0).getYear()));
        meta.put("num_projects", Integer.toString(projects.size()));
        meta.put("num_votes", Integer.toString(votes.size()));
        meta.put("budget", Money.plain(process.rules().budget()));
        meta.put("vote_type", "approval");
        // funded per theme by the process's own score: no rule pabulib names, so it is described in the comment
        meta.put("rule", "greedy-custom");
        if (!days.isEmpty()) {
            meta.put("date_begin", DAY.format(days.get(0)));
            meta.put("date_end", DAY.format(days.get(days.size() - 1)));
        }
        meta.put("categories", String.join(",", allocation.themeBudgets().keySet()));
        meta.put("currency", "EUR");
        if (projects.stream().mapToLong(PabulibFile.PbProject::cost).sum() <= process.rules().budget()) {
            meta.put("fully_funded", "1");
        }
        meta.put("comment", "#1: exported by tafel from an Antwerp-model process: a voter tafel-ROUND-TABLE is one table's"
                + " consensus in a round, online-ID one online voter; projects are funded per theme (category), each"
                + " theme's projects by the process's own score (live and online shares) as far as the theme's budget"
                + " (budget_per_category) goes.");
        meta.put("budget_per_category", String.join(",", allocation.themeBudgets().values().stream().map(Money::plain).toList()));
        return PabulibWriter.write(meta, projects, votes);
    }

    /**
     * What {@code projects allocate} read and decided, as a pabulib file: its projects (theme as
     * category, with each theme's budget when there are several) with tafel's outcome as
     * {@code selected}, the ballots as votes (numbered 1, 2, …), the rule applied. The vote's dates
     * are not in the input: the export says so, for whoever publishes it to add them.
     *
     * @param description what the file is about (the projects file's name, unless given)
     * @param country     the country in English, when given
     */
    public static String fromAllocation(Notices notices, AllocateProjects.Allocated allocated, String description,
                                        Optional<String> country) {
        ProjectsToAllocate.Input input = allocated.input();
        List<PabulibFile.PbVote> votes = new ArrayList<>();
        Map<String, Long> named = new LinkedHashMap<>();
        for (VoterGroups.Voter voter : input.voters()) {
            votes.add(new PabulibFile.PbVote(0, Integer.toString(votes.size() + 1), voter.projects()));
            voter.projects().forEach(id -> named.merge(id, 1L, Long::sum));
        }
        Map<String, Boolean> funded = new LinkedHashMap<>();
        allocated.result().rows().forEach(row -> funded.put(row.candidate().id(), row.funded()));
        List<PabulibFile.PbProject> projects = new ArrayList<>();
        for (Candidate candidate : input.candidates()) {
            long count = votes.isEmpty() ? candidate.score().longValue() : named.getOrDefault(candidate.id(), 0L);
            projects.add(new PabulibFile.PbProject(0, candidate.id(), candidate.cost(), Optional.of(count), Optional.empty(),
                    candidate.title(), candidate.theme().isEmpty() ? List.of() : List.of(candidate.theme()), "",
                    Optional.of(funded.getOrDefault(candidate.id(), false) ? 1 : 0)));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", description);
        country.map(ExportPabulib::englishCountry).ifPresent(name -> meta.put("country", name));
        meta.put("unit", description);
        meta.put("num_projects", Integer.toString(projects.size()));
        meta.put("num_votes", Integer.toString(votes.size()));
        meta.put("budget", Money.plain(input.budgets().values().stream().mapToLong(Long::longValue).sum()));
        meta.put("vote_type", "approval");
        meta.put("rule", allocated.rule().pabulibName());
        if (input.budgets().size() > 1) {
            meta.put("categories", String.join(",", input.budgets().keySet()));
        }
        meta.put("comment", "#1: exported by tafel from projects allocate: selected is tafel's outcome under the rule"
                + (votes.isEmpty() ? "; the votes are the projects' counts, there are no ballots." : "."));
        if (input.budgets().size() > 1) {
            meta.put("budget_per_category", String.join(",", input.budgets().values().stream().map(Money::plain).toList()));
        }
        if (country.isEmpty()) {
            notices.say("export.pb.countryOption");
        }
        notices.say("export.pb.dates");
        return PabulibWriter.write(meta, projects, votes);
    }

    /** pabulib names countries in English; the Dutch names of the countries that use the model are taken too. */
    private static String englishCountry(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "belgië", "belgie" -> "Belgium";
            case "nederland" -> "Netherlands";
            default -> name;
        };
    }

    private static Map<String, List<String>> onlineBallots(AntwerpProcess process) {
        Map<String, List<String>> ballots = new LinkedHashMap<>();
        if (!Files.isRegularFile(process.folder().file(ProcessFolder.ONLINE_VOTES))) {
            return ballots;
        }
        CsvInput table = InputFiles.csv(process.folder().file(ProcessFolder.ONLINE_VOTES));
        OnlineVotes.ballots(table, process.contents().projects(), ballots, new ArrayList<CsvProblem>());
        return ballots;
    }
}
