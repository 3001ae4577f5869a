package tafel.app;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tafel.antwerp.ProcessEvent;
import tafel.antwerp.ProcessState;
import tafel.antwerp.ProcessStep;
import tafel.antwerp.Project;
import tafel.antwerp.TableRoster;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeTally;
import tafel.antwerp.TieRule;

/**
 * Use cases of the facilitator's page in the room: what came in from which table, withdrawing an
 * entry, closing a step or round for the phones (and opening it again), deciding a tie, and what
 * the projector shows. Every change is journaled through the same process as the tables' entries,
 * under the same lock, so the laptop stays the one writer.
 */
public final class FacilitatorDesk {

    /** What the projector shows: the step the room is in, or one the facilitator chose. */
    public static final Set<String> VIEWS = Set.of("auto", "themes", "budget", "projects");

    /** A roster table and its entries that count in the room's evening and current round. */
    public record TableLine(String table, String host, Optional<Integer> themes, Optional<Integer> budget,
                            Optional<Integer> projects) {
    }

    /**
     * One journal entry as the facilitator's list shows it.
     *
     * @param kind    the journal's type ("themes_chosen", "budget_split", "undone", …)
     * @param names   themes or projects as their names (themes, tie, projects)
     * @param amounts the split: cents per theme name, in catalogue order
     * @param counts  whether it still counts (not replaced nor withdrawn)
     */
    public record EntryLine(int entry, String kind, Optional<ProcessStep> step, String part, String table,
                            List<String> names, Map<String, Long> amounts, boolean counts, OffsetDateTime at,
                            Optional<Integer> corrects) {
    }

    /** The room at a glance. */
    public record Overview(String title, String step, String round, List<TableLine> tables, List<EntryLine> entries,
                           Map<ProcessStep, Boolean> closed, Optional<ThemeTally.Tie> tie, String view) {
    }

    private final RoomDesk desk;
    private final Clock clock;
    private volatile String view = "auto";

    public FacilitatorDesk(RoomDesk desk) {
        this.desk = desk;
        this.clock = desk.clock();
    }

    public Overview overview() {
        synchronized (desk) {
            AntwerpProcess process = desk.process();
            ProcessState state = process.state();
            String round = desk.round();
            List<TableLine> tables = new ArrayList<>();
            for (TableRoster.Table table : process.roster().map(TableRoster::entries).orElse(List.of())) {
                tables.add(new TableLine(table.label(), table.host(),
                        state.themeChoice(RoomDesk.EVENING, table.label()).map(ProcessEvent::entry),
                        state.budgetSplit(table.label()).map(ProcessEvent::entry),
                        state.projectChoice(round, table.label()).map(ProcessEvent::entry)));
            }
            Map<ProcessStep, Boolean> closed = new LinkedHashMap<>();
            closed.put(ProcessStep.THEMES, state.isClosed(ProcessStep.THEMES, RoomDesk.EVENING));
            closed.put(ProcessStep.BUDGET, state.isClosed(ProcessStep.BUDGET, ""));
            closed.put(ProcessStep.PROJECTS, state.isClosed(ProcessStep.PROJECTS, round));
            Optional<ThemeTally.Tie> tie = process.rules().tieRule() == TieRule.FACILITATOR
                    ? process.outcome().themes().tie() : Optional.empty();
            return new Overview(process.contents().title(), desk.step(), round, tables, entries(process), closed, tie, view);
        }
    }

