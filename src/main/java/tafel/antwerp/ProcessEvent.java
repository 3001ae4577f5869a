package tafel.antwerp;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An entry in an Antwerp process's journal. Every entry has a number; a later entry for the same
 * table replaces an earlier one ({@code replaces}), and {@link Undone} withdraws one. Nothing is
 * overwritten: the journal keeps both, and the results' audit lists them.
 */
public sealed interface ProcessEvent {

    OffsetDateTime at();

    int entry();

    String type();

    /** @param client the id a phone gave this entry, so a resend is recognised even after a restart */
    record ThemesChosen(OffsetDateTime at, int entry, String evening, String table, List<String> themes,
                        Optional<Integer> replaces, Optional<String> client) implements ProcessEvent {
        public ThemesChosen {
            themes = List.copyOf(themes);
        }

        public ThemesChosen(OffsetDateTime at, int entry, String evening, String table, List<String> themes,
                            Optional<Integer> replaces) {
            this(at, entry, evening, table, themes, replaces, Optional.empty());
        }

        public String type() {
            return "themes_chosen";
        }
    }

    /**
     * A table's split of the budget: cents per theme id.
     *
     * @param participants how many people sat at the table, when it was given (rules that weigh by participants)
     * @param supporters   per theme id, how many of them put money or chips on it, when given (support rules)
     */
    record BudgetSplit(OffsetDateTime at, int entry, String table, Map<String, Long> amounts,
                       Optional<Integer> replaces, Optional<String> client, Optional<Integer> participants,
                       Map<String, Integer> supporters)
            implements ProcessEvent {
        public BudgetSplit {
            amounts = Map.copyOf(amounts);
            supporters = Map.copyOf(supporters);
        }

        public BudgetSplit(OffsetDateTime at, int entry, String table, Map<String, Long> amounts,
                           Optional<Integer> replaces, Optional<String> client, Optional<Integer> participants) {
            this(at, entry, table, amounts, replaces, client, participants, Map.of());
        }

        public BudgetSplit(OffsetDateTime at, int entry, String table, Map<String, Long> amounts,
                           Optional<Integer> replaces, Optional<String> client) {
            this(at, entry, table, amounts, replaces, client, Optional.empty());
        }

        public BudgetSplit(OffsetDateTime at, int entry, String table, Map<String, Long> amounts,
                           Optional<Integer> replaces) {
            this(at, entry, table, amounts, replaces, Optional.empty());
        }

        public String type() {
            return "budget_split";
        }
    }

    record ProjectsChosen(OffsetDateTime at, int entry, String round, String table, List<String> projects,
                          Optional<Integer> replaces, Optional<String> client) implements ProcessEvent {
        public ProjectsChosen {
            projects = List.copyOf(projects);
        }

        public ProjectsChosen(OffsetDateTime at, int entry, String round, String table, List<String> projects,
                              Optional<Integer> replaces) {
            this(at, entry, round, table, projects, replaces, Optional.empty());
        }

        public String type() {
            return "projects_chosen";
        }
    }

    /** The facilitator's choice among themes tied at the cut (tie rule "facilitator"). */
    record TieResolved(OffsetDateTime at, int entry, List<String> themes) implements ProcessEvent {
        public TieResolved {
            themes = List.copyOf(themes);
        }

        public String type() {
            return "tie_resolved";
        }
    }

    /**
     * The facilitator closed a step for the tables' phones: from now on only the facilitator
     * enters or corrects it. {@code part} is the evening (themes) or round (projects); empty for
     * the budget, which has neither.
     */
    record StepClosed(OffsetDateTime at, int entry, ProcessStep step, String part) implements ProcessEvent {
        public String type() {
            return "step_closed";
        }
    }

    /** The facilitator opened a closed step again, so tables may send or correct entries. */
    record StepReopened(OffsetDateTime at, int entry, ProcessStep step, String part) implements ProcessEvent {
        public String type() {
            return "step_reopened";
        }
    }

    record Undone(OffsetDateTime at, int entry, int undoes) implements ProcessEvent {
        public String type() {
            return "undone";
        }
    }
}
