package tafel.app;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.AntwerpRules;
import tafel.antwerp.ProcessEvent;
import tafel.antwerp.ProcessState;
import tafel.antwerp.ProcessStep;
import tafel.antwerp.Project;
import tafel.antwerp.ProjectRule;
import tafel.antwerp.TableRoster;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeCatalogue;
import tafel.io.antwerp.ProcessFolder;
import tafel.io.files.AtomicFiles;
import tafel.io.files.IoFailure;
import tafel.journal.Journal;
import tafel.journal.JournalException;
import tafel.journal.JournalReader;
import tafel.journal.ProcessEventCodec;
import tafel.text.Phrase;

/**
 * Use cases on an Antwerp process folder, for every front end: open it (rules and files read and
 * checked, located notices, exit 65/66, the journal replayed), take in a new file only when the
 * folder stays usable, and append table entries with the same crash-safety as live sessions.
 */
public final class AntwerpProcess {

    private final Notices notices;
    private final ProcessFolder folder;
    private final ProcessFolder.Contents contents;
    private final AntwerpRules rules;
    private final ProcessState state;
    private boolean tornSetAside;
    private Optional<TableRoster> evening = Optional.empty();

    private AntwerpProcess(Notices notices, ProcessFolder folder, ProcessFolder.Contents contents) {
        this.notices = notices;
        this.folder = folder;
        this.contents = contents;
        this.rules = contents.rules().orElseThrow();
        this.state = ProcessState.replay(contents.events());
    }

    public static AntwerpProcess open(Notices notices, ProcessFolder folder) {
        return new AntwerpProcess(notices, folder, checked(notices, folder, readRaw(folder, Map.of())));
    }

