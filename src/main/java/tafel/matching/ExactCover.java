package tafel.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Knuth's Algorithm X with dancing links: choose rows so that every primary column is covered
 * exactly once and every secondary column at most once. The search always branches on the column with the fewest rows left (the first such
 * column on a tie), trying its rows in the order they were added, so a given row order gives the
 * same answer on every machine; a step budget and a deadline bound it.
 */
final class ExactCover {

    private final int columns;
    private final int primaryColumns;
    private final List<int[]> rows = new ArrayList<>();

    /** Columns 0..primaryColumns−1 must be covered exactly once, the rest at most once. */
    ExactCover(int columns, int primaryColumns) {
        this.columns = columns;
        this.primaryColumns = primaryColumns;
    }

    ExactCover(int columns) {
        this(columns, columns);
    }

    /** Adds a row covering the given columns (distinct, each below the column count); returns its number. */
    int addRow(int[] rowColumns) {
        for (int c : rowColumns) {
            if (c < 0 || c >= columns) {
                throw new IllegalArgumentException("column " + c + " outside 0.." + (columns - 1));
            }
        }
        rows.add(rowColumns.clone());
        return rows.size() - 1;
    }

    int rowCount() {
        return rows.size();
    }

    /**
     * Rows that together cover every column exactly once, or empty when there are none, the
     * step budget ran out or the clock passed the deadline.
     */
    Optional<int[]> solve(List<Integer> rowOrder, long stepBudget, LongSupplier clock, long deadline) {
        return new Links(rowOrder).solve(stepBudget, clock, deadline);
    }

    /**
     * The linked structure of one search: node 0 is the root, nodes 1..columns the column headers;
     * only primary headers are linked to the root, so the search never branches on a secondary one.
     */
    private final class Links {
        private final int[] left;
        private final int[] right;
        private final int[] up;
        private final int[] down;
        private final int[] column;
        private final int[] rowOfNode;
        private final int[] size;
        private final int[] chosen;
        private int depth;
        private long steps;

        Links(List<Integer> rowOrder) {
            int nodes = 1 + columns;
            for (int row : rowOrder) {
                nodes += rows.get(row).length;
            }
            left = new int[nodes];
            right = new int[nodes];
            up = new int[nodes];
            down = new int[nodes];
            column = new int[nodes];
            rowOfNode = new int[nodes];
            size = new int[columns + 1];
            chosen = new int[columns];
            for (int c = 0; c <= columns; c++) {
                boolean linked = c <= primaryColumns;
                left[c] = !linked ? c : c == 0 ? primaryColumns : c - 1;
                right[c] = !linked ? c : c == primaryColumns ? 0 : c + 1;
                up[c] = c;
                down[c] = c;
            }
            int node = columns + 1;
            for (int row : rowOrder) {
                int first = node;
                for (int c0 : rows.get(row)) {
                    int c = c0 + 1;
                    column[node] = c;
                    rowOfNode[node] = row;
                    up[node] = up[c];
                    down[node] = c;
                    down[up[c]] = node;
                    up[c] = node;
                    size[c]++;
                    left[node] = node == first ? node : left[first];
                    right[node] = first;
                    right[left[first]] = node;
                    left[first] = node;
                    node++;
                }
            }
        }

        Optional<int[]> solve(long stepBudget, LongSupplier clock, long deadline) {
            if (!search(stepBudget, clock, deadline)) {
                return Optional.empty();
            }
            int[] answer = new int[depth];
            System.arraycopy(chosen, 0, answer, 0, depth);
            return Optional.of(answer);
        }

        private boolean search(long stepBudget, LongSupplier clock, long deadline) {
            if (right[0] == 0) {
                return true;
            }
            // the clock is read on the first step and every 1,024 after it: reading it costs more than a step
            if (++steps > stepBudget || ((steps & 1023) == 1 && clock.getAsLong() >= deadline)) {
                steps = Long.MAX_VALUE - 1;
                return false;
            }
            int best = right[0];
            for (int c = right[0]; c != 0; c = right[c]) {
                if (size[c] < size[best]) {
                    best = c;
                }
            }
            if (size[best] == 0) {
                return false;
            }
            cover(best);
            for (int r = down[best]; r != best; r = down[r]) {
                chosen[depth++] = rowOfNode[r];
                for (int j = right[r]; j != r; j = right[j]) {
                    cover(column[j]);
                }
                if (search(stepBudget, clock, deadline)) {
                    return true;
                }
                for (int j = left[r]; j != r; j = left[j]) {
                    uncover(column[j]);
                }
                depth--;
                if (steps >= Long.MAX_VALUE - 1) {
                    break;
                }
            }
            uncover(best);
            return false;
        }

        private void cover(int c) {
            left[right[c]] = left[c];
            right[left[c]] = right[c];
            for (int i = down[c]; i != c; i = down[i]) {
                for (int j = right[i]; j != i; j = right[j]) {
                    up[down[j]] = up[j];
                    down[up[j]] = down[j];
                    size[column[j]]--;
                }
            }
        }

        private void uncover(int c) {
            for (int i = up[c]; i != c; i = up[i]) {
                for (int j = left[i]; j != i; j = left[j]) {
                    size[column[j]]++;
                    down[up[j]] = j;
                    up[down[j]] = j;
                }
            }
            left[right[c]] = c;
            right[left[c]] = c;
        }
    }
}
