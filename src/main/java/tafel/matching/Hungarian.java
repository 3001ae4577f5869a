package tafel.matching;

import java.util.Arrays;

/**
 * The assignment problem, solved exactly: the Hungarian method with potentials (Kuhn–Munkres in
 * the O(n²·m) form), on whole numbers so that no rounding can make it loop or miss the optimum.
 * Rows are assigned to distinct columns; there must be no more rows than columns.
 */
public final class Hungarian {

    private Hungarian() {
    }

    /**
     * @param cost {@code cost[row][column]}, all rows the same length, rows ≤ columns
     * @return for each row the column it gets, minimising the total cost
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
                    if (!used[j]) {
                        long current = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (current < minv[j]) {
                            minv[j] = current;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
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
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                assignment[p[j] - 1] = j - 1;
            }
        }
        return assignment;
    }
}
