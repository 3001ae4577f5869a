package tafel.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Who sits at which table in each round: {@code seats.get(round).get(table)} lists the people at
 * that table (indexes into {@link #people()}). With the quality measures the organiser sees.
 */
public record TablePlan(List<Person> people, List<List<List<Integer>>> seats, long seed, boolean optimal) {

    public TablePlan {
        people = List.copyOf(people);
        List<List<List<Integer>>> copy = new ArrayList<>();
        for (List<List<Integer>> round : seats) {
            List<List<Integer>> tables = new ArrayList<>();
            round.forEach(table -> tables.add(List.copyOf(table)));
            copy.add(List.copyOf(tables));
        }
        seats = List.copyOf(copy);
    }

    public int rounds() {
        return seats.size();
    }

    /** A pair that met more than once, and how often. */
    public record Repeat(Person a, Person b, int times) {
    }

    public List<Repeat> repeats() {
        int[] counts = meetings();
        int n = people.size();
        List<Repeat> repeats = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int times = counts[pair(a, b, n)];
                if (times > 1) {
                    repeats.add(new Repeat(people.get(a), people.get(b), times));
                }
            }
        }
        repeats.sort((x, y) -> x.a().id().equals(y.a().id()) ? x.b().id().compareTo(y.b().id()) : x.a().id().compareTo(y.a().id()));
        return repeats;
    }

    /** Sum over pairs of (meetings − 1) for pairs that met more than once. */
    public int repeatCount() {
        int total = 0;
        for (int times : meetings()) {
            total += Math.max(0, times - 1);
        }
        return total;
    }

    /** How many different people each person meets over all rounds. */
    public int[] newPeopleMet() {
        int[] counts = meetings();
        int n = people.size();
        int[] met = new int[n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (counts[pair(a, b, n)] > 0) {
                    met[a]++;
                    met[b]++;
                }
            }
        }
        return met;
    }

    /** How often each pair met, in one flat triangle (a boxed map took a gigabyte for 2,000 people). */
    private int[] meetings() {
        int n = people.size();
        int[] counts = new int[Math.max(0, (int) ((long) n * (n - 1) / 2))];
        for (List<List<Integer>> round : seats) {
            for (List<Integer> table : round) {
                for (int i = 0; i < table.size(); i++) {
                    for (int j = i + 1; j < table.size(); j++) {
                        counts[pair(table.get(i), table.get(j), n)]++;
                    }
                }
            }
        }
        return counts;
    }

    /** The index of the pair {x, y} (x ≠ y) in the triangle of {@link #meetings}. */
    private static int pair(int x, int y, int n) {
        int a = Math.min(x, y);
        int b = Math.max(x, y);
        return (int) ((long) a * (2L * n - a - 1) / 2 + (b - a - 1));
    }
}
