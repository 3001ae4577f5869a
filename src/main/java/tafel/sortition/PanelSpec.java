package tafel.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a panel must be: {@code size} people from the pool, every quota met, and with
 * {@code onePerHousehold} never two of one household. People are numbered by their place in the
 * pool; a panel is the sorted array of those numbers.
 */
public record PanelSpec(List<Respondent> pool, List<Quota> quotas, int size, boolean onePerHousehold) {

    public PanelSpec {
        pool = List.copyOf(pool);
        quotas = List.copyOf(quotas);
        if (size < 1) {
            throw new IllegalArgumentException("a panel has at least one seat");
        }
    }

    /** Per quota, in the order of {@link #quotas}, the numbers of the people it counts. */
    public int[][] members() {
        int[][] members = new int[quotas.size()][];
        for (int q = 0; q < quotas.size(); q++) {
            Quota quota = quotas.get(q);
            members[q] = indices(person -> quota.holdsFor(pool.get(person)));
        }
        return members;
    }

    /** The households with more than one person in the pool, each as the numbers of its people (only when it counts). */
    public List<int[]> households() {
        if (!onePerHousehold) {
            return List.of();
        }
        Map<String, List<Integer>> byHousehold = new LinkedHashMap<>();
        for (int person = 0; person < pool.size(); person++) {
            int who = person;
            pool.get(person).household().ifPresent(home -> byHousehold.computeIfAbsent(home, none -> new ArrayList<>()).add(who));
        }
        return byHousehold.values().stream().filter(people -> people.size() > 1)
                .map(people -> people.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    /** Whether these people (numbers into the pool) form a panel the rules allow. */
    public boolean allows(int[] panel) {
        if (panel.length != size || Arrays.stream(panel).distinct().count() != size) {
            return false;
        }
        boolean[] in = new boolean[pool.size()];
        for (int person : panel) {
            in[person] = true;
        }
        for (Quota quota : quotas) {
            long count = Arrays.stream(panel).filter(person -> quota.holdsFor(pool.get(person))).count();
            if (count < quota.min() || count > quota.max()) {
                return false;
            }
        }
        for (int[] household : households()) {
            if (Arrays.stream(household).filter(person -> in[person]).count() > 1) {
                return false;
            }
        }
        return true;
    }

    private int[] indices(java.util.function.IntPredicate counted) {
        return java.util.stream.IntStream.range(0, pool.size()).filter(counted).toArray();
    }
}
