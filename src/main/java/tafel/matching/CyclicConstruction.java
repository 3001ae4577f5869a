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
 * <p>When there is one ring per seat at a table (21 people at tables of 3: three rings of 7), the
 * rounds after one full turn can be rounds the turn leaves alone: one table taking a person from
 * each ring, turned through every place. Their pairs join the exact cover below, one column per
 * such round; this completes Kirkman's systems for 21, 33 and 45 people.
 *
 * <p>Finding such a base round is an exact cover ({@link ExactCover}: every person once, every
 * turn class at most once). The search is small: for 15 people at tables of 3 it finds Kirkman's
 * seven rounds in a dozen steps, 24/4/7 and 28/4/9 (which local search did not reach) in under
 * 25,000. It is deterministic and bounded by a step budget and a deadline.
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
    private final int symmetricRounds;
    private final List<int[]> rowTables = new ArrayList<>();
    private final List<int[]> rowTransversals = new ArrayList<>();
    private final ExactCover cover;
    private final long stepBudget;
    private final LongSupplier clock;
    private final long deadline;

    private CyclicConstruction(int people, int tableSize, int ringSize, int symmetricRounds, long stepBudget, LongSupplier clock,
                               long deadline) {
        this.people = people;
        this.symmetricRounds = symmetricRounds;
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
        int pairsPerTable = tableSize * (tableSize - 1) / 2;
        int classesUsed = people / tableSize * pairsPerTable + symmetricRounds * pairsPerTable;
        // every person once, every symmetric round once; every turn class at most once, or exactly
        // once when the rounds have a pair for each
        int primary = people + symmetricRounds;
        this.cover = new ExactCover(primary + classes, classesUsed == classes ? primary + classes : primary);
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
            CyclicConstruction construction = new CyclicConstruction(people, tableSize, ringSize, 0, stepBudget, clock, deadline);
            Optional<List<List<List<Integer>>>> plan = construction.search(rounds);
            if (plan.isPresent() || clock.getAsLong() >= deadline) {
                return plan;
            }
        }
        // one ring per seat at a table: the rounds beyond one full turn can be ones the turn leaves alone
        int ringSize = people / tableSize;
        if (rounds > ringSize && rounds <= bound) {
            return new CyclicConstruction(people, tableSize, ringSize, rounds - ringSize, stepBudget, clock, deadline).search(rounds);
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
        addTransversalRounds();
        List<Integer> order = new ArrayList<>();
        for (int row = 0; row < cover.rowCount(); row++) {
            order.add(row);
        }
        Optional<int[]> chosen = cover.solve(order, stepBudget, clock, deadline);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        List<List<List<Integer>>> plan = new ArrayList<>();
        for (int round = 0; round < Math.min(rounds, ringSize); round++) {
            List<List<Integer>> tables = new ArrayList<>();
            for (int row : chosen.get()) {
                if (rowTables.get(row) != null) {
                    tables.add(turned(rowTables.get(row), round));
                }
            }
            plan.add(sortedByFirst(tables));
        }
        for (int row : chosen.get()) {
            if (rowTransversals.get(row) != null) {
                List<List<Integer>> tables = new ArrayList<>();
                for (int by = 0; by < ringSize; by++) {
                    tables.add(turned(rowTransversals.get(row), by));
                }
                plan.add(sortedByFirst(tables));
            }
        }
        return Optional.of(plan);
    }

    private List<Integer> turned(int[] table, int by) {
        List<Integer> turnedTable = new ArrayList<>();
        for (int x : table) {
            turnedTable.add(turn(x, by));
        }
        turnedTable.sort(Integer::compare);
        return turnedTable;
    }

    private static List<List<Integer>> sortedByFirst(List<List<Integer>> tables) {
        tables.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
        return tables;
    }

    /**
     * With one ring per seat, a table taking one person from each ring, turned through every
     * place, is a whole round that a turn leaves alone; each such round fills one of the
     * symmetric-round columns. Turning a ring on its own maps plans onto plans, so the first of
     * these rounds may take place 0 of every ring.
     */
    private void addTransversalRounds() {
        if (symmetricRounds == 0) {
            return;
        }
        int rings = people / ringSize;
        int[] places = new int[rings];
        for (int slot = 0; slot < symmetricRounds; slot++) {
            long combinations = slot == 0 ? 1 : (long) Math.pow(ringSize, rings - 1);
            for (long code = 0; code < combinations; code++) {
                long rest = code;
                // the first ring's place can stay 0: turning the whole round gives the same round
                for (int ring = 1; ring < rings; ring++) {
                    places[ring] = (int) (rest % ringSize);
                    rest /= ringSize;
                }
                int[] table = new int[rings];
                for (int ring = 0; ring < rings; ring++) {
                    table[ring] = ring * ringSize + places[ring];
                }
                int[] columns = new int[1 + rings * (rings - 1) / 2];
                columns[0] = people + slot;
                int next = 1;
                for (int i = 0; i < rings; i++) {
                    for (int j = i + 1; j < rings; j++) {
                        columns[next++] = people + symmetricRounds + turnClass[table[i]][table[j]];
                    }
                }
                cover.addRow(columns);
                rowTables.add(null);
                rowTransversals.add(table);
            }
        }
    }

    private int turn(int x, int by) {
        return ringOf[x] < 0 ? x : fixedPeople + ringOf[x] * ringSize + Math.floorMod(place[x] + by, ringSize);
    }

    /** Every possible table: no pair that may never meet, no turn class twice. */
    private void collectTables(int[] table, int size, int from) {
        if (size == tableSize) {
            int[] columns = new int[tableSize + tableSize * (tableSize - 1) / 2];
            System.arraycopy(table, 0, columns, 0, tableSize);
            int next = tableSize;
            for (int i = 0; i < tableSize; i++) {
                for (int j = i + 1; j < tableSize; j++) {
                    int column = people + symmetricRounds + turnClass[table[i]][table[j]];
                    for (int k = tableSize; k < next; k++) {
                        if (columns[k] == column) {
                            return;
                        }
                    }
                    columns[next++] = column;
                }
            }
            if (!symmetryRepresentative(table)) {
                return;
            }
            cover.addRow(columns);
            rowTables.add(table.clone());
            rowTransversals.add(null);
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
}
