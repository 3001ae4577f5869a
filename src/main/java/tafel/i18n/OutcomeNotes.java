package tafel.i18n;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.AntwerpRules;
import tafel.antwerp.BudgetWeighting;
import tafel.antwerp.Candidate;
import tafel.antwerp.Money;
import tafel.antwerp.PlanChips;
import tafel.antwerp.ProcessEvent;
import tafel.antwerp.ProcessState;
import tafel.antwerp.ProjectScoring;
import tafel.antwerp.Rounding;
import tafel.antwerp.Theme;

/**
 * What the spelregels did, in the reader's words, for every front end alike (terminal, JSON,
 * report): per theme, why projects are funded without a vote, their conditions, plans kept out
 * and partial awards; for the budget step, the weighing, money left unspent, rounding that does
 * not add up.
 */
public final class OutcomeNotes {

    private OutcomeNotes() {
    }

    /** Per theme id, its notes in the order they apply. */
    public static Map<String, List<String>> perTheme(AntwerpOutcome outcome, Messages messages) {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        Locale locale = messages.locale();
        for (ProjectScoring.ThemeScores theme : outcome.scores()) {
            if (theme.fundedWithoutVote()) {
                add(notes, theme.theme(), messages.get("antwerp.withoutVote"));
            }
            theme.projects().stream().filter(scored -> !scored.project().conditions().isEmpty()).forEach(scored ->
                    add(notes, theme.theme(), messages.get("antwerp.conditions", scored.project().id(),
                            scored.project().conditions())));
        }
        for (AntwerpOutcome.Excluded excluded : outcome.excluded()) {
            Candidate plan = excluded.candidate();
            add(notes, plan.theme(), switch (excluded.why()) {
                case ABOVE_MAX -> messages.get("antwerp.excluded.max", plan.id(), Money.display(plan.cost(), locale));
                case BELOW_VOTES -> messages.get("antwerp.excluded.votes", plan.id(), plan.breakdown());
                case BELOW_SHARE -> messages.get("antwerp.excluded.share", plan.id(),
                        plan.score().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString());
            });
        }
        outcome.allocation().ifPresent(result -> result.rows().stream()
                .filter(row -> outcome.partialAwards().containsKey(row.candidate().id())).forEach(row ->
                        add(notes, row.candidate().theme(), messages.get("antwerp.partialAward", row.candidate().id(),
                                Money.display(outcome.partialAwards().get(row.candidate().id()), locale),
                                Money.display(row.candidate().cost(), locale)))));
        return notes;
    }

    /** What the budget step's rules did: how the tables weighed, what stays unspent, rounding that does not add up. */
    public static List<String> budget(AntwerpRules rules, AntwerpOutcome outcome, ProcessState state, Messages messages) {
        List<String> lines = new ArrayList<>();
        if (outcome.budgets().isEmpty()) {
            return lines;
        }
        Locale locale = messages.locale();
        int people = state.budgetSplits().stream().mapToInt(split -> split.participants().orElse(1)).sum();
        if (rules.chips().isPresent()) {
            lines.add(messages.get("antwerp.results.chips", people, rules.chips().get().count(people),
                    rules.chips().get().perParticipant(), Money.display(rules.chips().get().value(), locale)));
        } else if (rules.budgetWeighting() == BudgetWeighting.PARTICIPANTS) {
            lines.add(messages.get("antwerp.results.weighted", people));
        }
        for (ProcessEvent.BudgetSplit split : state.budgetSplits()) {
            split.amounts().keySet().stream().sorted().filter(theme -> !rules.supported(split, theme)).forEach(theme ->
                    lines.add(messages.get(outcome.direct() ? "antwerp.results.unsupported.plan" : "antwerp.results.unsupported",
                            split.table(), name(outcome, theme), split.supporters().getOrDefault(theme, 0),
                            split.participants().orElse(0))));
        }
        long total = outcome.budgets().get().values().stream().mapToLong(Long::longValue).sum();
        if (outcome.direct()) {
            PlanChips.Result plans = outcome.plans().orElseThrow();
            if (plans.unspent() > 0) {
                List<String> parts = new ArrayList<>();
                if (plans.beyondChips() > 0) {
                    parts.add(messages.get("antwerp.results.plans.beyondChips", Money.display(plans.beyondChips(), locale)));
                }
                if (plans.notPlaced() > 0) {
                    parts.add(messages.get("antwerp.results.plans.notPlaced", Money.display(plans.notPlaced(), locale)));
                }
                if (plans.unsupported() > 0) {
                    parts.add(messages.get("antwerp.results.plans.unsupported", Money.display(plans.unsupported(), locale)));
                }
                if (plans.shortfall() > 0) {
                    parts.add(messages.get("antwerp.results.plans.shortfall", Money.display(plans.shortfall(), locale)));
                }
                lines.add(messages.get("antwerp.results.plans.unspent", Money.display(plans.unspent(), locale),
                        String.join(", ", parts)));
            }
            if (total != rules.budget() && rules.rounding() == Rounding.HALF_UP) {
                lines.add(messages.get("antwerp.results.roundingDifference", Money.display(total, locale),
                        Money.display(rules.budget(), locale), Money.display(Math.abs(rules.budget() - total), locale)));
            }
        } else if (total != rules.themesBudget() && rules.rounding() == Rounding.HALF_UP) {
            lines.add(messages.get("antwerp.results.roundingDifference", Money.display(total, locale),
                    Money.display(rules.themesBudget(), locale), Money.display(Math.abs(rules.themesBudget() - total), locale)));
        } else if (total < rules.themesBudget()) {
            lines.add(messages.get("antwerp.results.unspent", Money.display(rules.themesBudget() - total, locale)));
        }
        return lines;
    }

    /** A plan's outcome in words: funded (and how much beyond what it asked), or how much it fell short. */
    public static String decision(PlanChips.Plan plan, Messages messages) {
        Locale locale = messages.locale();
        if (!plan.funded()) {
            return messages.get("antwerp.plan.short", Money.display(plan.shortBy(), locale));
        }
        return plan.surplus() > 0 ? messages.get("antwerp.plan.fundedMore", Money.display(plan.surplus(), locale))
                : messages.get("antwerp.plan.funded");
    }

    /** A theme's name, or with chips on plans the plan's title. */
    private static String name(AntwerpOutcome outcome, String id) {
        return outcome.themes().selected().stream().filter(theme -> theme.id().equals(id)).map(Theme::name).findFirst()
                .or(() -> outcome.plans().flatMap(plans -> plans.plans().stream().filter(plan -> plan.project().id().equals(id))
                        .map(plan -> plan.project().title()).findFirst()))
                .orElse(id);
    }

    /** Per table: its people and what it placed (in chips when the rules count chips), for the report. */
    public static List<List<String>> tables(AntwerpRules rules, ProcessState state, Messages messages) {
        List<List<String>> rows = new ArrayList<>();
        for (ProcessEvent.BudgetSplit split : state.budgetSplits()) {
            long placed = split.amounts().values().stream().mapToLong(Long::longValue).sum();
            String shown = rules.chips().map(chips -> messages.get("antwerp.tables.chips", placed / chips.value(),
                            split.participants().map(chips::count).map(String::valueOf).orElse("?")))
                    .orElse(Money.display(placed, messages.locale()));
            rows.add(List.of(split.table(), split.participants().map(String::valueOf).orElse(""), shown));
        }
        return rows;
    }

    private static void add(Map<String, List<String>> notes, String theme, String note) {
        notes.computeIfAbsent(theme, none -> new ArrayList<>()).add(note);
    }
}
