package tafel.app;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.EntryRules;
import tafel.antwerp.ProcessEvent;
import tafel.antwerp.Project;
import tafel.antwerp.ProjectScoring;
import tafel.io.antwerp.BatchRows;
import tafel.io.antwerp.CsvProblem;
import tafel.io.csv.CsvInput;
import tafel.text.Phrase;

/**
 * Use case, step 3 of the Antwerp model: a table's favourite projects in a round are checked
 * against the ballot (feasible projects of selected themes whose budget does not cover them all)
 * and against the themes the round's other tables already chose, and journaled.
 */
public final class ProjectEntries {

    private ProjectEntries() {
    }

    /** The projects tables vote on, by id: feasible, in a selected theme whose budget does not cover all of them. */
    public static Map<String, Project> ballot(AntwerpOutcome outcome) {
        Map<String, Project> ballot = new LinkedHashMap<>();
        for (ProjectScoring.ThemeScores theme : outcome.scores()) {
            // a theme that funds everything needs no vote, one without money (no chips on it) cannot fund any
            if (!theme.fundedWithoutVote() && theme.budget() > 0) {
                theme.projects().forEach(scored -> ballot.put(scored.project().id(), scored.project()));
            }
        }
        return ballot;
    }

    /** One table's projects in a round, as typed (ids): saved as understood, or refused with the reasons. */
    public static TableEntry enter(AntwerpProcess process, Map<String, Project> ballot, String round, String written,
                                   List<String> items, OffsetDateTime at, boolean replace) {
        return enter(process, ballot, round, written, items, at, replace, Optional.empty());
    }

    /** @param client the id a phone gave the entry, journaled with it (the room's server) */
    public static TableEntry enter(AntwerpProcess process, Map<String, Project> ballot, String round, String written,
                                   List<String> items, OffsetDateTime at, boolean replace, Optional<String> client) {
        Optional<String> label = TableLabels.of(process, written);
        if (label.isEmpty()) {
            return TableEntry.refused(List.of(TableLabels.unknown(process, written)));
        }
        String table = label.get();
        EntryRules.Checked<List<String>> checked = EntryRules.projects(items, ballot, process.rules().projectsPerTable(),
                roundThemes(process, ballot, round, table));
        if (!checked.ok()) {
            return TableEntry.refused(checked.problems());
        }
        Optional<ProcessEvent.ProjectsChosen> earlier = process.state().projectChoice(round, table);
        if (earlier.isPresent() && !replace) {
            return TableEntry.confirm(List.of(Phrase.of("entry.exists", table, String.join(", ", earlier.get().projects()),
                    earlier.get().entry())));
        }
        int entry = process.state().nextEntry();
        process.append(List.of(new ProcessEvent.ProjectsChosen(at, entry, round, table, checked.value(),
                earlier.map(ProcessEvent::entry), client)));
        return TableEntry.saved(entry, table, checked.value());
    }

    /** Every table of a file ({@code round,table,project} rows): all journaled in one write, or none when a row cannot be used. */
    public static TableEntry.Batch enterAll(AntwerpProcess process, Map<String, Project> ballot, Path file, String round,
                                            OffsetDateTime at, Notices notices) {
        CsvInput table = InputFiles.csv(file);
        List<CsvProblem> problems = new ArrayList<>();
        BatchRows.Read read = BatchRows.projects(table, round, problems);
        int rejected = read.rejected();
        List<ProcessEvent> events = new ArrayList<>();
        int entry = process.state().nextEntry();
        // the themes a round covers grow with the file's own tables, not only with what was journaled before
        Map<String, Set<String>> batchThemes = new HashMap<>();
        for (BatchRows.Group group : read.groups()) {
            String groupRound = group.key().get(0);
            Optional<String> label = TableLabels.ofRow(process, group.key().get(1), file.toString(), group.line(), problems);
            if (label.isEmpty()) {
                rejected++;
                continue;
            }
            String groupTable = label.get();
            List<String> ids = group.values().stream().map(BatchRows.Value::item).toList();
            Set<String> themes = new TreeSet<>(roundThemes(process, ballot, groupRound, groupTable));
            themes.addAll(batchThemes.getOrDefault(groupRound, Set.of()));
            EntryRules.Checked<List<String>> checked = EntryRules.projects(ids, ballot, process.rules().projectsPerTable(), themes);
            if (!checked.ok()) {
                rejected++;
                checked.problems().forEach(problem -> problems.add(new CsvProblem(file.toString(), group.line(),
                        Phrase.of("batch.table", groupRound + "/" + groupTable, problem))));
                continue;
            }
            checked.value().forEach(id -> batchThemes.computeIfAbsent(groupRound, key -> new TreeSet<>())
                    .add(ballot.get(id).theme()));
            events.add(new ProcessEvent.ProjectsChosen(at, entry++, groupRound, groupTable, checked.value(),
                    process.state().projectChoice(groupRound, groupTable).map(ProcessEvent::entry)));
        }
        notices.requireUsable(problems, read.rows(), rejected);
        process.append(events);
        return new TableEntry.Batch(events.size(), read.rows());
    }

    /** The themes the other tables of this round already chose projects from. */
    private static Set<String> roundThemes(AntwerpProcess process, Map<String, Project> ballot, String round, String table) {
        Set<String> themes = new TreeSet<>();
        for (ProcessEvent.ProjectsChosen chosen : process.state().projectChoices()) {
            if (chosen.round().equals(round) && !chosen.table().equals(table)) {
                chosen.projects().stream().filter(ballot::containsKey).forEach(id -> themes.add(ballot.get(id).theme()));
            }
        }
        return themes;
    }
}
