package tafel.antwerp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entries of an Antwerp process that count: a fold over its journal in which a replaced or
 * undone entry no longer counts, but stays listed in the audit.
 */
public final class ProcessState {

    /** A correction as shown in the audit: which entry stopped counting, and which entry did it. */
    /**
     * @param what  the corrected entry in short, for programs (JSON)
     * @param event the corrected entry itself, for saying it in the reader's words
     */
    public record Correction(int entry, String what, int by, boolean undone, ProcessEvent event) {
    }

    private final Map<String, ProcessEvent.ThemesChosen> themes = new LinkedHashMap<>();
    private final Map<String, ProcessEvent.BudgetSplit> budgets = new LinkedHashMap<>();
    private final Map<String, ProcessEvent.ProjectsChosen> projects = new LinkedHashMap<>();
    private final Map<Integer, ProcessEvent> byEntry = new HashMap<>();
    private final List<Correction> audit = new ArrayList<>();
    private final Set<String> closed = new HashSet<>();
    private List<String> tiePicks = List.of();
    private int lastEntry;

    public static ProcessState replay(List<ProcessEvent> events) {
        ProcessState state = new ProcessState();
        events.forEach(state::apply);
        return state;
    }

    public static String themeKey(String evening, String table) {
        return evening + "\u0000" + table;
    }

    public void apply(ProcessEvent event) {
        lastEntry = Math.max(lastEntry, event.entry());
        byEntry.put(event.entry(), event);
        if (event instanceof ProcessEvent.ThemesChosen chosen) {
            replace(themes.put(themeKey(chosen.evening(), chosen.table()), chosen), chosen.entry());
        } else if (event instanceof ProcessEvent.BudgetSplit split) {
            replace(budgets.put(split.table(), split), split.entry());
        } else if (event instanceof ProcessEvent.ProjectsChosen chosen) {
            replace(projects.put(themeKey(chosen.round(), chosen.table()), chosen), chosen.entry());
        } else if (event instanceof ProcessEvent.TieResolved resolved) {
            tiePicks = resolved.themes();
        } else if (event instanceof ProcessEvent.StepClosed closing) {
            closed.add(themeKey(closing.step().command(), closing.part()));
        } else if (event instanceof ProcessEvent.StepReopened opening) {
            closed.remove(themeKey(opening.step().command(), opening.part()));
        } else if (event instanceof ProcessEvent.Undone undone) {
            ProcessEvent target = byEntry.get(undone.undoes());
            boolean removed = themes.values().remove(target) || budgets.values().remove(target)
                    || projects.values().remove(target);
            if (target instanceof ProcessEvent.TieResolved) {
                tiePicks = List.of();
                removed = true;
            }
            if (removed) {
                audit.add(new Correction(undone.undoes(), describe(target), undone.entry(), true, target));
            }
        }
    }

    private void replace(ProcessEvent previous, int by) {
        if (previous != null) {
            audit.add(new Correction(previous.entry(), describe(previous), by, false, previous));
        }
    }

    /** A short description of an entry for the audit: "themes, evening 1, table 3". */
    public static String describe(ProcessEvent event) {
        if (event instanceof ProcessEvent.ThemesChosen chosen) {
            return "themes " + chosen.evening() + "/" + chosen.table() + ": " + String.join(", ", chosen.themes());
        }
        if (event instanceof ProcessEvent.BudgetSplit split) {
            return "budget " + split.table();
        }
        if (event instanceof ProcessEvent.ProjectsChosen chosen) {
            return "projects " + chosen.round() + "/" + chosen.table() + ": " + String.join(", ", chosen.projects());
        }
        if (event instanceof ProcessEvent.TieResolved resolved) {
            return "tie " + String.join(", ", resolved.themes());
        }
        if (event instanceof ProcessEvent.StepClosed closing) {
            return "closed " + closing.step().command() + (closing.part().isEmpty() ? "" : " " + closing.part());
        }
        if (event instanceof ProcessEvent.StepReopened opening) {
            return "reopened " + opening.step().command() + (opening.part().isEmpty() ? "" : " " + opening.part());
        }
        return event.type();
    }

    /** Whether this entry still counts (it exists and was neither replaced nor undone). */
    public boolean counts(int entry) {
        ProcessEvent event = byEntry.get(entry);
        return event != null && (themes.containsValue(event) || budgets.containsValue(event)
                || projects.containsValue(event) || event instanceof ProcessEvent.TieResolved && tiePicks.equals(
                ((ProcessEvent.TieResolved) event).themes()));
    }

    public Optional<ProcessEvent> entry(int entry) {
        return Optional.ofNullable(byEntry.get(entry));
    }

    /** Every entry so far, in the order of their numbers. */
    public List<ProcessEvent> events() {
        return byEntry.values().stream().sorted(Comparator.comparingInt(ProcessEvent::entry)).toList();
    }

    public List<ProcessEvent.ThemesChosen> themeChoices() {
        return List.copyOf(themes.values());
    }

    public Optional<ProcessEvent.ThemesChosen> themeChoice(String evening, String table) {
        return Optional.ofNullable(themes.get(themeKey(evening, table)));
    }

    public List<ProcessEvent.BudgetSplit> budgetSplits() {
        return List.copyOf(budgets.values());
    }

    public Optional<ProcessEvent.BudgetSplit> budgetSplit(String table) {
        return Optional.ofNullable(budgets.get(table));
    }

    public List<ProcessEvent.ProjectsChosen> projectChoices() {
        return List.copyOf(projects.values());
    }

    public Optional<ProcessEvent.ProjectsChosen> projectChoice(String round, String table) {
        return Optional.ofNullable(projects.get(themeKey(round, table)));
    }

    /**
     * Whether the facilitator closed this step (and evening or round) for the tables' phones.
     *
     * @param part the evening or round; empty for the budget
     */
    public boolean isClosed(ProcessStep step, String part) {
        return closed.contains(themeKey(step.command(), part));
    }

    public List<String> tiePicks() {
        return tiePicks;
    }

    public List<Correction> audit() {
        return List.copyOf(audit);
    }

    public int nextEntry() {
        return lastEntry + 1;
    }
}
