package tafel.antwerp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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
                             int staleSplits, List<Excluded> excluded, Map<String, Long> partialAwards,
                             Optional<PlanChips.Result> plans) {

    public AntwerpOutcome {
        excluded = List.copyOf(excluded);
        partialAwards = Map.copyOf(partialAwards);
    }

    /** Whether the tables placed chips directly on plans (no theme or project step): {@link #plans} says what that decided. */
    public boolean direct() {
        return plans.isPresent();
    }

    /** Why a plan took no part in step 3 although it was on the ballot. */
    public enum Exclusion { BELOW_SHARE, BELOW_VOTES, ABOVE_MAX }

    /** A plan the rules kept out of the allocation, with why. */
    public record Excluded(Candidate candidate, Exclusion why) {
    }

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
        return compute(catalogue, rules, state, onlineSplits, projects, onlineVotes, onlineBallots, Map.of());
    }

    /** @param jury a jury's points per project id, mixed in at the rules' jury weight */
    public static AntwerpOutcome compute(ThemeCatalogue catalogue, AntwerpRules rules, ProcessState state,
                                         List<Map<String, Long>> onlineSplits, List<Project> projects,
                                         Map<String, Long> onlineVotes, List<List<String>> onlineBallots,
                                         Map<String, BigDecimal> jury) {
        if (rules.projectRule() == ProjectRule.CHIPS_ON_PLANS) {
            return chipsOnPlans(catalogue, rules, state, projects);
        }
        List<List<String>> choices = state.themeChoices().stream().map(ProcessEvent.ThemesChosen::themes).toList();
        ThemeTally.Result themes = ThemeTally.tally(catalogue, choices, rules.top(), rules.tieRule(), state.tiePicks(),
                rules.lotSeed());
        List<String> selected = themes.selected().stream().map(Theme::id).toList();
        // A split made over another set of themes (the theme step was corrected afterwards) no
        // longer fits; it is left out and counted, so the results can say so.
        List<ProcessEvent.BudgetSplit> counting = state.budgetSplits().stream()
                .filter(split -> fits(split.amounts(), selected, capacity(rules, split), rules.unspent())).toList();
        // a theme too few of a table's people put money on does not count at that table (Emmen): that money stays unspent
        List<Map<String, Long>> live = counting.stream().map(split -> {
            Map<String, Long> kept = new LinkedHashMap<>(split.amounts());
            kept.replaceAll((theme, amount) -> rules.supported(split, theme) ? amount : 0L);
            return (Map<String, Long>) kept;
        }).toList();
        List<Map<String, Long>> online = onlineSplits.stream()
                .filter(split -> fits(split, selected, rules.themesBudget(), Unspent.REFUSE)).toList();
        int stale = state.budgetSplits().size() - live.size() + onlineSplits.size() - online.size();
        Optional<Map<String, Long>> budgets = Optional.empty();
        if (themes.decided() && !selected.isEmpty() && (!live.isEmpty() || !online.isEmpty())) {
            budgets = Optional.of(BudgetCombination.combine(selected, live,
                    counting.stream().map(split -> weight(rules, split)).toList(),
                    counting.stream().map(split -> capacity(rules, split)).toList(), online,
                    rules.onlineWeight(), rules.themesBudget(), rules.unit(), rules.rounding(), rules.minThemeBudget()));
        }
        List<ProjectScoring.ThemeScores> scores = List.of();
        Optional<Allocation.Result> allocation = Optional.empty();
        List<Excluded> excluded = new ArrayList<>();
        Map<String, Long> partialAwards = new LinkedHashMap<>();
        if (budgets.isPresent() && !projects.isEmpty()) {
            List<List<String>> tables = state.projectChoices().stream().map(ProcessEvent.ProjectsChosen::projects).toList();
            // with project_votes: participants a table's choice counts its people (from its split in step 2; else 1)
            List<Long> tableWeights = state.projectChoices().stream().map(choice -> rules.scoring().votesByParticipants()
                    ? state.budgetSplit(choice.table()).flatMap(ProcessEvent.BudgetSplit::participants).map(Integer::longValue)
                            .orElse(1L) : 1L).toList();
            scores = ProjectScoring.withJury(ProjectScoring.score(projects, budgets.get(), tables, tableWeights, onlineVotes,
                    onlineBallots, rules.weights()), jury, rules.scoring().juryWeight());
            Map<String, Boolean> withoutVote = new LinkedHashMap<>();
            scores.forEach(theme -> withoutVote.put(theme.theme(), theme.fundedWithoutVote()));
            Map<String, Long> votes = new LinkedHashMap<>();
            scores.forEach(theme -> theme.projects().forEach(scored ->
                    votes.put(scored.project().id(), scored.liveVotes() + scored.onlineVotes())));
            List<Candidate> taking = new ArrayList<>();
            for (Candidate candidate : candidates(scores)) {
                Optional<Exclusion> why = exclusion(rules.scoring(), candidate, votes.get(candidate.id()),
                        withoutVote.get(candidate.theme()));
                why.ifPresentOrElse(reason -> excluded.add(new Excluded(candidate, reason)), () -> taking.add(candidate));
            }
            Allocation.Result result = rules.projectRule() == ProjectRule.EQUAL_SHARES
                    ? Allocation.decided(taking, budgets.get(),
                            ThemeEqualShares.fund(scores, tables, onlineBallots, rules.onlineWeight()), rules.leftover(),
                            rules.joker())
                    : Allocation.allocate(taking, budgets.get(), rules.withinTheme(), rules.leftover(), Map.of(), rules.joker());
            if (rules.scoring().partialAward() == PartialAward.NEXT) {
                partialAwards.putAll(partialAwards(result));
            }
            allocation = Optional.of(Allocation.withOut(result, excluded.stream().map(Excluded::candidate).toList()));
        }
        return new AntwerpOutcome(themes, budgets, scores, allocation, stale, excluded, partialAwards, Optional.empty());
    }

    /**
     * Emmen 2023: the tables' chips on the feasible plans are worth their value (the budget × a
     * plan's chips ÷ all chips of all participants when those are worth more than the budget),
     * rounded as the rules say; a plan is funded when that covers its cost. Budgets then holds
     * each plan's worth.
     */
    private static AntwerpOutcome chipsOnPlans(ThemeCatalogue catalogue, AntwerpRules rules, ProcessState state,
                                               List<Project> projects) {
        ThemeTally.Result noThemes = ThemeTally.tally(catalogue, List.of(), rules.top(), rules.tieRule(), List.of(),
                rules.lotSeed());
        List<Project> plans = projects.stream().filter(Project::feasible).toList();
        List<String> ids = plans.stream().map(Project::id).toList();
        List<ProcessEvent.BudgetSplit> counting = state.budgetSplits().stream()
                .filter(split -> fits(split.amounts(), ids, capacity(rules, split), rules.unspent())).toList();
        int stale = state.budgetSplits().size() - counting.size();
        if (plans.isEmpty() || counting.isEmpty()) {
            return new AntwerpOutcome(noThemes, Optional.empty(), List.of(), Optional.empty(), stale, List.of(), Map.of(),
                    Optional.of(PlanChips.decide(plans, Map.of(), Map.of(), rules.budget(), rules.budget(), 0)));
        }
        List<Map<String, Long>> live = counting.stream().map(split -> {
            Map<String, Long> kept = new LinkedHashMap<>(split.amounts());
            kept.replaceAll((plan, amount) -> rules.supported(split, plan) ? amount : 0L);
            return (Map<String, Long>) kept;
        }).toList();
        // a chip is worth its value, unless all the participants' chips together are worth more than
        // the budget: then the budget is shared in proportion, as chips on themes share it
        List<Long> capacities = counting.stream().map(split -> capacity(rules, split)).toList();
        long allChips = capacities.stream().mapToLong(Long::longValue).sum();
        long payable = Math.min(rules.budget(), allChips) / rules.unit() * rules.unit();
        Map<String, Long> worth = payable == 0 ? Map.of() : worth(ids, live, capacities, payable, rules);
        // what the chips are worth that the support rule kept out: all placed chips' worth less what counted
        long unsupported = payable == 0 ? 0 : sum(worth(ids, counting.stream().map(ProcessEvent.BudgetSplit::amounts).toList(),
                capacities, payable, rules)) - sum(worth);
        long chipValue = rules.chips().map(Chips::value).orElse(1L);
        Map<String, Long> chips = new LinkedHashMap<>();
        live.forEach(split -> split.forEach((plan, cents) -> chips.merge(plan, cents / chipValue, Long::sum)));
        return new AntwerpOutcome(noThemes, Optional.of(worth), List.of(), Optional.empty(), stale, List.of(), Map.of(),
                Optional.of(PlanChips.decide(plans, worth, chips, rules.budget(), payable, unsupported)));
    }

    private static Map<String, Long> worth(List<String> ids, List<Map<String, Long>> splits, List<Long> capacities,
                                           long payable, AntwerpRules rules) {
        return BudgetCombination.combine(ids, splits, splits.stream().map(split -> 1L).toList(), capacities, List.of(),
                BigDecimal.ZERO, payable, rules.unit(), rules.rounding(), Optional.empty());
    }

    private static long sum(Map<String, Long> amounts) {
        return amounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A plan below the least share of its theme's score, or above the most a plan may cost, takes no part. */
    private static Optional<Exclusion> exclusion(ScoringRules rules, Candidate candidate, long votes, boolean themeWithoutVote) {
        if (rules.maxPerPlan().filter(most -> candidate.cost() > most).isPresent()) {
            return Optional.of(Exclusion.ABOVE_MAX);
        }
        if (!themeWithoutVote && rules.minShare().filter(least -> candidate.score().compareTo(least) < 0).isPresent()) {
            return Optional.of(Exclusion.BELOW_SHARE);
        }
        if (!themeWithoutVote && rules.minVotes().filter(least -> votes < least).isPresent()) {
            return Optional.of(Exclusion.BELOW_VOTES);
        }
        return Optional.empty();
    }

    /** Per theme with money left, the first plan by rank that was not funded gets what is left (Zwolle). */
    private static Map<String, Long> partialAwards(Allocation.Result result) {
        Map<String, Long> awards = new LinkedHashMap<>();
        result.themeRemaining().forEach((theme, left) -> {
            if (left > 0) {
                result.rows().stream().filter(row -> row.candidate().theme().equals(theme) && !row.funded())
                        .min(Comparator.comparingInt(Allocation.Row::rank))
                        .ifPresent(row -> awards.put(row.candidate().id(), left));
            }
        });
        return awards;
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
                .orElse(rules.themesBudget());
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
