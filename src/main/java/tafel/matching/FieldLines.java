package tafel.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Repeat-free rounds from lines over a finite field GF(q), when the number of tables q is a prime
 * power and no table has more seats than there are tables. Person (c, b) — "class" c, number b
 * in GF(q) — sits in round r at table a_c·r + b, where a_c is the c-th field element: two
 * people of different classes are two lines with different slopes and meet exactly once over
 * all q rounds; people of one class never meet (parallel lines). With q² people at tables of q
 * the classes themselves make one more round (the affine plane, q + 1 rounds).
 *
 * <p>Every table holds exactly one person of each class, so a role spreads evenly when its people
 * fill whole classes first: each table then gets the floor or the ceiling of its share.
 */
final class FieldLines {

    private FieldLines() {
    }

    /**
     * The plan in the people's own numbers (0..people−1), the people of the role placed first, or
     * empty when the layout does not apply or would give some table more than its share of the role.
     */
    static Optional<List<List<List<Integer>>>> plan(int people, int tables, int rounds, boolean[] inRole) {
        int largest = (people + tables - 1) / tables;
        Optional<FiniteField> field = FiniteField.of(tables);
        boolean classesRound = people == tables * tables;
        if (field.isEmpty() || largest > tables || rounds < 1 || rounds > tables + (classesRound ? 1 : 0)) {
            return Optional.empty();
        }
        int[] personAt = roleFirst(inRole);
        List<List<List<Integer>>> plan = new ArrayList<>();
        for (int round = 0; round < Math.min(rounds, tables); round++) {
            List<List<Integer>> roundTables = emptyTables(tables);
            for (int seat = 0; seat < people; seat++) {
                int lineClass = seat / tables;
                int number = seat % tables;
                int table = field.get().add(field.get().multiply(lineClass, round), number);
                roundTables.get(table).add(personAt[seat]);
            }
            plan.add(sorted(roundTables));
        }
        if (rounds > tables) {
            List<List<Integer>> roundTables = emptyTables(tables);
            for (int seat = 0; seat < people; seat++) {
                roundTables.get(seat / tables).add(personAt[seat]);
            }
            plan.add(sorted(roundTables));
        }
        return evenlyMixed(plan, people, inRole) ? Optional.of(plan) : Optional.empty();
    }

    /** Seat s is taken by personAt[s]: the people of the role first, each group in list order. */
    private static int[] roleFirst(boolean[] inRole) {
        int[] personAt = new int[inRole.length];
        int next = 0;
        for (boolean role : new boolean[] {true, false}) {
            for (int person = 0; person < inRole.length; person++) {
                if (inRole[person] == role) {
                    personAt[next++] = person;
                }
            }
        }
        return personAt;
    }

    private static boolean evenlyMixed(List<List<List<Integer>>> plan, int people, boolean[] inRole) {
        int roleCount = 0;
        for (boolean role : inRole) {
            roleCount += role ? 1 : 0;
        }
        for (List<List<Integer>> round : plan) {
            for (List<Integer> table : round) {
                double share = (double) roleCount * table.size() / people;
                long count = table.stream().filter(person -> inRole[person]).count();
                if (count < Math.floor(share) || count > Math.ceil(share)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<List<Integer>> emptyTables(int tables) {
        List<List<Integer>> roundTables = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            roundTables.add(new ArrayList<>());
        }
        return roundTables;
    }

    private static List<List<Integer>> sorted(List<List<Integer>> roundTables) {
        for (List<Integer> table : roundTables) {
            table.sort(Integer::compare);
        }
        return roundTables;
    }
}
