package tafel.antwerp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step 3's scores: within each theme, a project's score is
 * {@code w_live · live/total_live + w_online · online/total_online}, where live votes are the
 * tables' choices (one per table that chose it) and online votes the individual ones. Each side
 * is a fixed share whatever the number of voters; with no votes on one side, the other side is
 * everything. Optionally the votes of small projects are multiplied (e.g. × 2 when the cost is at
 * most € 5,000). A theme whose budget covers all its feasible projects needs no vote.
 */
public final class ProjectScoring {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private ProjectScoring() {
    }

    /** How votes count: weights (adding up to 1) and the optional small-project multiplier. */
    public record Weights(BigDecimal live, BigDecimal online, Optional<Long> smallProjectLimit,
                          BigDecimal smallProjectFactor, ScoreMethod method, int perBallot) {
        public Weights(BigDecimal live, BigDecimal online, Optional<Long> smallProjectLimit, BigDecimal smallProjectFactor) {
            this(live, online, smallProjectLimit, smallProjectFactor, ScoreMethod.WEIGHTED_SHARE, 1);
        }

        public static Weights of(BigDecimal onlineWeight) {
            return new Weights(BigDecimal.ONE.subtract(onlineWeight), onlineWeight, Optional.empty(), BigDecimal.ONE);
        }

        /** What a choice is worth at this place on a ballot: 1, or with Borda the places left (3-2-1). */
        long points(int place) {
            return method == ScoreMethod.BORDA ? Math.max(1, perBallot - place) : 1;
        }

        BigDecimal factorFor(long cost) {
            return smallProjectLimit.filter(limit -> cost <= limit).map(limit -> smallProjectFactor).orElse(BigDecimal.ONE);
        }
    }

    public record Scored(Project project, long liveVotes, long onlineVotes, BigDecimal score) {
    }

    public record ThemeScores(String theme, long budget, boolean fundedWithoutVote, List<Scored> projects) {
        public ThemeScores {
            projects = List.copyOf(projects);
        }
    }

    /**
     * @param themeBudgets cents per theme id, in report order
     * @param tableChoices each table's chosen project ids (one list per table and round)
     * @param onlineVotes  online votes per project id (already one per voter and project)
     */
    public static List<ThemeScores> score(List<Project> projects, Map<String, Long> themeBudgets,
                                          List<List<String>> tableChoices, Map<String, Long> onlineVotes,
                                          Weights weights) {
        return score(projects, themeBudgets, tableChoices, onlineVotes, List.of(), weights);
    }

    /**
     * @param onlineBallots each online voter's choices in the order given, for Borda's points (the
     *                      counts in {@code onlineVotes} are used otherwise)
     */
    public static List<ThemeScores> score(List<Project> projects, Map<String, Long> themeBudgets,
                                          List<List<String>> tableChoices, Map<String, Long> onlineVotes,
                                          List<List<String>> onlineBallots, Weights weights) {
        return score(projects, themeBudgets, tableChoices, tableChoices.stream().map(choice -> 1L).toList(), onlineVotes,
                onlineBallots, weights);
    }

