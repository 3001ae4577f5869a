package tafel.antwerp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole state of a process as the council sees it: the ranked themes, the budget per
 * theme, and per theme the projects with their scores and whether they are funded. Computed
 * from the entries that count; steps that have no entries yet are empty.
 */
public record AntwerpOutcome(ThemeTally.Result themes, Optional<Map<String, Long>> budgets,
                             List<ProjectScoring.ThemeScores> scores, Optional<Allocation.Result> allocation,
                             int staleSplits) {

    public static AntwerpOutcome compute(ThemeCatalogue catalogue, AntwerpRules rules, ProcessState state,
                                         List<Map<String, Long>> onlineSplits, List<Project> projects,
                                         Map<String, Long> onlineVotes) {
        return compute(catalogue, rules, state, onlineSplits, projects, onlineVotes, List.of());
    }

    /**
     * @param onlineVotes   online votes per project id (one per voter and project)
     * @param onlineBallots the same votes per voter, for {@link ProjectRule#EQUAL_SHARES}
     */
    public static AntwerpOutcome compute(ThemeCatalogue catalogue, AntwerpRules rules, ProcessState state,
                                         List<Map<String, Long>> onlineSplits, List<Project> projects,
                                         Map<String, Long> onlineVotes, List<List<String>> onlineBallots) {
        List<List<String>> choices = state.themeChoices().stream().map(ProcessEvent.ThemesChosen::themes).toList();
        ThemeTally.Result themes = ThemeTally.tally(catalogue, choices, rules.top(), rules.tieRule(), state.tiePicks(),
                rules.lotSeed());
        List<String> selected = themes.selected().stream().map(Theme::id).toList();
        // A split made over another set of themes (the theme step was corrected afterwards) no
        // longer fits; it is left out and counted, so the results can say so.
        List<ProcessEvent.BudgetSplit> counting = state.budgetSplits().stream()
                .filter(split -> fits(split.amounts(), selected, capacity(rules, split), rules.unspent())).toList();
        List<Map<String, Long>> live = counting.stream().map(ProcessEvent.BudgetSplit::amounts).toList();
        List<Map<String, Long>> online = onlineSplits.stream()
                .filter(split -> fits(split, selected, rules.budget(), Unspent.REFUSE)).toList();
        int stale = state.budgetSplits().size() - live.size() + onlineSplits.size() - online.size();
        Optional<Map<String, Long>> budgets = Optional.empty();
        if (themes.decided() && !selected.isEmpty() && (!live.isEmpty() || !online.isEmpty())) {
            budgets = Optional.of(BudgetCombination.combine(selected, live,
                    counting.stream().map(split -> weight(rules, split)).toList(),
                    counting.stream().map(split -> capacity(rules, split)).toList(), online,
                    rules.onlineWeight(), rules.budget(), rules.unit(), rules.rounding()));
        }
        List<ProjectScoring.ThemeScores> scores = List.of();
        Optional<Allocation.Result> allocation = Optional.empty();
        if (budgets.isPresent() && !projects.isEmpty()) {
            List<List<String>> tables = state.projectChoices().stream().map(ProcessEvent.ProjectsChosen::projects).toList();
            scores = ProjectScoring.score(projects, budgets.get(), tables, onlineVotes, rules.weights());
            allocation = Optional.of(rules.projectRule() == ProjectRule.EQUAL_SHARES
                    ? Allocation.decided(candidates(scores), budgets.get(),
                            ThemeEqualShares.fund(scores, tables, onlineBallots, rules.onlineWeight()), rules.leftover())
                    : Allocation.allocate(candidates(scores), budgets.get(), rules.withinTheme(), rules.leftover()));
        }
        return new AntwerpOutcome(themes, budgets, scores, allocation, stale);
    }

    /** A split's weight: 1, or the people at the table (1 when not given) when the rules weigh by them; chips weigh by themselves. */
    private static long weight(AntwerpRules rules, ProcessEvent.BudgetSplit split) {
        return rules.chips().isEmpty() && rules.budgetWeighting() == BudgetWeighting.PARTICIPANTS
                ? split.participants().map(Integer::longValue).orElse(1L) : 1L;
    }

    /** What the table could place: the budget, or with chips its people's chips (all it placed, when the count is not known). */
    private static long capacity(AntwerpRules rules, ProcessEvent.BudgetSplit split) {
        long placed = split.amounts().values().stream().mapToLong(Long::longValue).sum();
        return rules.chips().map(chips -> split.participants().map(chips::capacity).orElse(Math.max(1, placed)))
                .orElse(rules.budget());
    }

    private static boolean fits(Map<String, Long> split, List<String> selected, long capacity, Unspent unspent) {
        long placed = selected.stream().mapToLong(theme -> split.getOrDefault(theme, 0L)).sum();
        return selected.containsAll(split.keySet()) && (placed == capacity || unspent == Unspent.ALLOW && placed < capacity);
    }

    /** Scored projects as allocation candidates; a theme that needs no vote funds all (score 1). */
    static List<Candidate> candidates(List<ProjectScoring.ThemeScores> scores) {
        List<Candidate> candidates = new ArrayList<>();
        for (ProjectScoring.ThemeScores theme : scores) {
            for (ProjectScoring.Scored scored : theme.projects()) {
                String score = scored.score().setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
                candidates.add(new Candidate(scored.project().id(), scored.project().title(), theme.theme(),
                        scored.project().cost(), scored.score(), score, scored.liveVotes() + " + " + scored.onlineVotes(),
                        scored.liveVotes(), candidates.size()));
            }
        }
        return candidates;
    }

    /** Themes that can fund all their feasible projects without a vote. */
    public Map<String, Boolean> withoutVote() {
        Map<String, Boolean> result = new LinkedHashMap<>();
        scores.forEach(theme -> result.put(theme.theme(), theme.fundedWithoutVote()));
        return result;
    }
}
