package tafel.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<Long, Integer> counts = meetings();
        List<Repeat> repeats = new ArrayList<>();
        counts.forEach((key, times) -> {
            if (times > 1) {
                repeats.add(new Repeat(people.get((int) (key / people.size())), people.get((int) (key % people.size())), times));
            }
        });
        repeats.sort((x, y) -> x.a().id().equals(y.a().id()) ? x.b().id().compareTo(y.b().id()) : x.a().id().compareTo(y.a().id()));
        return repeats;
    }

    /** Sum over pairs of (meetings − 1) for pairs that met more than once. */
    public int repeatCount() {
        return meetings().values().stream().mapToInt(times -> Math.max(0, times - 1)).sum();
    }

    /** How many different people each person meets over all rounds. */
    public int[] newPeopleMet() {
        Map<Long, Integer> counts = meetings();
        int[] met = new int[people.size()];
        counts.keySet().forEach(key -> {
            met[(int) (key / people.size())]++;
            met[(int) (key % people.size())]++;
        });
        return met;
    }

    private Map<Long, Integer> meetings() {
        Map<Long, Integer> counts = new HashMap<>();
        long n = people.size();
        for (List<List<Integer>> round : seats) {
            for (List<Integer> table : round) {
                for (int i = 0; i < table.size(); i++) {
                    for (int j = i + 1; j < table.size(); j++) {
                        int a = Math.min(table.get(i), table.get(j));
                        int b = Math.max(table.get(i), table.get(j));
                        counts.merge(a * n + b, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }
}
