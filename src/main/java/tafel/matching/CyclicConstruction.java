package tafel.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Repeat-free rounds built from one "base round" that is turned like a wheel. The people are
 * laid out as {@code m} rings of {@code q} seats plus {@code f} people who stay put; round
 * {@code r} is the base round with every ring turned {@code r} places. Two people then meet in
 * round {@code r} exactly when their pair, turned back {@code r} places, sits together in the
 * base round; so if the base round's pairs all lie in different "turn classes" (and no class
 * that turns onto itself early is used), all {@code q} rounds are free of repeats.
 *
 * <p>Finding such a base round is an exact-cover search (Knuth's Algorithm X: every person once,
 * every turn class at most once, always branching on the most constrained column). The search is
 * small: for 15 people at tables of 3 it finds Kirkman's seven rounds in a dozen steps, 24/4/7
 * and 28/4/9 (which local search did not reach) in under 25,000. It is deterministic and bounded by a step budget and a deadline.
 */
final class CyclicConstruction {

    /** 32 people at tables of 4 have 35,960 possible tables; beyond this the listing itself costs too much. */
    private static final long MAX_TABLES = 250_000;

    private final int people;
    private final int tableSize;
    private final int ringSize;
    private final int fixedPeople;
    private final int[] ringOf;     // ring of a person, or -1 for someone who stays put
    private final int[] place;      // place on the ring
    private final int[][] turnClass;
    private final int classes;
    private final List<long[]> rows = new ArrayList<>();
    private final List<int[]> rowTables = new ArrayList<>();
    private final List<List<Integer>> rowsOfColumn = new ArrayList<>();
    private final int columns;
    private final boolean classesMustAllBeUsed;
    private final int[] chosen;
    private int depth;
    private long steps;
    private final long stepBudget;
    private final LongSupplier clock;
    private final long deadline;

    private CyclicConstruction(int people, int tableSize, int ringSize, long stepBudget, LongSupplier clock, long deadline) {
        this.people = people;
        this.tableSize = tableSize;
        this.ringSize = ringSize;
        this.fixedPeople = people % ringSize;
        this.stepBudget = stepBudget;
        this.clock = clock;
        this.deadline = deadline;
        this.ringOf = new int[people];
        this.place = new int[people];
        for (int x = 0; x < people; x++) {
            // the people who stay put get the lowest numbers: the symmetry rule below counts on person 0
            ringOf[x] = x < fixedPeople ? -1 : (x - fixedPeople) / ringSize;
            place[x] = x < fixedPeople ? 0 : (x - fixedPeople) % ringSize;
        }
        this.turnClass = new int[people][people];
        this.classes = numberTurnClasses();
        this.columns = people + classes;
        int pairsPerRound = people / tableSize * tableSize * (tableSize - 1) / 2;
        this.classesMustAllBeUsed = pairsPerRound == classes;
        for (int c = 0; c < columns; c++) {
            rowsOfColumn.add(new ArrayList<>());
        }
        this.chosen = new int[people / tableSize];
    }

    /**
     * {@code rounds} repeat-free rounds of tables of {@code tableSize} for {@code people} people
     * (indexes 0..people−1), or empty when no turning layout is found within the budget.
     */
    static Optional<List<List<List<Integer>>>> find(int people, int tableSize, int rounds, long stepBudget,
                                                   LongSupplier clock, long deadline) {
        if (tableSize < 2 || people % tableSize != 0 || rounds < 2 || possibleTables(people, tableSize) > MAX_TABLES) {
            return Optional.empty();
        }
        int bound = (people - 1) / (tableSize - 1);
        for (int ringSize = rounds; ringSize <= bound; ringSize++) {
            int fixed = people % ringSize;
            // people who stay put never meet each other (they would meet every round)
            if (people / ringSize == 0 || fixed > people / tableSize) {
                continue;
            }
            CyclicConstruction construction = new CyclicConstruction(people, tableSize, ringSize, stepBudget, clock, deadline);
            Optional<List<List<List<Integer>>>> plan = construction.search(rounds);
            if (plan.isPresent() || clock.getAsLong() >= deadline) {
                return plan;
            }
        }
        return Optional.empty();
    }

    /** C(people, tableSize), capped: the search lists every possible table, so it is for small groups only. */
    private static long possibleTables(int people, int tableSize) {
        long count = 1;
        for (int i = 0; i < tableSize; i++) {
            count = count * (people - i) / (i + 1);
            if (count > MAX_TABLES) {
                return count;
            }
        }
        return count;
    }

    private int numberTurnClasses() {
        Map<Long, Integer> numbers = new HashMap<>();
        for (int x = 0; x < people; x++) {
            for (int y = 0; y < people; y++) {
                turnClass[x][y] = x == y ? -1 : turnClassKey(x, y).map(key -> numbers.computeIfAbsent(key, k -> numbers.size())).orElse(-1);
            }
        }
        return numbers.size();
    }

