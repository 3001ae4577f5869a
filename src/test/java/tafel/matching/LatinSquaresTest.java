package tafel.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LatinSquaresTest {

    private static boolean latin(int[][] square) {
        int n = square.length;
        for (int i = 0; i < n; i++) {
            Set<Integer> row = new HashSet<>();
            Set<Integer> column = new HashSet<>();
            for (int j = 0; j < n; j++) {
                row.add(square[i][j]);
                column.add(square[j][i]);
            }
            if (row.size() != n || column.size() != n || !row.stream().allMatch(symbol -> symbol >= 0 && symbol < n)) {
                return false;
            }
        }
        return true;
    }

    private static boolean orthogonal(int[][] a, int[][] b) {
        int n = a.length;
        Set<Integer> pairs = new HashSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                pairs.add(a[i][j] * n + b[i][j]);
            }
        }
        return pairs.size() == n * n;
    }

    /** Orders that are prime powers, 10 (the kept pair), and products: every square Latin, every two orthogonal. */
    @Test
    void theSquaresAreLatinAndMutuallyOrthogonal() {
        int[][] expected = {{3, 2}, {4, 3}, {5, 4}, {7, 6}, {8, 7}, {9, 8}, {10, 2}, {12, 2}, {15, 2}, {20, 3}, {30, 2}, {6, 1}};
        for (int[] order : expected) {
            List<int[][]> squares = LatinSquares.mutuallyOrthogonal(order[0], 20);
            assertThat(squares).as("order " + order[0]).hasSize(order[1]);
            for (int a = 0; a < squares.size(); a++) {
                assertThat(latin(squares.get(a))).as("order " + order[0]).isTrue();
                for (int b = a + 1; b < squares.size(); b++) {
                    assertThat(orthogonal(squares.get(a), squares.get(b))).as("order " + order[0] + ", squares " + a + ", " + b).isTrue();
                }
            }
        }
    }

    private static void repeatFree(List<List<List<Integer>>> plan, int people, int tableSize) {
        Set<Long> pairs = new HashSet<>();
        for (List<List<Integer>> round : plan) {
            assertThat(round.stream().flatMap(List::stream).sorted().toList()).hasSize(people).doesNotHaveDuplicates();
            for (List<Integer> table : round) {
                assertThat(table).hasSize(tableSize);
                for (int x : table) {
                    for (int y : table) {
                        if (x < y) {
                            assertThat(pairs.add((long) x * people + y)).as(x + " and " + y + " meet twice").isTrue();
                        }
                    }
                }
            }
        }
    }

    @Test
    void nSquaredPeopleAtNTablesForAsManyRoundsAsTheSquaresGive() {
        repeatFree(LatinSquares.plan(100, 10, 4).orElseThrow(), 100, 10);
        repeatFree(LatinSquares.plan(144, 12, 4).orElseThrow(), 144, 12);
        repeatFree(LatinSquares.plan(225, 15, 4).orElseThrow(), 225, 15);
        repeatFree(LatinSquares.plan(400, 20, 5).orElseThrow(), 400, 20);
        assertThat(LatinSquares.plan(100, 10, 5)).isEmpty();
        assertThat(LatinSquares.plan(36, 6, 4)).isEmpty();
        repeatFree(LatinSquares.plan(36, 6, 3).orElseThrow(), 36, 6);
    }

    @Test
    void theKeptPlanForEighteenAtTablesOfThreeIsRepeatFree() {
        repeatFree(KnownPlans.find(18, 3, 8).orElseThrow(), 18, 3);
        assertThat(KnownPlans.find(18, 3, 9)).isEmpty();
    }
}
