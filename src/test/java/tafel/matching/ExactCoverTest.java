package tafel.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ExactCoverTest {

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    private static List<Integer> inOrder(ExactCover cover) {
        return IntStream.range(0, cover.rowCount()).boxed().toList();
    }

    private static ExactCover knuthsExample(boolean withRowE) {
        // Knuth, "Dancing links": columns a..g, rows A..F; the only cover is A, D and E (rows 0, 3, 4)
        ExactCover cover = new ExactCover(7);
        for (int[] row : new int[][] {{2, 4, 5}, {0, 3, 6}, {1, 2, 5}, {0, 3}, {1, 6}, {3, 4, 6}}) {
            if (withRowE || row.length != 2 || row[0] != 1) {
                cover.addRow(row);
            }
        }
        return cover;
    }

    @Test
    void findsTheOnlyCoverOfKnuthsExampleAndReportsNoneWithoutIt() {
        ExactCover cover = knuthsExample(true);
        int[] rows = cover.solve(inOrder(cover), 1_000, () -> 0, NO_DEADLINE).orElseThrow();
        Arrays.sort(rows);
        assertThat(rows).containsExactly(0, 3, 4);
        ExactCover without = knuthsExample(false);
        assertThat(without.solve(inOrder(without), 1_000, () -> 0, NO_DEADLINE)).isEmpty();
    }

    @Test
    void stopsAtTheStepBudgetAndAtTheDeadline() {
        ExactCover cover = knuthsExample(true);
        assertThat(cover.solve(inOrder(cover), 1, () -> 0, NO_DEADLINE)).isEmpty();
        assertThat(cover.solve(inOrder(cover), 1_000, () -> 0, NO_DEADLINE)).isPresent();
        assertThat(cover.solve(inOrder(cover), 1_000, () -> 10, 5)).isEmpty();
    }

    @Test
    void agreesWithBruteForceOnRandomSmallInstances() {
        SplittableRandom random = new SplittableRandom(7);
        for (int instance = 0; instance < 300; instance++) {
            int columns = 3 + random.nextInt(6);
            int rowCount = 2 + random.nextInt(10);
            ExactCover cover = new ExactCover(columns);
            List<int[]> rows = new ArrayList<>();
            for (int r = 0; r < rowCount; r++) {
                int[] row = IntStream.range(0, columns).filter(c -> random.nextInt(3) == 0).toArray();
                if (row.length == 0) {
                    row = new int[] {random.nextInt(columns)};
                }
                rows.add(row);
                cover.addRow(row);
            }
            Optional<int[]> found = cover.solve(inOrder(cover), Long.MAX_VALUE, () -> 0, NO_DEADLINE);
            assertThat(found.isPresent()).as("instance %d", instance).isEqualTo(bruteForceHasCover(rows, columns));
            found.ifPresent(chosen -> assertCoversExactlyOnce(rows, chosen, columns));
        }
    }

    private static boolean bruteForceHasCover(List<int[]> rows, int columns) {
        for (int subset = 1; subset < 1 << rows.size(); subset++) {
            int[] count = new int[columns];
            for (int r = 0; r < rows.size(); r++) {
                if ((subset >> r & 1) == 1) {
                    for (int c : rows.get(r)) {
                        count[c]++;
                    }
                }
            }
            if (Arrays.stream(count).allMatch(n -> n == 1)) {
                return true;
            }
        }
        return false;
    }

    private static void assertCoversExactlyOnce(List<int[]> rows, int[] chosen, int columns) {
        int[] count = new int[columns];
        for (int r : chosen) {
            for (int c : rows.get(r)) {
                count[c]++;
            }
        }
        assertThat(count).containsOnly(1);
    }
}
