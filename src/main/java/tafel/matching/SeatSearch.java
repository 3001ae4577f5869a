package tafel.matching;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * Who takes which seat of a constructed plan (see {@link FieldLines}): every avoid pair in one
 * class (so they never meet), everyone with a fixed table in the seat that stays at that table,
 * and every table within its share of the role. A min-conflicts search: take someone whose wish
 * is not met (or who sits at a table off its share), swap them with whoever makes the total
 * smallest, keep the two out of the next few moves (a tabu list), and begin from the people of
 * the role in whole classes, shuffled by the seed.
 */
final class SeatSearch {

    private final int[][] tableOf;   // tableOf[round][seat]
    private final int tables;
    private final int people;
    private final boolean[] inRole;
    private final int[][] avoidList;
    private final int[] fixedTable;
    private final int[] personAt;
    private final int[] seatOf;
    private final int[][] roleCount; // roleCount[round][table]
    private final int[][] low;
    private final int[][] high;
    private final long[] tabuUntil;
    private final SplittableRandom random;
    private boolean countingRoles;   // role counts are kept up to date once the start is laid out

    SeatSearch(int[][] tableOf, int tables, FieldLines.Wishes wishes, SplittableRandom random) {
        this.tableOf = tableOf;
        this.tables = tables;
        this.people = wishes.inRole().length;
        this.inRole = wishes.inRole();
        this.fixedTable = wishes.fixedTable();
        this.random = random;
        this.avoidList = new int[people][];
        for (int a = 0; a < people; a++) {
            boolean[] avoids = wishes.avoid()[a];
            avoidList[a] = IntStream.range(0, people).filter(b -> avoids[b]).toArray();
        }
        this.personAt = new int[people];
        this.seatOf = new int[people];
        this.tabuUntil = new long[people];
        int rounds = tableOf.length;
        this.roleCount = new int[rounds][tables];
        this.low = new int[rounds][tables];
        this.high = new int[rounds][tables];
        int roleTotal = 0;
        for (boolean role : inRole) {
            roleTotal += role ? 1 : 0;
        }
        for (int r = 0; r < rounds; r++) {
            int[] size = new int[tables];
            for (int seat = 0; seat < people; seat++) {
                size[tableOf[r][seat]]++;
            }
            for (int t = 0; t < tables; t++) {
                double share = (double) roleTotal * size[t] / people;
                low[r][t] = (int) Math.floor(share);
                high[r][t] = (int) Math.ceil(share);
            }
        }
    }

    /** personAt[seat] for every seat, or empty when the step budget runs out or the clock passes the deadline. */
    Optional<int[]> find(long stepBudget, LongSupplier clock, long deadline) {
        startRoleFirst();
        long total = totalCost();
        int tenure = Math.max(2, people / 10);
        for (long step = 1; step <= stepBudget && total > 0; step++) {
            if ((step & 255) == 0 && clock.getAsLong() >= deadline) {
                break;
            }
            int x = randomPersonInConflict();
            int best = -1;
            long bestDelta = Long.MAX_VALUE;
            int ties = 0;
            for (int y = 0; y < people; y++) {
                if (y == x) {
                    continue;
                }
                long delta = swapDelta(x, y);
                if (tabuUntil[y] > step && total + delta > 0) {
                    continue;
                }
                if (delta < bestDelta) {
                    bestDelta = delta;
                    best = y;
                    ties = 1;
                } else if (delta == bestDelta && random.nextInt(++ties) == 0) {
                    best = y;
                }
            }
            if (best < 0) {
                continue;
            }
            swap(x, best);
            total += bestDelta;
            tabuUntil[x] = step + tenure + random.nextInt(tenure);
            tabuUntil[best] = step + tenure + random.nextInt(tenure);
        }
        return total == 0 ? Optional.of(personAt.clone()) : Optional.empty();
    }

