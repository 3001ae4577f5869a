package tafel.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mutually orthogonal Latin squares (MOLS): squares of order n in which every pair of symbols of two
 * squares meets in exactly one cell. k of them seat n² people at n tables of n for k + 2 rounds with
 * nobody meeting twice: person (row, column) sits at table row, then column, then the symbol of
 * each square. Known here: q − 1 squares over the field GF(q) for a prime power q; for n = a·b the
 * product of a's and b's squares (as many as the smaller of the two has); for order 10 one
 * orthogonal pair (Parker showed one exists in 1959; this pair was found for tafel by a search for ten
 * disjoint transversals of a random square, and {@code LatinSquaresTest} checks it); order 6 has
 * none (Tarry, 1900), so 36 people at tables of 6 have at most 3 repeat-free rounds.
 */
final class LatinSquares {

    private static final int[][] TEN_A = {
            {3, 9, 4, 0, 8, 2, 1, 7, 6, 5}, {9, 3, 5, 8, 1, 0, 2, 6, 7, 4}, {5, 7, 2, 6, 4, 1, 9, 8, 0, 3},
            {8, 6, 7, 2, 0, 9, 3, 4, 5, 1}, {6, 1, 0, 3, 5, 8, 7, 2, 4, 9}, {0, 4, 6, 1, 7, 5, 8, 3, 9, 2},
            {4, 2, 9, 5, 6, 7, 0, 1, 3, 8}, {7, 0, 1, 4, 2, 3, 5, 9, 8, 6}, {1, 5, 8, 9, 3, 4, 6, 0, 2, 7},
            {2, 8, 3, 7, 9, 6, 4, 5, 1, 0}};
    private static final int[][] TEN_B = {
            {4, 1, 7, 5, 6, 2, 8, 0, 9, 3}, {9, 7, 4, 0, 5, 3, 1, 8, 6, 2}, {8, 9, 6, 2, 3, 4, 5, 7, 0, 1},
            {1, 5, 8, 3, 7, 6, 9, 4, 2, 0}, {7, 2, 9, 6, 0, 8, 3, 5, 1, 4}, {6, 0, 3, 9, 1, 5, 4, 2, 8, 7},
            {5, 8, 0, 1, 4, 7, 2, 6, 3, 9}, {2, 4, 1, 8, 9, 0, 7, 3, 5, 6}, {3, 6, 2, 7, 8, 9, 0, 1, 4, 5},
            {0, 3, 5, 4, 2, 1, 6, 9, 7, 8}};

    private LatinSquares() {
    }

    /** Up to {@code wanted} mutually orthogonal Latin squares of order n, as many as tafel knows (at least one for n ≥ 1). */
    static List<int[][]> mutuallyOrthogonal(int n, int wanted) {
        List<int[][]> best = new ArrayList<>();
        if (n < 1 || wanted < 1) {
            return best;
        }
        Optional<FiniteField> field = FiniteField.of(n);
        if (field.isPresent()) {
            for (int slope = 1; slope < n && best.size() < wanted; slope++) {
                int[][] square = new int[n][n];
                for (int row = 0; row < n; row++) {
                    for (int column = 0; column < n; column++) {
                        square[row][column] = field.get().add(field.get().multiply(slope, row), column);
                    }
                }
                best.add(square);
            }
            return best.isEmpty() ? List.<int[][]>of(cyclic(n)) : best;
        }
        if (n == 10) {
            best.add(TEN_A);
            if (wanted > 1) {
                best.add(TEN_B);
            }
        }
        for (int a = 3; a * a <= n; a++) {
            if (n % a == 0) {
                List<int[][]> first = mutuallyOrthogonal(a, wanted);
                List<int[][]> second = mutuallyOrthogonal(n / a, wanted);
                int count = Math.min(first.size(), second.size());
                if (count > best.size()) {
                    best = new ArrayList<>();
                    for (int k = 0; k < count; k++) {
                        best.add(product(first.get(k), second.get(k)));
                    }
                }
            }
        }
        return best.isEmpty() ? List.<int[][]>of(cyclic(n)) : best;
    }

    /** The product square: symbol (x, y) in cell ((r1, r2), (c1, c2)) where x, y are the two squares' symbols. */
    private static int[][] product(int[][] first, int[][] second) {
        int a = first.length;
        int b = second.length;
        int[][] square = new int[a * b][a * b];
        for (int row = 0; row < a * b; row++) {
            for (int column = 0; column < a * b; column++) {
                square[row][column] = first[row / b][column / b] * b + second[row % b][column % b];
            }
        }
        return square;
    }

    private static int[][] cyclic(int n) {
        int[][] square = new int[n][n];
        for (int row = 0; row < n; row++) {
            for (int column = 0; column < n; column++) {
                square[row][column] = (row + column) % n;
            }
        }
        return square;
    }

    /**
     * n² people at n tables of n for {@code rounds} rounds without a repeat, in the people's numbers
     * (row · n + column), or empty when fewer squares are known than the rounds need.
     */
    static Optional<List<List<List<Integer>>>> plan(int people, int tables, int rounds) {
        int n = tables;
        if (n < 2 || people != n * n || rounds < 1) {
            return Optional.empty();
        }
        List<int[][]> squares = mutuallyOrthogonal(n, Math.max(1, rounds - 2));
        if (rounds > squares.size() + 2) {
            return Optional.empty();
        }
        List<List<List<Integer>>> plan = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<List<Integer>> atTables = new ArrayList<>();
            for (int table = 0; table < n; table++) {
                atTables.add(new ArrayList<>());
            }
            for (int row = 0; row < n; row++) {
                for (int column = 0; column < n; column++) {
                    int table = round == 0 ? row : round == 1 ? column : squares.get(round - 2)[row][column];
                    atTables.get(table).add(row * n + column);
                }
            }
            plan.add(atTables.stream().map(List::copyOf).toList());
        }
        return Optional.of(plan);
    }
}
