package tafel.sortition;

import java.util.Arrays;
import java.util.List;

/**
 * A lottery over panels: each panel with its chance in billionths (they add up to exactly
 * {@link #SCALE}), so that a draw from it is exact and anyone can redo it; and every person's
 * chance to sit, which follows from the panels.
 *
 * @param panels  the panels with a chance, in a fixed order (by the people's numbers)
 * @param chances per panel, its chance in billionths
 * @param method  how it was found: "leximin" or "greedy"
 */
public record Distribution(List<int[]> panels, long[] chances, String method) {

    public static final long SCALE = 1_000_000_000L;

    public Distribution {
        panels = List.copyOf(panels);
        chances = chances.clone();
        if (panels.size() != chances.length || Arrays.stream(chances).sum() != SCALE) {
            throw new IllegalArgumentException("every panel needs a chance and the chances add up to one");
        }
    }

    /** Every person's chance to sit, in pool order. */
    public double[] probabilities(int people) {
        double[] probabilities = new double[people];
        for (int p = 0; p < panels.size(); p++) {
            for (int person : panels.get(p)) {
                probabilities[person] += (double) chances[p] / SCALE;
            }
        }
        return probabilities;
    }
}
