package tafel.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * The search for groups no construction covers: a greedy start (round by round, each person to
 * the table where they know fewest) and a tabu search on swaps inside a round (after Dotú &amp;
 * Van Hentenryck), with the cost: repeated meetings, avoid pairs at one table (heavier), and
 * roles off their even share. It stops at cost 0 or at the time limit and returns the best plan
 * found with its repeats — it never claims a repeat-free plan it does not have.
 */
final class SwapSearch {

    private static final int AVOID_WEIGHT = 50;
    private static final int MIX_WEIGHT = 2;

    private final List<Person> people;
    private final int n;
    private final int tables;
    private final int rounds;
    private final int[] sizes;
    private final boolean[][] avoid;
    private final boolean[] mixRole;
    private final int[] mixLow;
    private final int[] mixHigh;
    private final int[] fixed;
    private final int[][] seat;         // seat[round][person] = table
    private final int[][][] members;    // members[round][table] = people
    private final int[][] meet;         // meet[a][b] = meetings so far
    private final SplittableRandom random;

    SwapSearch(TableProblem problem, long seed) {
        this.people = problem.people;
        this.n = problem.n;
        this.tables = problem.tables;
        this.rounds = problem.rounds;
        this.sizes = problem.sizes;
        this.avoid = problem.avoid;
        this.mixRole = problem.mixRole;
        this.mixLow = problem.mixLow;
        this.mixHigh = problem.mixHigh;
        this.fixed = problem.fixed;
        this.seat = new int[rounds][n];
        this.members = new int[rounds][tables][];
        this.meet = new int[n][n];
        this.random = new SplittableRandom(seed);
    }

    /** The greedy plan alone: the baseline the search is measured against. */
    TablePlan greedy(long seed) {
        greedyStart(() -> false);
        return snapshot(seed, false);
    }

