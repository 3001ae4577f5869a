package tafel.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Repeat-free rounds from lines over a finite field GF(q), when the number of tables q is a prime
 * power and no table has more seats than there are tables. Seat (c, b) — "class" c, number b in
 * GF(q) — is at table a_c·r + b in round r, where a_c is the c-th field element: two seats of
 * different classes are lines with different slopes and meet exactly once over q rounds; seats of
 * one class never meet (parallel lines). With q² people at tables of q the classes themselves
 * make one more round (the affine plane, q + 1 rounds).
 *
 * <p>Who takes which seat is free, and the structure helps with every wish an organiser has:
 * every table holds one seat of each class, so a role spreads evenly when it fills whole classes;
 * two people who should not meet can share a class; and class 0 (slope 0) stays at table b all
 * evening, which is where someone with a fixed table goes. {@link SeatSearch} finds such an
 * assignment (a min-conflicts search over swaps, seeded), or reports that it did not.
 */
final class FieldLines {

    private FieldLines() {
    }

    /** The people and their wishes; {@code fixedTable[a]} is −1 when free. */
    record Wishes(boolean[] inRole, boolean[][] avoid, int[] fixedTable) {
    }

    /**
     * The plan in the people's own numbers (0..people−1), or empty when the layout does not apply
     * or no seating keeps every wish within the step budget.
     */
    static Optional<List<List<List<Integer>>>> plan(int people, int tables, int rounds, Wishes wishes, long stepBudget,
                                                    SplittableRandom random, LongSupplier clock, long deadline) {
        int largest = (people + tables - 1) / tables;
        Optional<FiniteField> field = FiniteField.of(tables);
        boolean classesRound = people == tables * tables;
        if (field.isEmpty() || largest > tables || rounds < 1 || rounds > tables + (classesRound ? 1 : 0)) {
            return Optional.empty();
        }
        // one seat per table stays put (class 0), and in the round of classes none does
        boolean[] stayingSeatTaken = new boolean[tables];
        for (int table : wishes.fixedTable()) {
            if (table >= 0 && (table >= tables || stayingSeatTaken[table] || rounds > tables)) {
                return Optional.empty();
            }
            if (table >= 0) {
                stayingSeatTaken[table] = true;
            }
        }
        int[][] tableOf = new int[rounds][people];
        for (int round = 0; round < rounds; round++) {
            for (int seat = 0; seat < people; seat++) {
                int lineClass = seat / tables;
                tableOf[round][seat] = round < tables
                        ? field.get().add(field.get().multiply(lineClass, round), seat % tables)
                        : lineClass;
            }
        }
        return new SeatSearch(tableOf, tables, wishes, random).find(stepBudget, clock, deadline).map(personAt -> {
            List<List<List<Integer>>> plan = new ArrayList<>();
            for (int[] roundTables : tableOf) {
                List<List<Integer>> round = new ArrayList<>();
                for (int t = 0; t < tables; t++) {
                    round.add(new ArrayList<>());
                }
                for (int seat = 0; seat < people; seat++) {
                    round.get(roundTables[seat]).add(personAt[seat]);
                }
                round.forEach(table -> table.sort(Integer::compare));
                plan.add(round);
            }
            return plan;
        });
    }
}
