package tafel.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

import tafel.text.Phrase;

/**
 * Rotating tables where nobody meets twice: the Social Golfer Problem. Tables of K (sizes differ
 * by at most one) for R rounds, roles mixed evenly over the tables, avoid pairs apart, fixed
 * seats kept. Exact constructions where one exists (affine planes: p² people at tables of a
 * prime p for up to p + 1 rounds; rounds turned from one base round, see {@link CyclicConstruction});
 * otherwise a greedy start and a tabu search on swaps inside a
 * round (after Dotú &amp; Van Hentenryck), with the cost: repeated meetings, avoid pairs at one
 * table (heavier), and roles off their even share. It stops at cost 0 or at the time limit and
 * reports the best plan found with its repeats — it never claims a repeat-free plan it does not
 * have.
 */
public final class TablePlanner {

    private static final int AVOID_WEIGHT = 50;
    private static final int MIX_WEIGHT = 2;
    /** 28/4/9 needs under 25,000 steps; a step budget (not a time) keeps the result the same on every machine. */
    private static final long CYCLIC_STEP_BUDGET = 40_000;
    private static final long SEAT_SEARCH_STEPS = 20_000;

    private final List<Person> people;
    private final int n;
    private final int tables;
    private final int rounds;
    private final int[] sizes;
    private final int[][] seat;         // seat[round][person] = table
    private final int[][][] members;    // members[round][table] = people
    private final int[][] meet;         // meet[a][b] = meetings so far
    private final boolean[][] avoid;
    private final boolean[] mixRole;
    private final int[] mixLow;
    private final int[] mixHigh;
    private final int[] fixed;          // fixed table or -1
    private final SplittableRandom random;

    /** Why a plan cannot be made at all (too many fixed seats for a table, …). */
    public static final class Infeasible extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Phrase reason;

        Infeasible(Phrase reason) {
            super(reason.key());
            this.reason = reason;
        }

