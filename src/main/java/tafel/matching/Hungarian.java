package tafel.matching;

import java.util.Arrays;

/**
 * The assignment problem, solved exactly: the Hungarian method with potentials (Kuhn–Munkres in
 * the O(n²·m) form), on whole numbers so that no rounding can make it loop or miss the optimum.
 * Rows are assigned to distinct columns; there must be no more rows than columns.
 */
public final class Hungarian {

    /** A cost meaning "this row may not take this column"; a row left with none gets −1. */
    public static final long NO_EDGE = Long.MAX_VALUE;

    private Hungarian() {
    }

    /**
     * @param cost {@code cost[row][column]}, all rows the same length, rows ≤ columns
     * @return for each row the column it gets, minimising the total cost; −1 for a row that can
     *         reach no free column through allowed entries once the rows before it are placed
     */
    public static int[] solve(long[][] cost) {
        int n = cost.length;
        if (n == 0) {
            return new int[0];
        }
        int m = cost[0].length;
        if (n > m) {
            throw new IllegalArgumentException("more rows than columns");
        }
        // 1-based arrays as in the classical formulation; column 0 is the virtual start.
        long[] u = new long[n + 1];
        long[] v = new long[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        rows:
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[m + 1];
            Arrays.fill(minv, Long.MAX_VALUE);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = Long.MAX_VALUE;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j] && cost[i0 - 1][j - 1] != NO_EDGE) {
                        long current = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (current < minv[j]) {
                            minv[j] = current;
                            way[j] = j0;
                        }
                    }
                    if (!used[j] && minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                if (delta == Long.MAX_VALUE) {
                    // no allowed way from this row to a free column: it stays out, the others keep theirs
                    continue rows;
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else if (minv[j] != Long.MAX_VALUE) {
                        // a column no placed row can reach stays unreachable
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] assignment = new int[n];
        java.util.Arrays.fill(assignment, -1);
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                assignment[p[j] - 1] = j - 1;
            }
        }
        return assignment;
    }
}
