package tafel.antwerp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tafel.budgeting.ApprovalProfile;
import tafel.budgeting.EqualShares;
import tafel.budgeting.Outcome;

/**
 * Step 3 by the Method of Equal Shares ({@code project_rule: equal-shares}): per theme, its budget
 * is shared out over the ballots that name at least one of its projects — every table's choice in
 * a round and every online voter — with cost utilities and Add1 (in steps of 0.5 % of a ballot's
 * first share), no greedy completion. The two
 * sides weigh as in the score: all tables' ballots together carry {@code 1 − online_weight} of the
 * money, all online ballots {@code online_weight}, whatever their numbers; this is done by counting
 * each table's ballot and each online ballot a whole number of times in that ratio. A theme whose
 * budget covers all its projects funds them all without a vote, as with the score.
 */
public final class ThemeEqualShares {

    /** Ballots counted more often than this in total are counted in the nearest smaller ratio (a relative error below 1e-6). */
    private static final long MOST_COUNTED = 1_000_000;
    /**
     * Add1 raises what every ballot starts with in steps of this part of its first share (0.5 %):
     * fine enough to spend nearly all a theme can, coarse enough for a few hundred runs at most.
     */
    private static final long STEPS_PER_SHARE = 200;

    private ThemeEqualShares() {
    }

    /** @return per theme, the ids of its funded projects in the order Equal Shares funded them */
    public static Map<String, List<String>> fund(List<ProjectScoring.ThemeScores> scores, List<List<String>> tables,
                                                 List<List<String>> online, BigDecimal onlineWeight) {
        Map<String, List<String>> funded = new LinkedHashMap<>();
        for (ProjectScoring.ThemeScores theme : scores) {
            List<String> ids = theme.projects().stream().map(scored -> scored.project().id()).toList();
            if (theme.fundedWithoutVote()) {
                funded.put(theme.theme(), ids);
                continue;
            }
            Map<String, Integer> index = new HashMap<>();
            ids.forEach(id -> index.put(id, index.size()));
            List<Set<Integer>> tableBallots = within(tables, index);
            List<Set<Integer>> onlineBallots = within(online, index);
            long[] counted = timesCounted(tableBallots.size(), onlineBallots.size(), onlineWeight);
            List<Set<Integer>> ballots = new ArrayList<>();
            tableBallots.forEach(ballot -> ballots.addAll(Collections.nCopies((int) counted[0], ballot)));
            onlineBallots.forEach(ballot -> ballots.addAll(Collections.nCopies((int) counted[1], ballot)));
            if (ballots.isEmpty() || theme.budget() <= 0) {
                funded.put(theme.theme(), List.of());
                continue;
            }
            // money in units fine enough that a ballot's first share is at least STEPS_PER_SHARE of them
            long scale = Math.max(1, -Math.floorDiv(-Math.multiplyExact(STEPS_PER_SHARE, (long) ballots.size()), theme.budget()));
            long step = Math.max(1, Math.multiplyExact(theme.budget(), scale) / ballots.size() / STEPS_PER_SHARE);
            List<ApprovalProfile.Proposal> proposals = theme.projects().stream().map(scored -> new ApprovalProfile.Proposal(
                    scored.project().id(), Math.multiplyExact(scored.project().cost(), scale))).toList();
            Outcome outcome = EqualShares.add1(new ApprovalProfile(Math.multiplyExact(theme.budget(), scale), proposals, ballots),
                    EqualShares.Utility.COST, step);
            funded.put(theme.theme(), outcome.funded().stream().map(ids::get).toList());
        }
        return funded;
    }

    private static List<Set<Integer>> within(List<List<String>> ballots, Map<String, Integer> index) {
        List<Set<Integer>> within = new ArrayList<>();
        for (List<String> ballot : ballots) {
            Set<Integer> named = new HashSet<>();
            ballot.stream().filter(index::containsKey).forEach(id -> named.add(index.get(id)));
            if (!named.isEmpty()) {
                within.add(Set.copyOf(named));
            }
        }
        return within;
    }

    /**
     * How many times a table's ballot and an online ballot count, so that the tables' ballots
     * together are to the online ones as {@code 1 − w} to {@code w}; one side alone counts once.
     */
    static long[] timesCounted(int tables, int online, BigDecimal weight) {
        if (online == 0 || weight.signum() == 0) {
            return new long[] {1, 0};
        }
        if (tables == 0 || weight.compareTo(BigDecimal.ONE) >= 0) {
            return new long[] {0, 1};
        }
        BigInteger denominator = BigInteger.TEN.pow(Math.max(0, weight.scale()));
        BigInteger numerator = weight.movePointRight(Math.max(0, weight.scale())).toBigIntegerExact();
        BigInteger table = denominator.subtract(numerator).multiply(BigInteger.valueOf(online));
        BigInteger person = numerator.multiply(BigInteger.valueOf(tables));
        BigInteger common = table.gcd(person);
        table = table.divide(common);
        person = person.divide(common);
        BigInteger total = table.multiply(BigInteger.valueOf(tables)).add(person.multiply(BigInteger.valueOf(online)));
        if (total.compareTo(BigInteger.valueOf(MOST_COUNTED)) <= 0) {
            return new long[] {table.longValueExact(), person.longValueExact()};
        }
        // as many online counts as fit, the tables' in the ratio: the larger number carries the precision
        double ratio = table.doubleValue() / person.doubleValue();
        long personCount = Math.max(1, (long) Math.floor(MOST_COUNTED / (tables * ratio + online)));
        return new long[] {Math.max(1, Math.round(ratio * personCount)), personCount};
    }
}
