package tafel.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * Ten repeat-free rounds for 32 people at tables of 4: the original social golfer problem, which
 * neither local search nor a single turned base round reaches (see docs/BENCHMARKS.md).
 *
 * <p>Each person gets one partner they will never meet (31 others, 3 new ones a round, leaves
 * one over). People 0 and 1 are "twins", partners of each other; the other 30 sit on five rings
 * of six seats, partnered with whoever sits opposite. A turn moves everyone one seat along their
 * ring and swaps the twins; three turns bring everyone opposite, so a round turned three places
 * must be the same round — its tables come in pairs, a table and its opposite. The plan is:
 * <ul>
 *   <li>four rounds that a turn leaves as they are: the twins each with every other seat of one
 *       ring, and six tables taking one person from each of the four other rings;</li>
 *   <li>two base rounds (four tables and their opposites), each turned 0, 1 and 2 places.</li>
 * </ul>
 * A pair and its turned copies form a "turn class" of six pairs; the plan is repeat-free exactly
 * when every class is met once. Finding the rounds is an exact cover (columns: the seats of the
 * two base rounds and the 80 classes), solved by {@link ExactCover} with seeded restarts: runs of
 * this search differ a lot in length, and short runs in other row orders find a plan sooner.
 */
final class TwinRingConstruction {

    static final int PEOPLE = 32;
    static final int TABLE_SIZE = 4;
    static final int ROUNDS = 10;

    private static final int RINGS = 5;
    private static final int SEATS = 6;
    private static final int TWINS = 2;
    private static final int HALF_TURN = SEATS / 2;
    private static final int BASE_ROUNDS = 2;
    /** Runs of 10,000 steps: the fourth row order (attempt 3) finds the plan after a few hundred. */
    private static final long STEPS_PER_ATTEMPT = 10_000;
    private static final int ATTEMPTS = 200;

    private final int[][] turnClass = new int[PEOPLE][PEOPLE];
    private final int classes;
    private final List<List<List<Integer>>> rowRounds = new ArrayList<>();
    private final List<Integer> rowBase = new ArrayList<>();
    private final ExactCover cover;

    private TwinRingConstruction() {
        this.classes = numberTurnClasses();
        this.cover = new ExactCover(BASE_ROUNDS * PEOPLE + classes);
        addSymmetricRounds();
        addBaseRoundTables();
    }

    /**
     * The first {@code rounds} of a ten-round plan (people numbered 0..31), or empty when the
     * group is not 32 at tables of 4 or the search ran out of time.
     */
    static Optional<List<List<List<Integer>>>> find(int people, int tableSize, int rounds, LongSupplier clock, long deadline) {
        if (people != PEOPLE || tableSize != TABLE_SIZE || rounds > ROUNDS || rounds < 1) {
            return Optional.empty();
        }
        return new TwinRingConstruction().search(clock, deadline).map(plan -> plan.subList(0, rounds));
    }

    /** One turn: one seat along the ring, the twins swap. */
    static int turn(int person) {
        if (person < TWINS) {
            return 1 - person;
        }
        int ring = (person - TWINS) / SEATS;
        int seat = (person - TWINS) % SEATS;
        return TWINS + ring * SEATS + (seat + 1) % SEATS;
    }

    static int turn(int person, int times) {
        int p = person;
        for (int i = 0; i < times; i++) {
            p = turn(p);
        }
        return p;
    }

    private static int seat(int ring, int seat) {
        return TWINS + ring * SEATS + Math.floorMod(seat, SEATS);
    }

    /** Numbers the turn classes; a pair of partners gets −1: they never meet. */
    private int numberTurnClasses() {
        for (int[] row : turnClass) {
            Arrays.fill(row, Integer.MIN_VALUE);
        }
        int next = 0;
        for (int x = 0; x < PEOPLE; x++) {
            for (int y = x + 1; y < PEOPLE; y++) {
                if (turnClass[x][y] != Integer.MIN_VALUE) {
                    continue;
                }
                int number = y == turn(x, HALF_TURN) ? -1 : next++;
                int a = x;
                int b = y;
                for (int t = 0; t < SEATS; t++) {
                    turnClass[a][b] = number;
                    turnClass[b][a] = number;
                    a = turn(a);
                    b = turn(b);
                }
            }
        }
        return next;
    }

    /**
     * Every round a turn leaves unchanged: twin 0 with the even or odd seats of one ring (twin 1
     * with the others), and one table across the other four rings with its five turned copies.
     */
    private void addSymmetricRounds() {
        for (int twinRing = 0; twinRing < RINGS; twinRing++) {
            int[] others = new int[RINGS - 1];
            for (int r = 0, i = 0; r < RINGS; r++) {
                if (r != twinRing) {
                    others[i++] = r;
                }
            }
            for (int parity = 0; parity < 2; parity++) {
                int[] twinTable = {0, seat(twinRing, parity), seat(twinRing, parity + 2), seat(twinRing, parity + 4)};
                // the first ring's seat can stay 0: turning the table gives the same round
                for (int s1 = 0; s1 < SEATS; s1++) {
                    for (int s2 = 0; s2 < SEATS; s2++) {
                        for (int s3 = 0; s3 < SEATS; s3++) {
                            int[] across = {seat(others[0], 0), seat(others[1], s1), seat(others[2], s2), seat(others[3], s3)};
                            addSymmetricRound(twinTable, across);
                        }
                    }
                }
            }
        }
    }