    /** A key shared by a pair and all its turned copies; empty for pairs that may never meet. */
    private Optional<Long> turnClassKey(int x, int y) {
        int ringX = ringOf[x];
        int ringY = ringOf[y];
        if (ringX < 0 && ringY < 0) {
            return Optional.empty();
        }
        if (ringX < 0 || ringY < 0) {
            int ring = Math.max(ringX, ringY);
            int stayer = ringX < 0 ? x : y;
            return Optional.of(encode(0, ring, stayer, 0));
        }
        if (ringX != ringY) {
            int low = Math.min(ringX, ringY);
            int high = Math.max(ringX, ringY);
            int distance = Math.floorMod(ringX == low ? place[y] - place[x] : place[x] - place[y], ringSize);
            return Optional.of(encode(1, low, high, distance));
        }
        int distance = Math.floorMod(place[y] - place[x], ringSize);
        distance = Math.min(distance, ringSize - distance);
        // opposite seats on an even ring come back together after half a turn
        return 2 * distance == ringSize ? Optional.empty() : Optional.of(encode(2, ringX, distance, 0));
    }

    private static long encode(int kind, int a, int b, int c) {
        return ((long) kind << 48) | ((long) a << 32) | ((long) b << 16) | c;
    }

    private Optional<List<List<List<Integer>>>> search(int rounds) {
        collectTables(new int[tableSize], 0, 0);
        if (!cover(new long[(columns + 63) / 64])) {
            return Optional.empty();
        }
        List<List<List<Integer>>> plan = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<List<Integer>> tables = new ArrayList<>();
            for (int i = 0; i < depth; i++) {
                List<Integer> table = new ArrayList<>();
                for (int x : rowTables.get(chosen[i])) {
                    table.add(turn(x, round));
                }
                table.sort(Integer::compare);
                tables.add(table);
            }
            tables.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
            plan.add(tables);
        }
        return Optional.of(plan);
    }

    private int turn(int x, int by) {
        return ringOf[x] < 0 ? x : fixedPeople + ringOf[x] * ringSize + Math.floorMod(place[x] + by, ringSize);
    }

    /** Every possible table: no pair that may never meet, no turn class twice. */
    private void collectTables(int[] table, int size, int from) {
        if (size == tableSize) {
            long[] mask = new long[(columns + 63) / 64];
            for (int x : table) {
                set(mask, x);
            }
            for (int i = 0; i < tableSize; i++) {
                for (int j = i + 1; j < tableSize; j++) {
                    int column = people + turnClass[table[i]][table[j]];
                    if (get(mask, column)) {
                        return;
                    }
                    set(mask, column);
                }
            }
            if (!symmetryRepresentative(table)) {
                return;
            }
            int row = rows.size();
            rows.add(mask);
            rowTables.add(table.clone());
            for (int c = 0; c < columns; c++) {
                if (get(mask, c)) {
                    rowsOfColumn.get(c).add(row);
                }
            }
            return;
        }
        for (int y = from; y < people; y++) {
            boolean allowed = true;
            for (int s = 0; s < size && allowed; s++) {
                allowed = turnClass[table[s]][y] >= 0;
            }
            if (allowed) {
                table[size] = y;
                collectTables(table, size + 1, y + 1);
            }
        }
    }

    /**
     * Turning one ring on its own maps solutions onto solutions, so the table of the first person
     * who stays put may be taken to hold place 0 of each ring it touches (first from each ring).
     */
    private boolean symmetryRepresentative(int[] table) {
        if (fixedPeople == 0 || table[0] != 0) {
            return true;
        }
        boolean[] seen = new boolean[people / ringSize];
        for (int x : table) {
            if (ringOf[x] >= 0 && !seen[ringOf[x]]) {
                seen[ringOf[x]] = true;
                if (place[x] != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean cover(long[] covered) {
        if (++steps > stepBudget || ((steps & 255) == 0 && clock.getAsLong() >= deadline)) {
            steps = Long.MAX_VALUE - 1;
            return false;
        }
        int bestColumn = -1;
        int bestCount = Integer.MAX_VALUE;
        int primaryColumns = classesMustAllBeUsed ? columns : people;
        for (int c = 0; c < primaryColumns; c++) {
            if (get(covered, c)) {
                continue;
            }
            int count = 0;
            for (int row : rowsOfColumn.get(c)) {
                if (fits(rows.get(row), covered) && ++count >= bestCount) {
                    break;
                }
            }
            if (count < bestCount) {
                bestCount = count;
                bestColumn = c;
                if (count == 0) {
                    return false;
                }
            }
        }
        if (bestColumn < 0) {
            return true;
        }
        for (int row : rowsOfColumn.get(bestColumn)) {
            long[] mask = rows.get(row);
            if (!fits(mask, covered)) {
                continue;
            }
            long[] next = covered.clone();
            for (int i = 0; i < next.length; i++) {
                next[i] |= mask[i];
            }
            chosen[depth++] = row;
            if (cover(next)) {
                return true;
            }
            depth--;
        }
        return false;
    }

    private static boolean fits(long[] row, long[] covered) {
        for (int i = 0; i < row.length; i++) {
            if ((row[i] & covered[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    private static void set(long[] mask, int bit) {
        mask[bit >> 6] |= 1L << (bit & 63);
    }

    private static boolean get(long[] mask, int bit) {
        return (mask[bit >> 6] & (1L << (bit & 63))) != 0;
    }
}