    /**
     * @param tableWeights per table choice, how many votes it is: 1, or the people at the table
     *                     (Groningen: a table's choice counts as many votes as people sit at it)
     */
    public static List<ThemeScores> score(List<Project> projects, Map<String, Long> themeBudgets,
                                          List<List<String>> tableChoices, List<Long> tableWeights,
                                          Map<String, Long> onlineVotes, List<List<String>> onlineBallots, Weights weights) {
        Map<String, Long> live = points(tableChoices, tableWeights, weights);
        if (weights.method() == ScoreMethod.BORDA && !onlineBallots.isEmpty()) {
            onlineVotes = points(onlineBallots, onlineBallots.stream().map(ballot -> 1L).toList(), weights);
        }
        List<ThemeScores> result = new ArrayList<>();
        for (Map.Entry<String, Long> theme : themeBudgets.entrySet()) {
            List<Project> feasible = projects.stream()
                    .filter(project -> project.feasible() && project.theme().equals(theme.getKey())).toList();
            long totalCost = feasible.stream().map(Project::cost).reduce(0L, Math::addExact);
            boolean withoutVote = totalCost <= theme.getValue();
            BigDecimal liveTotal = BigDecimal.ZERO;
            BigDecimal onlineTotal = BigDecimal.ZERO;
            Map<String, BigDecimal[]> weighted = new LinkedHashMap<>();
            for (Project project : feasible) {
                BigDecimal factor = weights.factorFor(project.cost());
                BigDecimal liveCount = BigDecimal.valueOf(live.getOrDefault(project.id(), 0L)).multiply(factor);
                BigDecimal onlineCount = BigDecimal.valueOf(onlineVotes.getOrDefault(project.id(), 0L)).multiply(factor);
                weighted.put(project.id(), new BigDecimal[] {liveCount, onlineCount});
                liveTotal = liveTotal.add(liveCount);
                onlineTotal = onlineTotal.add(onlineCount);
            }
            // the mean of percentages: each channel that voted counts alike, whatever online_weight says
            BigDecimal bothWeigh = weights.method() == ScoreMethod.MEAN_OF_PERCENTAGES ? new BigDecimal("0.5") : weights.live();
            BigDecimal liveWeight = onlineTotal.signum() == 0 ? BigDecimal.ONE : liveTotal.signum() == 0 ? BigDecimal.ZERO : bothWeigh;
            BigDecimal onlineWeight = BigDecimal.ONE.subtract(liveWeight);
            List<Scored> scored = new ArrayList<>();
            for (Project project : feasible) {
                BigDecimal[] counts = weighted.get(project.id());
                BigDecimal score = share(liveWeight, counts[0], liveTotal).add(share(onlineWeight, counts[1], onlineTotal));
                scored.add(new Scored(project, live.getOrDefault(project.id(), 0L),
                        onlineVotes.getOrDefault(project.id(), 0L), score));
            }
            result.add(new ThemeScores(theme.getKey(), theme.getValue(), withoutVote, scored));
        }
        return result;
    }

    /**
     * A jury's points mixed in (Gent: 70 % public, 30 % jury): per theme where the jury gave points,
     * score = (1 − weight) × the public score + weight × the project's share of the jury's points.
     */
    public static List<ThemeScores> withJury(List<ThemeScores> scores, Map<String, BigDecimal> jury, BigDecimal weight) {
        if (weight.signum() == 0 || jury.isEmpty()) {
            return scores;
        }
        List<ThemeScores> mixed = new ArrayList<>();
        for (ThemeScores theme : scores) {
            BigDecimal total = theme.projects().stream().map(scored -> jury.getOrDefault(scored.project().id(), BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.signum() == 0) {
                mixed.add(theme);
                continue;
            }
            List<Scored> projects = new ArrayList<>();
            for (Scored scored : theme.projects()) {
                BigDecimal fromPublic = BigDecimal.ONE.subtract(weight).multiply(scored.score());
                BigDecimal fromJury = share(weight, jury.getOrDefault(scored.project().id(), BigDecimal.ZERO), total);
                projects.add(new Scored(scored.project(), scored.liveVotes(), scored.onlineVotes(), fromPublic.add(fromJury)));
            }
            mixed.add(new ThemeScores(theme.theme(), theme.budget(), theme.fundedWithoutVote(), projects));
        }
        return mixed;
    }

    /** Per project, its votes (one per ballot) or Borda points (by place on the ballot). */
    private static Map<String, Long> points(List<List<String>> ballots, List<Long> ballotWeights, Weights weights) {
        Map<String, Long> points = new HashMap<>();
        for (int b = 0; b < ballots.size(); b++) {
            List<String> distinct = ballots.get(b).stream().distinct().toList();
            for (int place = 0; place < distinct.size(); place++) {
                points.merge(distinct.get(place), Math.multiplyExact(weights.points(place), ballotWeights.get(b)), Long::sum);
            }
        }
        return points;
    }

    private static BigDecimal share(BigDecimal weight, BigDecimal votes, BigDecimal total) {
        if (total.signum() == 0 || weight.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return weight.multiply(votes).divide(total, PRECISION);
    }
}
