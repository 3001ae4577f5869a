package tafel.antwerp;

import java.util.Locale;
import java.util.Optional;

/** The three steps of the Antwerp model, as the entries of a process belong to them. */
public enum ProcessStep {
    THEMES, BUDGET, PROJECTS;

    /** The step an entry belongs to; a withdrawal belongs to none. */
    public static Optional<ProcessStep> of(ProcessEvent event) {
        if (event instanceof ProcessEvent.ThemesChosen || event instanceof ProcessEvent.TieResolved) {
            return Optional.of(THEMES);
        }
        if (event instanceof ProcessEvent.BudgetSplit) {
            return Optional.of(BUDGET);
        }
        if (event instanceof ProcessEvent.ProjectsChosen) {
            return Optional.of(PROJECTS);
        }
        return Optional.empty();
    }

    /** The table an entry is of, when it is a table's. */
    public static Optional<String> tableOf(ProcessEvent event) {
        if (event instanceof ProcessEvent.ThemesChosen chosen) {
            return Optional.of(chosen.table());
        }
        if (event instanceof ProcessEvent.BudgetSplit split) {
            return Optional.of(split.table());
        }
        if (event instanceof ProcessEvent.ProjectsChosen chosen) {
            return Optional.of(chosen.table());
        }
        return Optional.empty();
    }

    /** The step a command or API names ("themes", "budget", "projects"). */
    public static Optional<ProcessStep> named(String command) {
        for (ProcessStep step : values()) {
            if (step.command().equals(command)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** The command that takes this step's entries ("themes", "budget", "projects"). */
    public String command() {
        return name().toLowerCase(Locale.ROOT);
    }
}