    private void addSymmetricRound(int[] twinTable, int[] across) {
        // the twin table and its turned copy meet each of their two classes exactly once
        TreeSet<Integer> classesMet = new TreeSet<>();
        for (int i = 0; i < TABLE_SIZE; i++) {
            for (int j = i + 1; j < TABLE_SIZE; j++) {
                classesMet.add(turnClass[twinTable[i]][twinTable[j]]);
            }
        }
        if (!addDistinctClasses(across, classesMet)) {
            return;
        }
        List<List<Integer>> round = new ArrayList<>();
        round.add(table(twinTable, 0));
        round.add(table(twinTable, 1));
        for (int t = 0; t < SEATS; t++) {
            round.add(table(across, t));
        }
        addRow(classesMet, new int[0], round, -1);
    }

    /** A base-round table with its opposite (three turns on): the pair of them is one row. */
    private void addBaseRoundTables() {
        int[] table = new int[TABLE_SIZE];
        for (table[0] = 0; table[0] < PEOPLE; table[0]++) {
            for (table[1] = table[0] + 1; table[1] < PEOPLE; table[1]++) {
                for (table[2] = table[1] + 1; table[2] < PEOPLE; table[2]++) {
                    for (table[3] = table[2] + 1; table[3] < PEOPLE; table[3]++) {
                        addBaseRoundTable(table);
                    }
                }
            }
        }
    }

    private void addBaseRoundTable(int[] table) {
        int[] opposite = new int[TABLE_SIZE];
        for (int i = 0; i < TABLE_SIZE; i++) {
            opposite[i] = turn(table[i], HALF_TURN);
        }
        int[] sortedOpposite = opposite.clone();
        Arrays.sort(sortedOpposite);
        if (Arrays.compare(sortedOpposite, table) < 0) {
            return; // listed once, from the smaller of the two
        }
        TreeSet<Integer> classesMet = new TreeSet<>();
        if (!addDistinctClasses(table, classesMet)) {
            return;
        }
        // turning a base round two places keeps twin 0 in place: its first ring neighbour may sit in seat 0 or 1
        if (table[0] == 0 && (table[1] - TWINS) % SEATS > 1) {
            return;
        }
        int[] seats = new int[2 * TABLE_SIZE];
        System.arraycopy(table, 0, seats, 0, TABLE_SIZE);
        System.arraycopy(opposite, 0, seats, TABLE_SIZE, TABLE_SIZE);
        for (int base = 0; base < BASE_ROUNDS; base++) {
            int[] columns = new int[seats.length];
            for (int i = 0; i < seats.length; i++) {
                columns[i] = base * PEOPLE + seats[i];
            }
            addRow(classesMet, columns, List.of(table(table, 0), table(opposite, 0)), base);
        }
    }

    /** Adds the classes of the table's pairs; false when a pair may not meet or a class comes twice. */
    private boolean addDistinctClasses(int[] table, TreeSet<Integer> classesMet) {
        for (int i = 0; i < TABLE_SIZE; i++) {
            for (int j = i + 1; j < TABLE_SIZE; j++) {
                int c = turnClass[table[i]][table[j]];
                if (c < 0 || !classesMet.add(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void addRow(TreeSet<Integer> classesMet, int[] seatColumns, List<List<Integer>> tables, int base) {
        int[] columns = Arrays.copyOf(seatColumns, seatColumns.length + classesMet.size());
        int i = seatColumns.length;
        for (int c : classesMet) {
            columns[i++] = BASE_ROUNDS * PEOPLE + c;
        }
        cover.addRow(columns);
        rowRounds.add(tables);
        rowBase.add(base);
    }

    private static List<Integer> table(int[] people, int turns) {
        List<Integer> table = new ArrayList<>();
        for (int x : people) {
            table.add(turn(x, turns));
        }
        table.sort(Integer::compare);
        return table;
    }

    private Optional<List<List<List<Integer>>>> search(LongSupplier clock, long deadline) {
        List<Integer> order = new ArrayList<>();
        for (int row = 0; row < cover.rowCount(); row++) {
            order.add(row);
        }
        for (int attempt = 0; attempt < ATTEMPTS && clock.getAsLong() < deadline; attempt++) {
            if (attempt > 0) {
                shuffle(order, new SplittableRandom(attempt));
            }
            Optional<int[]> rows = cover.solve(order, STEPS_PER_ATTEMPT, clock, deadline);
            if (rows.isPresent()) {
                return Optional.of(plan(rows.get()));
            }
        }
        return Optional.empty();
    }

    private static void shuffle(List<Integer> order, SplittableRandom random) {
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer swap = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swap);
        }
    }

    /** Base rounds first (each turned 0, 1, 2 places), then the four rounds a turn leaves alone. */
    private List<List<List<Integer>>> plan(int[] rows) {
        List<List<List<Integer>>> plan = new ArrayList<>();
        for (int base = 0; base < BASE_ROUNDS; base++) {
            List<List<Integer>> baseTables = new ArrayList<>();
            for (int row : rows) {
                if (rowBase.get(row) == base) {
                    baseTables.addAll(rowRounds.get(row));
                }
            }
            for (int turns = 0; turns < HALF_TURN; turns++) {
                List<List<Integer>> round = new ArrayList<>();
                for (List<Integer> t : baseTables) {
                    round.add(table(t.stream().mapToInt(Integer::intValue).toArray(), turns));
                }
                plan.add(sorted(round));
            }
        }
        for (int row : rows) {
            if (rowBase.get(row) < 0) {
                plan.add(sorted(new ArrayList<>(rowRounds.get(row))));
            }
        }
        return plan;
    }

    private static List<List<Integer>> sorted(List<List<Integer>> round) {
        round.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
        return round;
    }
}