    /** The people of the role in the first seats (whole classes), each group shuffled; the fixed into their seats. */
    private void startRoleFirst() {
        int next = 0;
        for (boolean role : new boolean[] {true, false}) {
            int first = next;
            for (int a = 0; a < people; a++) {
                if (inRole[a] == role) {
                    personAt[next++] = a;
                }
            }
            for (int i = next - 1; i > first; i--) {
                int j = first + random.nextInt(i - first + 1);
                int swap = personAt[i];
                personAt[i] = personAt[j];
                personAt[j] = swap;
            }
        }
        for (int seat = 0; seat < people; seat++) {
            seatOf[personAt[seat]] = seat;
        }
        // FieldLines lets through only fixed tables that exist, one person each
        for (int a = 0; a < people; a++) {
            if (fixedTable[a] >= 0) {
                swap(a, personAt[fixedTable[a]]);
            }
        }
        for (int r = 0; r < tableOf.length; r++) {
            for (int seat = 0; seat < people; seat++) {
                roleCount[r][tableOf[r][seat]] += inRole[personAt[seat]] ? 1 : 0;
            }
        }
        countingRoles = true;
    }

    private long totalCost() {
        long cost = 0;
        for (int a = 0; a < people; a++) {
            cost += fixedMissed(a);
            for (int b : avoidList[a]) {
                cost += b > a && !sameClass(a, b) ? 1 : 0;
            }
        }
        for (int r = 0; r < tableOf.length; r++) {
            for (int t = 0; t < tables; t++) {
                cost += offShare(r, t, roleCount[r][t]);
            }
        }
        return cost;
    }

    /** Seats of one class never meet: class c is seats c·tables .. c·tables + tables − 1. */
    private boolean sameClass(int a, int b) {
        return seatOf[a] / tables == seatOf[b] / tables;
    }

    /** Class 0 has slope 0: seat t is at table t in every round. */
    private int fixedMissed(int a) {
        return fixedTable[a] >= 0 && seatOf[a] != fixedTable[a] ? 1 : 0;
    }

    private int avoidMissed(int a, int except) {
        int missed = 0;
        for (int b : avoidList[a]) {
            if (b != except && !sameClass(a, b)) {
                missed++;
            }
        }
        return missed;
    }

    private int offShare(int round, int table, int count) {
        return Math.max(0, count - high[round][table]) + Math.max(0, low[round][table] - count);
    }

    private int randomPersonInConflict() {
        int pick = random.nextInt(people);
        int seen = 0;
        for (int a = 0; a < people; a++) {
            if (inConflict(a) && random.nextInt(++seen) == 0) {
                pick = a;
            }
        }
        return pick;
    }

    private boolean inConflict(int a) {
        if (fixedMissed(a) > 0 || avoidMissed(a, -1) > 0) {
            return true;
        }
        for (int r = 0; r < tableOf.length; r++) {
            int t = tableOf[r][seatOf[a]];
            if (offShare(r, t, roleCount[r][t]) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The change in total cost if x and y swap seats (worked out by swapping and swapping back). */
    private long swapDelta(int x, int y) {
        long before = localCost(x, y);
        swap(x, y);
        long after = localCost(x, y);
        swap(x, y);
        return after - before;
    }

    private long localCost(int x, int y) {
        long cost = fixedMissed(x) + fixedMissed(y) + avoidMissed(x, -1) + avoidMissed(y, x);
        if (inRole[x] != inRole[y]) {
            for (int r = 0; r < tableOf.length; r++) {
                int tx = tableOf[r][seatOf[x]];
                int ty = tableOf[r][seatOf[y]];
                cost += offShare(r, tx, roleCount[r][tx]);
                if (ty != tx) {
                    cost += offShare(r, ty, roleCount[r][ty]);
                }
            }
        }
        return cost;
    }

    private void swap(int x, int y) {
        int sx = seatOf[x];
        int sy = seatOf[y];
        if (inRole[x] != inRole[y] && countingRoles) {
            int change = inRole[x] ? -1 : 1; // x's seat loses x's role, gains y's
            for (int r = 0; r < tableOf.length; r++) {
                roleCount[r][tableOf[r][sx]] += change;
                roleCount[r][tableOf[r][sy]] -= change;
            }
        }
        personAt[sx] = y;
        personAt[sy] = x;
        seatOf[x] = sy;
        seatOf[y] = sx;
    }
}
