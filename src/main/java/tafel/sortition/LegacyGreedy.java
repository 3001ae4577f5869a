package tafel.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The greedy draw organisers have long used, for comparison: seat by seat, take a random person
 * from the quota furthest from its minimum (the most still needed per person still available),
 * leave out whoever would break a maximum or shares a household with someone seated; start again
 * when it gets stuck. Its chances are estimated by drawing it many times.
 */
public final class LegacyGreedy {

    private static final int ATTEMPTS = 100;

    private LegacyGreedy() {
    }

    /** One greedy panel, or empty when a hundred starts all got stuck. */
    public static Optional<int[]> draw(PanelSpec spec, SplittableRandom random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<int[]> panel = attempt(spec, random);
            if (panel.isPresent()) {
                return panel;
            }
        }
        return Optional.empty();
    }

    /**
     * The greedy draw run {@code runs} times (from seeds 1, 2, …): how often each panel came out,
     * as a lottery; empty when it never gets a panel.
     */
    public static Optional<Distribution> estimate(PanelSpec spec, int runs) {
        Map<String, int[]> panels = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            Optional<int[]> panel = draw(spec, new SplittableRandom(run));
            if (panel.isEmpty()) {
                return Optional.empty();
            }
            String key = Arrays.toString(panel.get());
            panels.putIfAbsent(key, panel.get());
            counts.merge(key, 1L, Long::sum);
        }
        List<String> keys = new ArrayList<>(panels.keySet());
        keys.sort((a, b) -> Arrays.compare(panels.get(a), panels.get(b)));
        double[] shares = keys.stream().mapToDouble(key -> counts.get(key)).toArray();
        return Optional.of(new Distribution(keys.stream().map(panels::get).toList(), Leximin.billionths(shares), "greedy"));
    }

    private static Optional<int[]> attempt(PanelSpec spec, SplittableRandom random) {
        int people = spec.pool().size();
        int[][] members = spec.members();
        List<int[]> households = spec.households();
        int[] homeOf = new int[people];
        Arrays.fill(homeOf, -1);
        for (int h = 0; h < households.size(); h++) {
            for (int person : households.get(h)) {
                homeOf[person] = h;
            }
        }
        boolean[] available = new boolean[people];
        Arrays.fill(available, true);
        int[] seated = new int[members.length];
        List<Integer> panel = new ArrayList<>();
        while (panel.size() < spec.size()) {
            List<Integer> from = candidates(spec, members, seated, available);
            if (from.isEmpty()) {
                return Optional.empty();
            }
            int person = from.get(random.nextInt(from.size()));
            panel.add(person);
            available[person] = false;
            if (homeOf[person] >= 0) {
                for (int housemate : households.get(homeOf[person])) {
                    available[housemate] = false;
                }
            }
            for (int q = 0; q < members.length; q++) {
                if (spec.quotas().get(q).holdsFor(spec.pool().get(person))) {
                    seated[q]++;
                }
            }
            // whoever would now break a maximum is no longer available
            for (int q = 0; q < members.length; q++) {
                if (seated[q] >= spec.quotas().get(q).max()) {
                    for (int other : members[q]) {
                        available[other] = false;
                    }
                }
            }
        }
        int[] result = panel.stream().mapToInt(Integer::intValue).sorted().toArray();
        return spec.allows(result) ? Optional.of(result) : Optional.empty();
    }

    /** The available people of the quota that most needs them, or everyone available when all minimums are met. */
    private static List<Integer> candidates(PanelSpec spec, int[][] members, int[] seated, boolean[] available) {
        double most = 0;
        int pick = -1;
        for (int q = 0; q < members.length; q++) {
            int needed = spec.quotas().get(q).min() - seated[q];
            if (needed <= 0) {
                continue;
            }
            long open = Arrays.stream(members[q]).filter(person -> available[person]).count();
            if (open == 0) {
                return List.of();
            }
            double ratio = (double) needed / open;
            if (ratio > most) {
                most = ratio;
                pick = q;
            }
        }
        List<Integer> from = new ArrayList<>();
        if (pick >= 0) {
            Arrays.stream(members[pick]).filter(person -> available[person]).forEach(from::add);
        } else {
            for (int person = 0; person < available.length; person++) {
                if (available[person]) {
                    from.add(person);
                }
            }
        }
        return from;
    }
}