    private static List<EntryLine> entries(AntwerpProcess process) {
        ProcessState state = process.state();
        Map<String, Project> projects = new LinkedHashMap<>();
        process.contents().projects().forEach(project -> projects.put(project.id(), project));
        List<EntryLine> lines = new ArrayList<>();
        List<ProcessEvent> newestFirst = new ArrayList<>(state.events());
        Collections.reverse(newestFirst);
        for (ProcessEvent event : newestFirst) {
            List<String> names = List.of();
            Map<String, Long> amounts = Map.of();
            String part = "";
            Optional<Integer> corrects = Optional.empty();
            if (event instanceof ProcessEvent.ThemesChosen chosen) {
                names = themeNames(process, chosen.themes());
                part = chosen.evening();
                corrects = chosen.replaces();
            } else if (event instanceof ProcessEvent.TieResolved resolved) {
                names = themeNames(process, resolved.themes());
            } else if (event instanceof ProcessEvent.BudgetSplit split) {
                Map<String, Long> named = new LinkedHashMap<>();
                for (Theme theme : process.contents().catalogue().themes()) {
                    Long cents = split.amounts().get(theme.id());
                    if (cents != null) {
                        named.put(theme.name(), cents);
                    }
                }
                amounts = named;
                corrects = split.replaces();
            } else if (event instanceof ProcessEvent.ProjectsChosen chosen) {
                names = chosen.projects().stream().map(id -> Optional.ofNullable(projects.get(id))
                        .map(project -> id + " " + project.title()).orElse(id)).toList();
                part = chosen.round();
                corrects = chosen.replaces();
            } else if (event instanceof ProcessEvent.StepClosed closing) {
                part = closing.part();
            } else if (event instanceof ProcessEvent.StepReopened opening) {
                part = opening.part();
            } else if (event instanceof ProcessEvent.Undone undone) {
                corrects = Optional.of(undone.undoes());
            }
            Optional<ProcessStep> step = ProcessStep.of(event).or(() -> stepOf(event));
            lines.add(new EntryLine(event.entry(), event.type(), step, part, ProcessStep.tableOf(event).orElse(""),
                    names, amounts, state.counts(event.entry()), event.at(), corrects));
        }
        return lines;
    }

    private static Optional<ProcessStep> stepOf(ProcessEvent event) {
        if (event instanceof ProcessEvent.StepClosed closing) {
            return Optional.of(closing.step());
        }
        return event instanceof ProcessEvent.StepReopened opening ? Optional.of(opening.step()) : Optional.empty();
    }

    private static List<String> themeNames(AntwerpProcess process, List<String> ids) {
        return ids.stream().map(id -> process.contents().catalogue().find(id).map(Theme::name).orElse(id)).toList();
    }

    /**
     * Withdraws an entry that counts (a table's, or a tie pick).
     *
     * @param expected the step the entry must be of, when the caller is a step's command
     * @throws TafelException exit 65 when it does not exist, no longer counts, or is of another step
     */
    public AntwerpProcess.Withdrawn undo(int entry, Optional<ProcessStep> expected) {
        synchronized (desk) {
            AntwerpProcess process = desk.process();
            Optional<ProcessStep> step = expected.or(() -> process.state().entry(entry).flatMap(ProcessStep::of));
            if (step.isEmpty() || !process.state().counts(entry)) {
                throw TafelException.of(ExitCode.BAD_DATA, "antwerp.undo.unknown", entry);
            }
            // with a step named (the laptop's "budget --undo 15"), an entry of another step is refused as at the prompt
            return process.undo(entry, step.get(), now());
        }
    }

    /**
     * Withdraws the last entry of a step that counts, or a table's, as "undo" at the entry prompt does.
     *
     * @return what was withdrawn, or empty when there was nothing
     */
    public Optional<AntwerpProcess.Withdrawn> undoLast(ProcessStep step, Optional<String> table) {
        synchronized (desk) {
            return desk.process().undoLast(step, table, now());
        }
    }

    /**
     * Closes a step for the phones (the themes of the room's evening, the budget, or the current
     * round of projects), or opens it again; nothing is written when it already was so.
     *
     * @return the entry that says so, or empty when nothing changed
     */
    public Optional<Integer> close(ProcessStep step, boolean closed) {
        synchronized (desk) {
            AntwerpProcess process = desk.process();
            String part = switch (step) {
                case THEMES -> RoomDesk.EVENING;
                case BUDGET -> "";
                // reopening takes back the round closed last, so a round closed by mistake comes back
                case PROJECTS -> closed ? desk.round() : String.valueOf(Integer.parseInt(desk.round()) - 1);
            };
            if (part.equals("0") || process.state().isClosed(step, part) == closed) {
                return Optional.empty();
            }
            int entry = process.state().nextEntry();
            process.append(List.of(closed ? new ProcessEvent.StepClosed(now(), entry, step, part)
                    : new ProcessEvent.StepReopened(now(), entry, step, part)));
            return Optional.of(entry);
        }
    }

    /** Decides a tie at the cut of step 1; see {@link TiePick}. */
    public int pickTie(List<String> themes) {
        synchronized (desk) {
            return TiePick.pick(desk.process(), themes, now());
        }
    }

    public String view() {
        return view;
    }

    /** What the projector shows; not journaled, as it changes nothing that counts. */
    public boolean show(String chosen) {
        if (!VIEWS.contains(chosen)) {
            return false;
        }
        view = chosen;
        return true;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
