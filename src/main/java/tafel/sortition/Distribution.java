package tafel.sortition;

import java.util.Arrays;
import java.util.List;

/**
 * A lottery over panels: each panel with its chance in billionths (they add up to exactly
 * {@link #SCALE}), so that a draw from it is exact and anyone can redo it; and every person's
 * chance to sit, which follows from the panels.
 *
 * <p>Where people are interchangeable (the same quotas, no one else from their address), a panel
 * stands for every panel with as many of each such group: its members of a group are then drawn
 * evenly from the whole group ({@link PublicDraw#members}), so each of them sits with the group's
 * seats in the panel divided by its size. LEXIMIN gives such people the same chance anyway; the
 * lottery need not spell out every way of choosing them.
 *
 * @param panels          the panels with a chance, in a fixed order (by the people's numbers)
 * @param chances         per panel, its chance in billionths
 * @param method          how it was found: "leximin" or "greedy"
 * @param interchangeable groups of two or more people drawn evenly among themselves, each in pool order; no one in two
 */
public record Distribution(List<int[]> panels, long[] chances, String method, List<int[]> interchangeable) {

    public static final long SCALE = 1_000_000_000L;

    public Distribution {
        panels = List.copyOf(panels);
        chances = chances.clone();
        interchangeable = interchangeable.stream().map(int[]::clone).toList();
        if (panels.size() != chances.length || Arrays.stream(chances).sum() != SCALE) {
            throw new IllegalArgumentException("every panel needs a chance and the chances add up to one");
        }
    }

    /** A lottery over exactly these panels: no one drawn for someone else. */
    public Distribution(List<int[]> panels, long[] chances, String method) {
        this(panels, chances, method, List.of());
    }

    /** Every person's chance to sit, in pool order. */
    public double[] probabilities(int people) {
        java.util.Map<Integer, Integer> groupOf = groupOf();
        double[] probabilities = new double[people];
        for (int p = 0; p < panels.size(); p++) {
            double chance = (double) chances[p] / SCALE;
            for (int person : panels.get(p)) {
                Integer g = groupOf.get(person);
                if (g == null) {
                    probabilities[person] += chance;
                } else {
                    // a seat of the group, shared evenly by all of it
                    int[] group = interchangeable.get(g);
                    for (int member : group) {
                        probabilities[member] += chance / group.length;
                    }
                }
            }
        }
        return probabilities;
    }

    /** For everyone in a group, the group's number in {@link #interchangeable}. */
    java.util.Map<Integer, Integer> groupOf() {
        java.util.Map<Integer, Integer> groupOf = new java.util.HashMap<>();
        for (int g = 0; g < interchangeable.size(); g++) {
            for (int member : interchangeable.get(g)) {
                groupOf.put(member, g);
            }
        }
        return groupOf;
    }
}
