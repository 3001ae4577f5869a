package tafel.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A quick way to a heavier panel, tried before the integer program: from the heaviest panel known,
 * swap one member for one outsider while that adds weight and keeps every quota and household
 * rule. Column generation needs only some panel that weighs more than the bound; the exact program
 * is kept for proving that none does, which is where the time went.
 */
final class PanelSwaps {

    private final PanelSpec spec;
    private final int[][] quotasOf;
    private final int[] homeOf;
    private final int households;
    /** Per person, whether each quota counts them: asked for every candidate swap. */
    private final boolean[][] counts;
    /** Per person, their kind ({@link Kinds}): one of a kind that cannot come in at a weight, no one of it can. */
    private final int[] kindOf;

    PanelSwaps(PanelSpec spec) {
        this.spec = spec;
        int people = spec.pool().size();
        int[][] members = spec.members();
        List<List<Integer>> of = new ArrayList<>();
        for (int person = 0; person < people; person++) {
            of.add(new ArrayList<>());
        }
        for (int q = 0; q < members.length; q++) {
            for (int person : members[q]) {
                of.get(person).add(q);
            }
        }
        quotasOf = of.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        counts = new boolean[people][members.length];
        for (int person = 0; person < people; person++) {
            for (int q : quotasOf[person]) {
                counts[person][q] = true;
            }
        }
        kindOf = Kinds.of(spec).kindOf();
        homeOf = new int[people];
        Arrays.fill(homeOf, -1);
        List<int[]> homes = spec.households();
        households = homes.size();
        for (int h = 0; h < homes.size(); h++) {
            for (int person : homes.get(h)) {
                homeOf[person] = h;
            }
        }
    }

    /** A panel weighing more than {@code target}, climbed to from one of the heaviest of {@code known}, or empty. */
    Optional<int[]> heavier(List<int[]> known, double[] weights, double target) {
        return heavier(known, weights, target, 1).stream().findFirst();
    }

    /**
     * Up to {@code most} different panels weighing more than {@code target}, each climbed to from one
     * of the heaviest known panels (at most three starts per panel wanted). Several new columns
     * per round of the linear program: one at a time, every new panel cost hundreds of pivots to
     * take in (275,000 pivots at 500 respondents; 16 at a time, 90,000).
     */
    List<int[]> heavier(List<int[]> known, double[] weights, double target, int most) {
        List<int[]> starts = new ArrayList<>(known);
        double[] weightOf = new double[starts.size()];
        Integer[] order = new Integer[starts.size()];
        for (int i = 0; i < starts.size(); i++) {
            weightOf[i] = weight(starts.get(i), weights);
            order[i] = i;
        }
        // heaviest first; equal weights in the order the panels were found, so the same input climbs the same way
        Arrays.sort(order, (a, b) -> weightOf[a] != weightOf[b] ? Double.compare(weightOf[b], weightOf[a]) : Integer.compare(a, b));
        List<int[]> found = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < order.length && i < 3 * most && found.size() < most; i++) {
            int[] climbed = climb(starts.get(order[i]), weights);
            if (weight(climbed, weights) > target && seen.add(Arrays.toString(climbed))) {
                found.add(climbed);
            }
        }
        return found;
    }

    private int[] climb(int[] start, double[] weights) {
        int people = weights.length;
        Integer[] byWeight = new Integer[people];
        for (int person = 0; person < people; person++) {
            byWeight[person] = person;
        }
        Arrays.sort(byWeight, (a, b) -> Double.compare(weights[b], weights[a]));
        boolean[] in = new boolean[people];
        int[] panel = start.clone();
        int[] count = new int[spec.quotas().size()];
        int[] homes = new int[households];
        for (int person : panel) {
            in[person] = true;
            for (int q : quotasOf[person]) {
                count[q]++;
            }
            if (homeOf[person] >= 0) {
                homes[homeOf[person]]++;
            }
        }
        double[] refusedAt = new double[kindOf.length];
        boolean improved = true;
        while (improved) {
            improved = false;
            Arrays.fill(refusedAt, Double.NaN);
            // the heaviest outsider first: the first swap that adds weight is taken
            outer:
            for (int entering : byWeight) {
                if (in[entering] || weights[entering] <= 0 || refusedAt[kindOf[entering]] == weights[entering]) {
                    continue;
                }
                // should no swap take this one, none takes another of the kind at this weight (same quotas, own address)
                refusedAt[kindOf[entering]] = weights[entering];
                for (int at = 0; at < panel.length; at++) {
                    int leaving = panel[at];
                    if (weights[entering] - weights[leaving] > 1e-12 && allowed(leaving, entering, count, homes)) {
                        for (int q : quotasOf[leaving]) {
                            count[q]--;
                        }
                        for (int q : quotasOf[entering]) {
                            count[q]++;
                        }
                        if (homeOf[leaving] >= 0) {
                            homes[homeOf[leaving]]--;
                        }
                        if (homeOf[entering] >= 0) {
                            homes[homeOf[entering]]++;
                        }
                        in[leaving] = false;
                        in[entering] = true;
                        panel[at] = entering;
                        improved = true;
                        break outer;
                    }
                }
            }
        }
        int[] result = panel.clone();
        Arrays.sort(result);
        return result;
    }

    private boolean allowed(int leaving, int entering, int[] count, int[] homes) {
        if (homeOf[entering] >= 0 && homes[homeOf[entering]] - (homeOf[leaving] == homeOf[entering] ? 1 : 0) > 0) {
            return false;
        }
        for (int q : quotasOf[leaving]) {
            if (!holds(entering, q) && count[q] - 1 < spec.quotas().get(q).min()) {
                return false;
            }
        }
        for (int q : quotasOf[entering]) {
            if (!holds(leaving, q) && count[q] + 1 > spec.quotas().get(q).max()) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(int person, int quota) {
        return counts[person][quota];
    }

    private static double weight(int[] panel, double[] weights) {
        double sum = 0;
        for (int person : panel) {
            sum += weights[person];
        }
        return sum;
    }
}