    /**
     * Seats every round greedily. When {@code outOfTime} says the time limit has passed (a large
     * group can take seconds here), the remaining people go to the first table with room, so a
     * complete plan is still ready within the limit; its repeats are counted and reported as any.
     */
    private void greedyStart(BooleanSupplier outOfTime) {
        boolean hurry = false;
        for (int round = 0; round < rounds; round++) {
            int[] filled = new int[tables];
            int[] mixCount = new int[tables];
            List<List<Integer>> placed = new ArrayList<>();
            for (int t = 0; t < tables; t++) {
                placed.add(new ArrayList<>());
            }
            Integer[] order = new Integer[n];
            for (int a = 0; a < n; a++) {
                order[a] = a;
            }
            shuffle(order);
            // fixed seats first, then the mixed role (so it spreads), then everyone else
            Arrays.sort(order, (x, y) -> Integer.compare(rank(y), rank(x)));
            int seated = 0;
            for (int a : order) {
                if (!hurry && (seated++ & 63) == 0) {
                    hurry = outOfTime.getAsBoolean();
                }
                int best = -1;
                long bestCost = Long.MAX_VALUE;
                for (int t = 0; t < tables; t++) {
                    if (filled[t] >= sizes[t] || (fixed[a] >= 0 && fixed[a] != t)) {
                        continue;
                    }
                    if (hurry) {
                        best = t;
                        break;
                    }
                    long cost = 0;
                    for (int other : placed.get(t)) {
                        cost += meet[a][other] * 4L + (avoid[a][other] ? AVOID_WEIGHT * 4L : 0);
                    }
                    if (mixRole[a] && mixCount[t] >= mixHigh[t]) {
                        cost += MIX_WEIGHT * 4L;
                    }
                    cost = cost * 8 + filled[t];
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = t;
                    }
                }
                placed.get(best).add(a);
                filled[best]++;
                if (mixRole[a]) {
                    mixCount[best]++;
                }
                for (int other : placed.get(best)) {
                    if (other != a) {
                        meet[a][other]++;
                        meet[other][a]++;
                    }
                }
                seat[round][a] = best;
            }
            for (int t = 0; t < tables; t++) {
                members[round][t] = placed.get(t).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    private int rank(int a) {
        return (fixed[a] >= 0 ? 2 : 0) + (mixRole[a] ? 1 : 0);
    }

    private void shuffle(Integer[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    private long cost() {
        long cost = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                cost += Math.max(0, meet[a][b] - 1);
            }
        }
        long penalty = 0;
        for (int round = 0; round < rounds; round++) {
            for (int t = 0; t < tables; t++) {
                int[] table = members[round][t];
                int mixed = 0;
                for (int i = 0; i < table.length; i++) {
                    mixed += mixRole[table[i]] ? 1 : 0;
                    for (int j = i + 1; j < table.length; j++) {
                        penalty += avoid[table[i]][table[j]] ? AVOID_WEIGHT : 0;
                    }
                }
                penalty += mixPenalty(t, mixed) * MIX_WEIGHT;
            }
        }
        return cost + penalty;
    }

    private int mixPenalty(int table, int count) {
        return Math.max(0, count - mixHigh[table]) + Math.max(0, mixLow[table] - count);
    }

    private int mixCount(int round, int table) {
        int count = 0;
        for (int member : members[round][table]) {
            count += mixRole[member] ? 1 : 0;
        }
        return count;
    }

    /** The change in cost if a and b (at different tables in this round) swap seats. */
    private long delta(int round, int a, int b) {
        int ta = seat[round][a];
        int tb = seat[round][b];
        long delta = 0;
        for (int x : members[round][ta]) {
            if (x != a) {
                delta += (meet[a][x] >= 2 ? -1 : 0) + (meet[b][x] >= 1 ? 1 : 0);
                delta += ((avoid[b][x] ? 1 : 0) - (avoid[a][x] ? 1 : 0)) * (long) AVOID_WEIGHT;
            }
        }
        for (int y : members[round][tb]) {
            if (y != b) {
                delta += (meet[b][y] >= 2 ? -1 : 0) + (meet[a][y] >= 1 ? 1 : 0);
                delta += ((avoid[a][y] ? 1 : 0) - (avoid[b][y] ? 1 : 0)) * (long) AVOID_WEIGHT;
            }
        }
        if (mixRole[a] != mixRole[b]) {
            int ca = mixCount(round, ta);
            int cb = mixCount(round, tb);
            int shift = mixRole[a] ? -1 : 1; // table A loses a's role and gains b's
            delta += (long) MIX_WEIGHT * (mixPenalty(ta, ca + shift) - mixPenalty(ta, ca)
                    + mixPenalty(tb, cb - shift) - mixPenalty(tb, cb));
        }
        return delta;
    }

    private void swap(int round, int a, int b) {
        int ta = seat[round][a];
        int tb = seat[round][b];
        for (int x : members[round][ta]) {
            if (x != a) {
                meet[a][x]--;
                meet[x][a]--;
                meet[b][x]++;
                meet[x][b]++;
            }
        }
        for (int y : members[round][tb]) {
            if (y != b) {
                meet[b][y]--;
                meet[y][b]--;
                meet[a][y]++;
                meet[y][a]++;
            }
        }
        replace(members[round][ta], a, b);
        replace(members[round][tb], b, a);
        seat[round][a] = tb;
        seat[round][b] = ta;
    }

    private static void replace(int[] table, int from, int to) {
        for (int i = 0; i < table.length; i++) {
            if (table[i] == from) {
                table[i] = to;
                return;
            }
        }
    }

    /** Whether a person is part of the cost in this round: a repeat, an avoid pair, or a table off its role mix. */
    private boolean inConflict(int round, int a) {
        int t = seat[round][a];
        for (int x : members[round][t]) {
            if (x != a && (meet[a][x] >= 2 || avoid[a][x])) {
                return true;
            }
        }
        return mixPenalty(t, mixCount(round, t)) > 0;
    }

    TablePlan search(TablePlanner.Limits limits, long seed, long start) {
        greedyStart(() -> limits.clock().getAsLong() - start >= limits.timeLimitNanos());
        long current = cost();
        long best = current;
        TablePlan bestPlan = snapshot(seed, current == 0);
        long[][][] tabu = new long[rounds][n][tables];
        long iteration = 0;
        long sinceImprovement = 0;
        int tenure = Math.max(5, n / 8);
        while (current > 0) {
            iteration++;
            // One pass over the neighbourhood of a large group takes seconds, so the clock is read
            // every pass and inside it, not every 64 passes: the time limit holds within a tenth
            long elapsed = limits.clock().getAsLong() - start;
            if (elapsed >= limits.timeLimitNanos()) {
                break;
            }
            if ((iteration & 63) == 0) {
                limits.progress().accept(limits.fraction(elapsed));
            }
            boolean outOfTime = false;
            // The whole neighbourhood: every swap of a person in conflict with anyone at another
            // table of the same round, over all rounds; the best non-tabu one (ties at random).
            long bestDelta = Long.MAX_VALUE;
            int bestA = -1;
            int bestB = -1;
            int round = -1;
            int ties = 0;
            for (int r = 0; r < rounds && !outOfTime; r++) {
                for (int a = 0; a < n; a++) {
                    if ((a & 31) == 0 && n > 200 && limits.clock().getAsLong() - start >= limits.timeLimitNanos()) {
                        outOfTime = true;
                        break;
                    }
                    if (fixed[a] >= 0 || !inConflict(r, a)) {
                        continue;
                    }
                    for (int b = 0; b < n; b++) {
                        if (fixed[b] >= 0 || seat[r][a] == seat[r][b] || (b < a && inConflict(r, b))) {
                            continue;
                        }
                        long delta = delta(r, a, b);
                        boolean isTabu = tabu[r][a][seat[r][b]] > iteration || tabu[r][b][seat[r][a]] > iteration;
                        if (isTabu && current + delta >= best) {
                            continue;
                        }
                        if (delta < bestDelta) {
                            bestDelta = delta;
                            bestA = a;
                            bestB = b;
                            round = r;
                            ties = 1;
                        } else if (delta == bestDelta && random.nextInt(++ties) == 0) {
                            bestA = a;
                            bestB = b;
                            round = r;
                        }
                    }
                }
            }
            if (outOfTime) {
                break;
            }
            if (bestA < 0) {
                continue;
            }
            tabu[round][bestA][seat[round][bestA]] = iteration + tenure + random.nextInt(tenure);
            tabu[round][bestB][seat[round][bestB]] = iteration + tenure + random.nextInt(tenure);
            swap(round, bestA, bestB);
            current += bestDelta;
            if (current < best) {
                best = current;
                bestPlan = snapshot(seed, current == 0);
                sinceImprovement = 0;
            } else if (++sinceImprovement > 1_000L + 10L * n) {
                // Stuck: shake a few random swaps and go on from there.
                for (int k = 0; k < Math.max(2, n / 8); k++) {
                    int r = random.nextInt(rounds);
                    int a = random.nextInt(n);
                    int b = random.nextInt(n);
                    if (fixed[a] < 0 && fixed[b] < 0 && seat[r][a] != seat[r][b]) {
                        current += delta(r, a, b);
                        swap(r, a, b);
                    }
                }
                sinceImprovement = 0;
            }
        }
        limits.progress().accept(1.0);
        return bestPlan;
    }

    private TablePlan snapshot(long seed, boolean optimal) {
        List<List<List<Integer>>> plan = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<List<Integer>> roundTables = new ArrayList<>();
            for (int t = 0; t < tables; t++) {
                List<Integer> table = new ArrayList<>();
                for (int member : members[round][t]) {
                    table.add(member);
                }
                table.sort(Integer::compare);
                roundTables.add(table);
            }
            plan.add(roundTables);
        }
        return new TablePlan(people, plan, seed, optimal);
    }
}