    /**
     * Puts {@code content} in the folder as {@code name} only when the folder, read with it, is as
     * usable as before: every row of every file accepted and every project the journal names still
     * there. Otherwise nothing is written and each conflict is listed (exit 65), so a rejected file
     * can never take the place of a good one.
     */
    public static AntwerpProcess replace(Notices notices, ProcessFolder folder, String name, String shownAs, byte[] content) {
        ProcessFolder.Contents staged = readRaw(folder, Map.of(name, new ProcessFolder.Staged(shownAs, content)));
        try {
            checked(notices, folder, staged);
        } catch (TafelException refused) {
            throw refused.withHint("antwerp.replace.refused", shownAs, folder.file(name).toString());
        }
        ProcessState replayed = ProcessState.replay(staged.events());
        Set<String> known = staged.projects().stream().map(Project::id).collect(Collectors.toSet());
        List<String> missing = replayed.projectChoices().stream().flatMap(chosen -> chosen.projects().stream()
                .filter(id -> !known.contains(id)).map(id -> chosen.round() + "/" + chosen.table() + ": " + id)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(conflict -> notices.say("antwerp.replace.chosen", shownAs, conflict));
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.replace.conflict", shownAs, missing.size())
                    .withHint("antwerp.replace.refused", shownAs, folder.file(name).toString());
        }
        // Warnings about the new file (a repeated online vote) are shown once, now that it is taken in
        notices.requireUsable(staged.problems().stream().filter(problem -> problem.file().equals(shownAs)).toList(), 0, 0);
        try {
            AtomicFiles.write(folder.file(name), content);
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", folder.file(name).toString(),
                    IoFailure.reason(failed)).causedBy(failed);
        }
        return new AntwerpProcess(notices, folder, staged);
    }

    /** The folder as it is on disk, not checked: for reading the catalogue when a file is about to replace a broken one. */
    public static ProcessFolder.Contents unchecked(ProcessFolder folder) {
        return readRaw(folder, Map.of());
    }

    private static ProcessFolder.Contents readRaw(ProcessFolder folder, Map<String, ProcessFolder.Staged> staged) {
        if (!folder.exists()) {
            throw TafelException.of(ExitCode.NO_INPUT, "antwerp.missing", folder.dir().toString())
                    .withHint("antwerp.missing.hint", folder.dir().toString());
        }
        try {
            return folder.read(staged);
        } catch (NoSuchFileException missing) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.file.missing", missing.getFile());
        } catch (JournalException broken) {
            throw TafelException.of(ExitCode.BAD_DATA, "session.journal.broken", folder.file(ProcessFolder.JOURNAL).toString(),
                    broken.line(), Phrase.of(broken.messageKey(), broken.args().toArray()))
                    .withHint("session.journal.broken.hint");
        } catch (IOException unreadable) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.io", folder.dir() + ": " + unreadable.getMessage());
        }
    }

    private static ProcessFolder.Contents checked(Notices notices, ProcessFolder folder, ProcessFolder.Contents contents) {
        notices.findings(folder.file(ProcessFolder.RULES).toString(), contents.ruleFindings());
        if (contents.rules().isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.rules.invalid", folder.file(ProcessFolder.RULES).toString());
        }
        // Warnings about stored files (a repeated online vote) were shown when the file was added;
        // only rows that cannot be used are worth repeating on every command.
        if (contents.rejected() > 0) {
            notices.requireUsable(contents.problems(), 0, contents.rejected());
        }
        contents.torn().ifPresent(torn -> notices.say("status.torn", torn.line()));
        return contents;
    }

    public ProcessFolder folder() {
        return folder;
    }

    public ProcessFolder.Contents contents() {
        return contents;
    }

    public AntwerpRules rules() {
        return rules;
    }

    public ProcessState state() {
        return state;
    }

    /** Whether the tables place chips directly on plans (project_rule: chips-on-plans): step 2 is then over the plans. */
    public boolean direct() {
        return rules.projectRule() == ProjectRule.CHIPS_ON_PLANS;
    }

    /**
     * What step 2 divides over, to find written names in: the theme catalogue, or with chips on
     * plans the feasible plans by their titles.
     */
    public ThemeCatalogue budgetCatalogue() {
        if (!direct()) {
            return contents.catalogue();
        }
        return new ThemeCatalogue(contents.projects().stream().filter(Project::feasible)
                .map(plan -> new Theme(plan.id(), plan.title().isBlank() ? plan.id() : plan.title(), "")).toList());
    }

    /** The ids step 2 divides over now: the themes step 1 selected, or with chips on plans every feasible plan. */
    public List<String> budgetKeys() {
        return direct() ? budgetCatalogue().themes().stream().map(Theme::id).toList()
                : outcome().themes().selected().stream().map(Theme::id).toList();
    }

    public AntwerpOutcome outcome() {
        return AntwerpOutcome.compute(contents.catalogue(), rules, state, contents.onlineSplits(), contents.projects(),
                contents.onlineVotes(), contents.onlineBallots(), contents.jury());
    }

    /** The outcome as it would be with these entries too; nothing is written. */
    public AntwerpOutcome outcomeWith(List<ProcessEvent> more) {
        List<ProcessEvent> events = new ArrayList<>(state.events());
        events.addAll(more);
        return AntwerpOutcome.compute(contents.catalogue(), rules, ProcessState.replay(events), contents.onlineSplits(),
                contents.projects(), contents.onlineVotes(), contents.onlineBallots(), contents.jury());
    }

    /**
     * The tables that may enter: this evening's when the command said so, else the folder's roster
     * file, else {@code tables: N} of the rules; empty when table labels are not checked.
     */
    public Optional<TableRoster> roster() {
        return evening.or(contents::roster).or(rules::roster);
    }

    /** How many people sit at this table as the roster says, when it says so. */
    public Optional<Integer> rosterPeople(String table) {
        return roster().flatMap(roster -> roster.entries().stream()
                .filter(entry -> TableRoster.sameTable(entry.label(), table) && entry.people() > 0)
                .map(TableRoster.Table::people).findFirst());
    }

    /** This evening has {@code count} tables, whatever the folder says (an evening may differ). */
    public AntwerpProcess withTables(int count) {
        if (count < 1 || count > TableRoster.MAX_TABLES) {
            throw TafelException.of(ExitCode.USAGE, "rules.tables", count, TableRoster.MAX_TABLES);
        }
        evening = Optional.of(TableRoster.numbered(count));
        return this;
    }

    /** Which roster tables have entered step 1, per evening (empty without a roster). */
    public Map<String, TableRoster.Presence> themesPresence() {
        return presence(state.themeChoices().stream().map(choice -> Map.entry(choice.evening(), choice.table())).toList());
    }

    /** Which roster tables have entered step 2 (empty without a roster). */
    public Optional<TableRoster.Presence> budgetPresence() {
        return roster().map(roster -> roster.presence(
                state.budgetSplits().stream().map(ProcessEvent.BudgetSplit::table).toList()));
    }

    /** Which roster tables have entered step 3, per round (empty without a roster). */
    public Map<String, TableRoster.Presence> projectsPresence() {
        return presence(state.projectChoices().stream().map(choice -> Map.entry(choice.round(), choice.table())).toList());
    }

    private Map<String, TableRoster.Presence> presence(List<Map.Entry<String, String>> tablesByGroup) {
        Map<String, TableRoster.Presence> presence = new TreeMap<>();
        roster().ifPresent(roster -> {
            Map<String, List<String>> groups = new TreeMap<>();
            tablesByGroup.forEach(entry -> groups.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
            groups.forEach((group, tables) -> presence.put(group, roster.presence(tables)));
        });
        return presence;
    }

    /** An entry withdrawn: its number and what it was, as the audit describes it. */
    public record Withdrawn(int entry, String what) {
    }

    /**
     * Use case: withdraw an entry of this step that counts (a table's themes, split or projects, or
     * a tie pick); a new entry says so and the old one stays, visible in the audit.
     *
     * @throws TafelException exit 65 when the entry does not exist, no longer counts, or is of another step
     */
    public Withdrawn undo(int entry, ProcessStep step, OffsetDateTime at) {
        if (!state.counts(entry)) {
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.undo.unknown", entry);
        }
        ProcessEvent event = state.entry(entry).orElseThrow();
        ProcessStep its = ProcessStep.of(event).orElseThrow();
        if (its != step) {
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.undo.otherStep", entry, ProcessState.describe(event),
                    its.command());
        }
        String what = ProcessState.describe(event);
        append(List.of(new ProcessEvent.Undone(at, state.nextEntry(), entry)));
        return new Withdrawn(entry, what);
    }

    /**
     * Use case: withdraw the last entry of this step that counts, or a table's, as typed at the
     * entry prompt ("undo", "undo 7"); empty when there is none.
     */
    public Optional<Withdrawn> undoLast(ProcessStep step, Optional<String> written, OffsetDateTime at) {
        Optional<String> table = written.flatMap(label -> TableLabels.of(this, label));
        if (written.isPresent() && table.isEmpty()) {
            return Optional.empty();
        }
        for (int entry = state.nextEntry() - 1; entry >= 1; entry--) {
            Optional<ProcessEvent> event = state.entry(entry);
            if (event.isPresent() && state.counts(entry) && ProcessStep.of(event.get()).equals(Optional.of(step))
                    && (table.isEmpty() || ProcessStep.tableOf(event.get()).equals(table))) {
                return Optional.of(undo(entry, step, at));
            }
        }
        return Optional.empty();
    }

    /** Appends entries (one write, one sync), after setting a torn last line aside. */
    public void append(List<ProcessEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            if (contents.torn().isPresent() && !tornSetAside) {
                JournalReader.setAside(folder.file(ProcessFolder.JOURNAL), contents.torn().get());
                tornSetAside = true;
            }
            ProcessEventCodec codec = new ProcessEventCodec(ProcessFolder.journalMapper());
            try (Journal journal = Journal.open(folder.file(ProcessFolder.JOURNAL))) {
                journal.append(events.stream().map(codec::encode).toList());
            }
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", folder.file(ProcessFolder.JOURNAL).toString(),
                    IoFailure.reason(failed)).causedBy(failed);
        }
        events.forEach(state::apply);
    }
}