        public Phrase reason() {
            return reason;
        }
    }

    /** Search settings; {@code clock} gives nanoseconds (injected, so the domain reads no clock). */
    public record Limits(long timeLimitNanos, LongSupplier clock, DoubleConsumer progress) {
        public static Limits none() {
            return new Limits(Long.MAX_VALUE, () -> 0L, fraction -> { });
        }
    }

    private TablePlanner(List<Person> people, int tableSize, int rounds, Optional<String> mix, long seed) {
        this.people = List.copyOf(people);
        this.n = people.size();
        this.tables = Math.max(1, (n + tableSize - 1) / tableSize);
        this.rounds = rounds;
        this.sizes = new int[tables];
        for (int t = 0; t < tables; t++) {
            sizes[t] = n / tables + (t < n % tables ? 1 : 0);
        }
        this.seat = new int[rounds][n];
        this.members = new int[rounds][tables][];
        this.meet = new int[n][n];
        this.avoid = new boolean[n][n];
        this.mixRole = new boolean[n];
        this.fixed = new int[n];
        this.random = new SplittableRandom(seed);
        for (int a = 0; a < n; a++) {
            Person person = people.get(a);
            fixed[a] = person.fixedTable().map(table -> table - 1).orElse(-1);
            mixRole[a] = mix.map(role -> role.equalsIgnoreCase(person.role())).orElse(false);
            for (int b = 0; b < n; b++) {
                avoid[a][b] = a != b && (person.avoid().contains(people.get(b).id()) || people.get(b).avoid().contains(person.id()));
            }
        }
        int mixed = 0;
        for (boolean role : mixRole) {
            mixed += role ? 1 : 0;
        }
        this.mixLow = new int[tables];
        this.mixHigh = new int[tables];
        for (int t = 0; t < tables; t++) {
            double share = n == 0 ? 0 : (double) mixed * sizes[t] / n;
            mixLow[t] = (int) Math.floor(share);
            mixHigh[t] = (int) Math.ceil(share);
        }
    }

    public static TablePlan plan(List<Person> people, int tableSize, int rounds, Optional<String> mix, long seed,
                                 Limits limits) {
        if (tableSize < 2) {
            throw new Infeasible(Phrase.of("tables.size.small"));
        }
        TablePlanner planner = new TablePlanner(people, tableSize, rounds, mix, seed);
        planner.checkFixedSeats();
        long start = limits.clock().getAsLong();
        Optional<TablePlan> lines = planner.fieldLines(seed, limits, start);
        if (lines.isPresent()) {
            limits.progress().accept(1.0);
            return lines.get();
        }
        Optional<TablePlan> exact = planner.twinRings(tableSize, mix, seed, limits, start)
                .or(() -> planner.cyclic(tableSize, mix, seed, limits, start));
        if (exact.isPresent()) {
            limits.progress().accept(1.0);
            return planner.shuffledBySeed(exact.get(), seed);
        }
        return planner.search(limits, seed, start);
    }

    /**
     * A construction's plan with the people shuffled by the seed: every seed gives an equally good
     * plan. (These constructions only run without a role mix, avoid pairs or fixed tables;
     * {@link FieldLines} shuffles as it seats people.)
     */
    private TablePlan shuffledBySeed(TablePlan plan, long seed) {
        int[] newPerson = new int[n];
        for (boolean role : new boolean[] {true, false}) {
            Integer[] group = IntStream.range(0, n).filter(a -> mixRole[a] == role).boxed().toArray(Integer[]::new);
            Integer[] shuffled = group.clone();
            shuffle(shuffled);
            for (int i = 0; i < group.length; i++) {
                newPerson[group[i]] = shuffled[i];
            }
        }
        List<List<List<Integer>>> seats = new ArrayList<>();
        for (List<List<Integer>> round : plan.seats()) {
            List<List<Integer>> tablesOfRound = new ArrayList<>();
            for (List<Integer> table : round) {
                tablesOfRound.add(table.stream().map(a -> newPerson[a]).sorted().toList());
            }
            tablesOfRound.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
            seats.add(tablesOfRound);
        }
        return new TablePlan(people, seats, seed, plan.optimal());
    }

    /**
     * The most rounds that can be free of repeats: a person meets at most K − 1 new people a
     * round, and when a table has more seats than there are tables, a second round must seat two
     * people from one first-round table together again.
     */
    public static int repeatFreeRoundLimit(int people, int tableSize) {
        if (people < 2 || tableSize < 2) {
            return Integer.MAX_VALUE;
        }
        if (fewerTablesThanSeats(people, tableSize)) {
            return 1;
        }
        int tables = (people + tableSize - 1) / tableSize;
        int largest = (people + tables - 1) / tables;
        return (people - 1) / (largest - 1);
    }

    /** True when the largest table has more seats than there are tables (so round 2 repeats). */
    public static boolean fewerTablesThanSeats(int people, int tableSize) {
        int tables = (people + tableSize - 1) / tableSize;
        int largest = (people + tables - 1) / tables;
        return largest > tables;
    }

    /** The plain greedy plan (round by round, each person to the table where they know fewest): the baseline. */
    public static TablePlan greedy(List<Person> people, int tableSize, int rounds, Optional<String> mix, long seed) {
        TablePlanner planner = new TablePlanner(people, tableSize, rounds, mix, seed);
        planner.checkFixedSeats();
        planner.greedyStart();
        return planner.snapshot(seed, false);
    }

    private void checkFixedSeats() {
        int[] count = new int[tables];
        for (int a = 0; a < n; a++) {
            if (fixed[a] >= tables) {
                throw new Infeasible(Phrase.of("tables.fixed.noTable", people.get(a).name(), fixed[a] + 1, tables));
            }
            if (fixed[a] >= 0 && ++count[fixed[a]] > sizes[fixed[a]]) {
                throw new Infeasible(Phrase.of("tables.fixed.full", fixed[a] + 1, sizes[fixed[a]]));
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (avoid[a][b] && fixed[a] >= 0 && fixed[a] == fixed[b]) {
                    throw new Infeasible(Phrase.of("tables.fixed.avoid", people.get(a).name(), people.get(b).name(), fixed[a] + 1));
                }
            }
        }
    }

    /** Most constructions only apply when people are interchangeable: no role mix, fixed seats or avoid pairs. */
    private boolean interchangeable(Optional<String> mix) {
        return mix.isEmpty() && noFixedSeatsOrAvoidPairs();
    }

    private boolean noFixedSeatsOrAvoidPairs() {
        return Arrays.stream(fixed).allMatch(table -> table < 0)
                && Arrays.stream(avoid).noneMatch(row -> { for (boolean b : row) { if (b) { return true; } } return false; });
    }

    /** 32 people at tables of 4 (see {@link TwinRingConstruction}), given half the time. */
    private Optional<TablePlan> twinRings(int tableSize, Optional<String> mix, long seed, Limits limits, long start) {
        if (!interchangeable(mix)) {
            return Optional.empty();
        }
        return TwinRingConstruction.find(n, tableSize, rounds, clockWithProgress(limits, start), halfTime(limits, start))
                .map(plan -> new TablePlan(people, plan, seed, true));
    }

    /** Rounds turned like a wheel from one base round (see {@link CyclicConstruction}), given half the time. */
    private Optional<TablePlan> cyclic(int tableSize, Optional<String> mix, long seed, Limits limits, long start) {
        if (!interchangeable(mix)) {
            return Optional.empty();
        }
        return CyclicConstruction.find(n, tableSize, rounds, CYCLIC_STEP_BUDGET, clockWithProgress(limits, start), halfTime(limits, start))
                .map(plan -> new TablePlan(people, plan, seed, true));
    }

    private static long halfTime(Limits limits, long start) {
        return limits.timeLimitNanos() == Long.MAX_VALUE ? Long.MAX_VALUE : start + limits.timeLimitNanos() / 2;
    }

    /** The constructions read the clock every few hundred steps: the progress bar moves with them. */
    private static LongSupplier clockWithProgress(Limits limits, long start) {
        return () -> {
            long now = limits.clock().getAsLong();
            limits.progress().accept(elapsedFraction(limits, now - start));
            return now;
        };
    }

    /** Lines over a finite field ({@link FieldLines}): the construction that also keeps a role mix, avoid pairs and fixed tables. */
    private Optional<TablePlan> fieldLines(long seed, Limits limits, long start) {
        FieldLines.Wishes wishes = new FieldLines.Wishes(mixRole, avoid, fixed);
        long quarter = limits.timeLimitNanos() == Long.MAX_VALUE ? Long.MAX_VALUE : start + limits.timeLimitNanos() / 4;
        return FieldLines.plan(n, tables, rounds, wishes, SEAT_SEARCH_STEPS, new SplittableRandom(seed), clockWithProgress(limits, start), quarter)
                .map(plan -> new TablePlan(people, plan, seed, true));
    }

    private void greedyStart() {
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
            for (int a : order) {
                int best = -1;
                long bestCost = Long.MAX_VALUE;
                for (int t = 0; t < tables; t++) {
                    if (filled[t] >= sizes[t] || (fixed[a] >= 0 && fixed[a] != t)) {
                        continue;
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

    private TablePlan search(Limits limits, long seed, long start) {
        greedyStart();
        long current = cost();
        long best = current;
        TablePlan bestPlan = snapshot(seed, current == 0);
        long[][][] tabu = new long[rounds][n][tables];
        long iteration = 0;
        long sinceImprovement = 0;
        int tenure = Math.max(5, n / 8);
        while (current > 0) {
            iteration++;
            if ((iteration & 63) == 0) {
                long elapsed = limits.clock().getAsLong() - start;
                if (elapsed >= limits.timeLimitNanos()) {
                    break;
                }
                limits.progress().accept(elapsedFraction(limits, elapsed));
            }
            // The whole neighbourhood: every swap of a person in conflict with anyone at another
            // table of the same round, over all rounds; the best non-tabu one (ties at random).
            long bestDelta = Long.MAX_VALUE;
            int bestA = -1;
            int bestB = -1;
            int round = -1;
            int ties = 0;
            for (int r = 0; r < rounds; r++) {
                for (int a = 0; a < n; a++) {
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

    private static double elapsedFraction(Limits limits, long elapsed) {
        return limits.timeLimitNanos() == Long.MAX_VALUE ? 0 : Math.min(1.0, (double) elapsed / limits.timeLimitNanos());
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
