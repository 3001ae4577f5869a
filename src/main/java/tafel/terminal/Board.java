package tafel.terminal;

import java.util.List;

/**
 * What the projector shows of a process at one moment, already in the audience's words: a
 * heading, which tables are in, and ranked rows with a bar each.
 *
 * @param cutAfter how many rows go on (themes) or are funded (projects); a line is drawn below them,
 *                 0 for none
 */
public record Board(String title, String heading, String presence, List<Row> rows, int cutAfter, String cutLabel,
                    String footer) {

    public Board {
        rows = List.copyOf(rows);
    }

    /**
     * @param value the bar's length relative to the other rows
     * @param shown the value as written next to the bar ("14", "€ 125.000")
     * @param marked whether the row is chosen (goes on, funded)
     */
    public record Row(String label, long value, String shown, boolean marked) {
    }
}
