package tafel.app;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.EntryRules;
import tafel.antwerp.ProcessEvent;
import tafel.antwerp.Theme;
import tafel.io.antwerp.BatchRows;
import tafel.io.antwerp.CsvProblem;
import tafel.io.csv.CsvInput;
import tafel.text.Phrase;

/**
 * Use case, step 1 of the Antwerp model: a table's themes are checked against the catalogue and
 * the rules and journaled, one table typed in (or sent from a phone), or a whole file of tables.
 * A table entered again replaces its earlier entry, which stays in the audit.
 */
public final class ThemeEntries {

    private ThemeEntries() {
    }

    /**
     * One table's themes as written (names, ids, unique starts): saved with the names understood, or refused.
     *
     * @param replace whether an earlier entry of this table may be replaced; without it the earlier one is answered
     */
    public static TableEntry enter(AntwerpProcess process, String evening, String written, List<String> themes,
                                   OffsetDateTime at, boolean replace) {
        return enter(process, evening, written, themes, at, replace, Optional.empty());
    }

    /** @param client the id a phone gave the entry, journaled with it (the room's server) */
    public static TableEntry enter(AntwerpProcess process, String evening, String written, List<String> themes,
                                   OffsetDateTime at, boolean replace, Optional<String> client) {
        Optional<String> label = TableLabels.of(process, written);
        if (label.isEmpty()) {
            return TableEntry.refused(List.of(TableLabels.unknown(process, written)));
        }
        String table = label.get();
        EntryRules.Checked<List<String>> checked = EntryRules.themes(themes, process.contents().catalogue(),
                process.rules().themesPerTable());
        if (!checked.ok()) {
            return TableEntry.refused(checked.problems());
        }
        Optional<ProcessEvent.ThemesChosen> earlier = process.state().themeChoice(evening, table);
        int entry = process.state().nextEntry();
        ProcessEvent.ThemesChosen event = new ProcessEvent.ThemesChosen(at, entry, evening, table, checked.value(),
                earlier.map(ProcessEvent::entry), client);
        if (!replace) {
            List<Phrase> consequences = new ArrayList<>();
            earlier.ifPresent(before -> consequences.add(Phrase.of("entry.exists", table,
                    String.join(", ", names(process, before.themes())), before.entry())));
            selectionChange(process, List.of(event)).ifPresent(consequences::add);
            if (!consequences.isEmpty()) {
                return TableEntry.confirm(consequences);
            }
        }
        process.append(List.of(event));
        return TableEntry.saved(entry, table, names(process, checked.value()));
    }

    /**
     * What these entries would do to the themes that go on once tables have split the budget over
     * them: which themes come in and go out, and how many splits would stop counting.
     */
    static Optional<Phrase> selectionChange(AntwerpProcess process, List<ProcessEvent> events) {
        if (process.state().budgetSplits().isEmpty()) {
            return Optional.empty();
        }
        AntwerpOutcome before = process.outcome();
        AntwerpOutcome after = process.outcomeWith(events);
        List<Theme> was = before.themes().selected();
        List<Theme> will = after.themes().selected();
        if (was.equals(will)) {
            return Optional.empty();
        }
        String in = String.join(", ", will.stream().filter(theme -> !was.contains(theme)).map(Theme::name).toList());
        String out = String.join(", ", was.stream().filter(theme -> !will.contains(theme)).map(Theme::name).toList());
        return Optional.of(Phrase.of("antwerp.selection.changes", in.isEmpty() ? "-" : in, out.isEmpty() ? "-" : out,
                Math.max(0, after.staleSplits() - before.staleSplits())));
    }

    private static List<String> names(AntwerpProcess process, List<String> ids) {
        return ids.stream().map(id -> process.contents().catalogue().byId(id).name()).toList();
    }

    /**
     * Every table of a file ({@code evening,table,theme} rows), all journaled in one write, or none
     * when any row cannot be used (each is told through {@code notices}, exit 65).
     *
     * @return how many tables were saved and how many rows were read
     */
    public static TableEntry.Batch enterAll(AntwerpProcess process, Path file, String evening, OffsetDateTime at,
                                             Notices notices) {
        CsvInput table = InputFiles.csv(file);
        List<CsvProblem> problems = new ArrayList<>();
        BatchRows.Read read = BatchRows.themes(table, evening, problems);
        int rejected = read.rejected();
        List<ProcessEvent> events = new ArrayList<>();
        int entry = process.state().nextEntry();
        for (BatchRows.Group group : read.groups()) {
            Optional<String> label = TableLabels.ofRow(process, group.key().get(1), file.toString(), group.line(), problems);
            if (label.isEmpty()) {
                rejected++;
                continue;
            }
            List<String> written = group.values().stream().map(BatchRows.Value::item).toList();
            EntryRules.Checked<List<String>> checked = EntryRules.themes(written, process.contents().catalogue(),
                    process.rules().themesPerTable());
            if (!checked.ok()) {
                rejected++;
                checked.problems().forEach(problem -> problems.add(new CsvProblem(file.toString(), group.line(),
                        Phrase.of("batch.table", group.key().get(0) + "/" + group.key().get(1), problem))));
                continue;
            }
            Optional<Integer> replaces = process.state().themeChoice(group.key().get(0), label.get())
                    .map(ProcessEvent::entry);
            events.add(new ProcessEvent.ThemesChosen(at, entry++, group.key().get(0), label.get(), checked.value(),
                    replaces));
        }
        notices.requireUsable(problems, read.rows(), rejected);
        Optional<Phrase> change = selectionChange(process, events);
        process.append(events);
        change.ifPresent(notices::problem);
        return new TableEntry.Batch(events.size(), read.rows());
    }
}
