package tafel.matching;

import java.util.ArrayList;
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
 * seats kept. Exact constructions first — lines over a finite field ({@link FieldLines}, which
 * also keep a mix, avoid pairs and fixed tables), orthogonal Latin squares for n² people at n
 * tables ({@link LatinSquares}), 32 people at tables of 4 ({@link TwinRingConstruction}), plans kept as data ({@link KnownPlans}), rounds turned from a base round ({@link CyclicConstruction}) —
 * and otherwise the swap search ({@link SwapSearch}), which reports the repeats it could not avoid.
 */
public final class TablePlanner {

    /** 28/4/9 needs under 25,000 steps; a step budget (not a time) keeps the result the same on every machine. */
    private static final long CYCLIC_STEP_BUDGET = 40_000;
    private static final long SEAT_SEARCH_STEPS = 20_000;

    private final TableProblem problem;
    private final int tableSize;
    private final long seed;

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

        /** How much of the time limit has gone by (0 without a limit). */
        double fraction(long elapsedNanos) {
            return timeLimitNanos == Long.MAX_VALUE ? 0 : Math.min(1.0, (double) elapsedNanos / timeLimitNanos);
        }
    }

    private TablePlanner(TableProblem problem, int tableSize, long seed) {
        this.problem = problem;
        this.tableSize = tableSize;
        this.seed = seed;
    }

    public static TablePlan plan(List<Person> people, int tableSize, int rounds, Optional<String> mix, long seed,
                                 Limits limits) {
        if (tableSize < 2) {
            throw new Infeasible(Phrase.of("tables.size.small"));
        }
        TableProblem problem = new TableProblem(people, tableSize, rounds, mix);
        problem.checkFixedSeats();
        TablePlanner planner = new TablePlanner(problem, tableSize, seed);
        long start = limits.clock().getAsLong();
        Optional<TablePlan> lines = planner.fieldLines(limits, start);
        if (lines.isPresent()) {
            limits.progress().accept(1.0);
            return lines.get();
        }
        Optional<TablePlan> exact = planner.latinSquares().or(() -> planner.twinRings(limits, start))
                .or(() -> planner.cyclic(limits, start)).or(planner::known);
        if (exact.isPresent()) {
            limits.progress().accept(1.0);
            return planner.shuffledBySeed(exact.get());
        }
        return new SwapSearch(problem, seed).search(limits, seed, start);
    }

    /**
     * A construction's plan with the people shuffled by the seed: every seed gives an equally good
     * plan. These constructions only run when people are interchangeable, so any order will do
     * ({@link FieldLines} shuffles as it seats people).
     */
    private TablePlan shuffledBySeed(TablePlan plan) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] newPerson = IntStream.range(0, problem.n).toArray();
        for (int i = newPerson.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = newPerson[i];
            newPerson[i] = newPerson[j];
            newPerson[j] = swap;
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
        return new TablePlan(problem.people, seats, seed, plan.optimal());
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
        if (tarry(people, tableSize)) {
            return 3;
        }
        int tables = (people + tableSize - 1) / tableSize;
        int largest = (people + tables - 1) / tables;
        return (people - 1) / (largest - 1);
    }

    /**
     * 36 people at 6 tables of 6: a fourth repeat-free round would make two orthogonal Latin squares
     * of order 6 (person (table in round 1, table in round 2) sits at their symbols in rounds 3 and
     * 4), and Tarry showed in 1900 that there are none (Euler's 36 officers).
     */
    public static boolean tarry(int people, int tableSize) {
        return people == 36 && tableSize == 6;
    }

    /** True when the largest table has more seats than there are tables (so round 2 repeats). */
    public static boolean fewerTablesThanSeats(int people, int tableSize) {
        int tables = (people + tableSize - 1) / tableSize;
        int largest = (people + tables - 1) / tables;
        return largest > tables;
    }

    /** The plain greedy plan (round by round, each person to the table where they know fewest): the baseline. */
    public static TablePlan greedy(List<Person> people, int tableSize, int rounds, Optional<String> mix, long seed) {
        TableProblem problem = new TableProblem(people, tableSize, rounds, mix);
        problem.checkFixedSeats();
        return new SwapSearch(problem, seed).greedy(seed);
    }

    /** n² people at n tables of n from orthogonal Latin squares (see {@link LatinSquares}): orders 10, 12, 15, … */
    private Optional<TablePlan> latinSquares() {
        if (!problem.interchangeable() || tableSize != problem.tables) {
            return Optional.empty();
        }
        return LatinSquares.plan(problem.n, problem.tables, problem.rounds).map(plan -> new TablePlan(problem.people, plan, seed, true));
    }

    /** A plan kept as data (see {@link KnownPlans}). */
    private Optional<TablePlan> known() {
        if (!problem.interchangeable()) {
            return Optional.empty();
        }
        return KnownPlans.find(problem.n, tableSize, problem.rounds).map(plan -> new TablePlan(problem.people, plan, seed, true));
    }

    /** 32 people at tables of 4 (see {@link TwinRingConstruction}), given half the time. */
    private Optional<TablePlan> twinRings(Limits limits, long start) {
        if (!problem.interchangeable()) {
            return Optional.empty();
        }
        return TwinRingConstruction.find(problem.n, tableSize, problem.rounds, clockWithProgress(limits, start), halfTime(limits, start))
                .map(plan -> new TablePlan(problem.people, plan, seed, true));
    }

    /** Rounds turned like a wheel from one base round (see {@link CyclicConstruction}), given half the time. */
    private Optional<TablePlan> cyclic(Limits limits, long start) {
        if (!problem.interchangeable()) {
            return Optional.empty();
        }
        return CyclicConstruction.find(problem.n, tableSize, problem.rounds, CYCLIC_STEP_BUDGET, clockWithProgress(limits, start),
                        halfTime(limits, start))
                .map(plan -> new TablePlan(problem.people, plan, seed, true));
    }

    /** Lines over a finite field ({@link FieldLines}): the construction that also keeps a role mix, avoid pairs and fixed tables. */
    private Optional<TablePlan> fieldLines(Limits limits, long start) {
        FieldLines.Wishes wishes = new FieldLines.Wishes(problem.mixRole, problem.avoid, problem.fixed);
        long quarter = limits.timeLimitNanos() == Long.MAX_VALUE ? Long.MAX_VALUE : start + limits.timeLimitNanos() / 4;
        return FieldLines.plan(problem.n, problem.tables, problem.rounds, wishes, SEAT_SEARCH_STEPS, new SplittableRandom(seed),
                        clockWithProgress(limits, start), quarter)
                .map(plan -> new TablePlan(problem.people, plan, seed, true));
    }

    private static long halfTime(Limits limits, long start) {
        return limits.timeLimitNanos() == Long.MAX_VALUE ? Long.MAX_VALUE : start + limits.timeLimitNanos() / 2;
    }

    /** The constructions read the clock every few hundred steps: the progress bar moves with them. */
    private static LongSupplier clockWithProgress(Limits limits, long start) {
        return () -> {
            long now = limits.clock().getAsLong();
            limits.progress().accept(limits.fraction(now - start));
            return now;
        };
    }
}
