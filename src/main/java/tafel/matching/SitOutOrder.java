package tafel.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rounds of an evening put in an order in which nobody sits out twice before everyone has sat
 * out once (after every round, the most and the fewest times anyone sat out differ by at most one).
 * The rounds themselves do not change; a depth-first search over their order, in a fixed order so
 * that the same rounds always come out the same, with a bound on its steps.
 */
final class SitOutOrder {

    private static final int MAX_STEPS = 100_000;

    private SitOutOrder() {
    }

    /** @param groupOf per round, per person of the larger side, their group or −1 (sits out) */
    static Optional<int[][]> fair(int[][] groupOf) {
        int rounds = groupOf.length;
        int people = rounds == 0 ? 0 : groupOf[0].length;
        List<Integer> order = new ArrayList<>();
        boolean[] used = new boolean[rounds];
        int[] satOut = new int[people];
        int[] steps = {0};
        if (!place(groupOf, order, used, satOut, steps)) {
            return Optional.empty();
        }
        int[][] ordered = new int[rounds][];
        for (int r = 0; r < rounds; r++) {
            ordered[r] = groupOf[order.get(r)];
        }
        return Optional.of(ordered);
    }

    private static boolean place(int[][] groupOf, List<Integer> order, boolean[] used, int[] satOut, int[] steps) {
        if (order.size() == groupOf.length) {
            return true;
        }
        for (int r = 0; r < groupOf.length; r++) {
            if (used[r] || ++steps[0] > MAX_STEPS) {
                continue;
            }
            for (int b = 0; b < satOut.length; b++) {
                satOut[b] += groupOf[r][b] < 0 ? 1 : 0;
            }
            if (even(satOut)) {
                used[r] = true;
                order.add(r);
                if (place(groupOf, order, used, satOut, steps)) {
                    return true;
                }
                order.remove(order.size() - 1);
                used[r] = false;
            }
            for (int b = 0; b < satOut.length; b++) {
                satOut[b] -= groupOf[r][b] < 0 ? 1 : 0;
            }
        }
        return false;
    }

    private static boolean even(int[] satOut) {
        int least = Integer.MAX_VALUE;
        int most = Integer.MIN_VALUE;
        for (int count : satOut) {
            least = Math.min(least, count);
            most = Math.max(most, count);
        }
        return satOut.length == 0 || most - least <= 1;
    }
}
