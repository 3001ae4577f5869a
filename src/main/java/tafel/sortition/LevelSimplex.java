package tafel.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The linear program of one LEXIMIN level, kept warm from panel to panel and from level to level:
 * maximise z with the panels' shares λ adding up to one, every open person's chance (the shares of
 * the panels that hold them) at least z, every settled person's at least their chance. A revised
 * simplex with the inverse of the basis kept explicitly: a new panel is a new column, priced and
 * brought in by a few pivots from where the last solution stood (column generation's warm start);
 * settling people changes one column of the basis, which a rank-one update of the inverse follows.
 * ojAlgo's model would solve the program again from scratch each time, which is what made 200
 * respondents take a minute.
 *
 * <p>Rows: 0 is Σλ = 1; 1 + i is person i: Σ_{C∋i} λ_C − z − s_i = 0 while open,
 * Σ_{C∋i} λ_C − s_i = p_i once settled. Columns: 0 is z, 1 + i is s_i, then one per panel.
 *
 * <p>The same program also splits given chances π into panels ({@link #towards}): every row
 * Σ_{C∋i} λ_C − π_i z − s_i = 0, so z reaches 1 exactly when the panels' shares give everyone
 * their π (the chances add up to the seats, as every panel's people do, so at least is exactly).
 *
 * <p>A row may stand for a kind of people rather than one ({@link Kinds}): a column then names a
 * kind as often as it has seats in the panel, z's coefficient and a settled chance count as many
 * times as the kind has people, and in a split the kind's π is its people's chances together.
 */
final class LevelSimplex {

    private static final double TOLERANCE = 1e-9;
    private static final double PIVOT = 1e-7;
    /** After this many pivots without progress, Bland's rule, so degenerate pivots cannot cycle. */
    private static final int STALL = 50;
    /** The fewest columns priced before the best of them enters. */
    private static final int SLICE = 200;
    /** How often (in pivots) the inverse is checked for rounding, and how much is too much. */
    private static final int CHECK = 2000;
    private static final double DRIFT = 1e-9;

    private final int people;
    private final int rows;
    private final List<int[]> panels = new ArrayList<>();
    /** How many people a row stands for: its settled chance counts that many times. */
    private final double[] size;
    private final boolean[] settled;
    /** Per person, z's coefficient in their row: 1 while open and 0 once settled, or their target chance. */
    private final double[] zCoefficient;
    private final double[] rhs;
    private final int[] basis;
    private final double[] values;
    private final java.util.BitSet basic = new java.util.BitSet();
    /**
     * The inverse of the basis, transposed: {@code inverse[k][r]} is B⁻¹ at row r, column k. A new
     * panel's direction is then a sum of 31 contiguous rows, and a pivot changes only the rows where
     * the leaving row of B⁻¹ is not zero (a fifth of them at 1,000 respondents), each in one pass —
     * stored the other way round, every pivot went through the whole matrix, 8 MB at 1,000.
     */
    private double[][] inverse;
    private int pivots;
    /** Where partial pricing goes on: the column after the last one priced. */
    private int cursor;

    /**
     * A level's program, starting from one panel with all the share, z at 0 and every row's slack
     * in the basis; {@code size} is how many people each row stands for (its kind's, see
     * {@link Kinds}), whose seats together must reach z (or a settled chance) times that.
     */
    LevelSimplex(int[] first, double[] size, double[] settledAt) {
        this(first, size, settledAt, size);
    }

    /** Towards these seats per row: z (see {@link #least}) is 1 once the panels' shares give every row its own. */
    static LevelSimplex towards(int rows, int[] first, double[] seats) {
        double[] open = new double[rows];
        Arrays.fill(open, Double.NaN);
        double[] one = new double[rows];
        Arrays.fill(one, 1);
        return new LevelSimplex(first, one, open, seats);
    }

    private LevelSimplex(int[] first, double[] size, double[] settledAt, double[] zOpen) {
        this.people = size.length;
        this.rows = people + 1;
        this.size = size.clone();
        this.settled = new boolean[people];
        this.zCoefficient = new double[people];
        this.rhs = new double[rows];
        rhs[0] = 1;
        for (int person = 0; person < people; person++) {
            if (!Double.isNaN(settledAt[person])) {
                settled[person] = true;
                rhs[1 + person] = size[person] * settledAt[person];
            } else {
                zCoefficient[person] = zOpen[person];
            }
        }
        panels.add(first.clone());
        basis = new int[rows];
        values = new double[rows];
        basis[0] = column(0);
        for (int person = 0; person < people; person++) {
            basis[1 + person] = 1 + person;
        }
        // this basis, [[1, 0], [a, −I]], is its own inverse
        inverse = new double[rows][rows];
        inverse[0][0] = 1;
        for (int person : first) {
            inverse[0][1 + person] += 1;
        }
        for (int person = 0; person < people; person++) {
            inverse[1 + person][1 + person] = -1;
        }
        basic.set(column(0));
        basic.set(1, people + 1);
        recompute();
        for (int r = 0; r < rows; r++) {
            if (values[r] < -1e-7) {
                throw new IllegalStateException("the first panel does not give the settled people their chance");
            }
        }
    }

    /** The column of the panel with this index. */
    private int column(int panel) {
        return 1 + people + panel;
    }

    List<int[]> panels() {
        return panels;
    }

    /** Adds a panel as a column (not in the basis). */
    void add(int[] panel) {
        panels.add(panel.clone());
    }

    /**
     * Simplex pivots until no column of the program improves z. Partial pricing: the best column of
     * the next slice of columns enters, and only when a whole round of slices finds none is the
     * program optimal — pricing every column for every pivot was half of the time at 300
     * respondents. After {@link #STALL} steps without progress, Bland's rule over all columns.
     */
    void optimise() {
        int stalled = 0;
        while (true) {
            double[] duals = duals();
            int columns = 1 + people + panels.size();
            int entering = stalled >= STALL ? firstImproving(duals, columns) : bestInSlices(duals, columns);
            if (entering < 0) {
                return;
            }
            double[] direction = solve(entering);
            int leaving = -1;
            double ratio = Double.POSITIVE_INFINITY;
            for (int r = 0; r < rows; r++) {
                // a tiny pivot element would make the basis nearly singular: such a row does not limit the step
                if (direction[r] > PIVOT) {
                    double step = Math.max(0, values[r]) / direction[r];
                    if (step < ratio - TOLERANCE || step <= ratio + TOLERANCE && leaving >= 0 && basis[r] < basis[leaving]) {
                        ratio = step;
                        leaving = r;
                    }
                }
            }
            if (leaving < 0) {
                throw new IllegalStateException("unbounded: z cannot exceed one");
            }
            stalled = ratio > TOLERANCE ? 0 : stalled + 1;
            pivot(leaving, entering, direction);
        }
    }

    /** Bland: the improving column with the lowest number, or −1. */
    private int firstImproving(double[] duals, int columns) {
        for (int j = 0; j < columns; j++) {
            if (!inBasis(j) && reducedCost(j, duals) > TOLERANCE) {
                return j;
            }
        }
        return -1;
    }

    /** The most improving column of the first slice, from where the last search stopped, that has one; −1 when none has. */
    private int bestInSlices(double[] duals, int columns) {
        int slice = Math.max(SLICE, columns / 8);
        for (int scanned = 0; scanned < columns; ) {
            int entering = -1;
            double best = TOLERANCE;
            for (int step = 0; step < slice && scanned < columns; step++, scanned++) {
                int j = cursor % columns;
                cursor = j + 1;
                if (inBasis(j)) {
                    continue;
                }
                double reduced = reducedCost(j, duals);
                if (reduced > best) {
                    entering = j;
                    best = reduced;
                }
            }
            if (entering >= 0) {
                return entering;
            }
        }
        return -1;
    }

    /** z: the least chance of the open people at this level's optimum. */
    double least() {
        for (int r = 0; r < rows; r++) {
            if (basis[r] == 0) {
                return values[r];
            }
        }
        return 0;
    }

    /** The weights the optimum puts on the people (pricing a panel: its weight against {@link #bound}). */
    double[] weights() {
        double[] duals = duals();
        double[] weights = new double[people];
        for (int person = 0; person < people; person++) {
            weights[person] = Math.max(0, -duals[1 + person]);
        }
        return weights;
    }

    /** No panel whose people weigh more than this can improve z. */
    double bound() {
        return duals()[0];
    }

    /**
     * Settles these open people at the chance they have now: their rows no longer hold z, but
     * their chance. The current solution still holds, so the basis stays; its inverse follows.
     */
    void settle(List<Integer> now, double chance) {
        if (now.isEmpty()) {
            return;
        }
        for (int person : now) {
            settled[person] = true;
            zCoefficient[person] = 0;
            rhs[1 + person] = size[person] * chance;
        }
        boolean open = false;
        for (boolean done : settled) {
            open |= !done;
        }
        if (!open) {
            // everyone settled: the solution stands as it is, z no longer matters
            return;
        }
        rebase();
    }

    /**
     * A basis for the current point after settling: the variables with a value (the panels with a
     * share, z, the slacks of people above their chance), and for the rows they leave, zero slacks.
     * The old basis cannot stay: z's column loses exactly the rows whose weights made it basic.
     */
    private void rebase() {
        double[] point = new double[1 + people + panels.size()];
        for (int r = 0; r < rows; r++) {
            point[basis[r]] = Math.max(0, values[r]);
        }
        // the slacks follow from the shares and z under the new rows
        for (int person = 0; person < people; person++) {
            point[1 + person] = 0;
        }
        for (int person = 0; person < people; person++) {
            point[1 + person] = Math.max(0, rowValue(1 + person, point) - rhs[1 + person]);
        }
        while (!tryBasis(point)) {
            // the columns with a value depend on each other: tryBasis moved the point to drop one
        }
        refactor();
    }

    /** Row r of A·x without its slack. */
    private double rowValue(int row, double[] point) {
        double sum = 0;
        for (int j = 0; j < point.length; j++) {
            if (point[j] != 0 && (j == 0 || j > people)) {
                sum += dense(j)[row] * point[j];
            }
        }
        return sum;
    }

    /**
     * Takes the variables with a value as the basis, completed with zero slacks, when their columns
     * are independent; otherwise moves the point along a combination of them that changes nothing
     * in A·x until one of them reaches zero, and says false.
     */
    private boolean tryBasis(double[] point) {
        List<Integer> structural = new ArrayList<>();
        boolean[] coveredBySlack = new boolean[rows];
        List<Integer> slacks = new ArrayList<>();
        for (int j = 0; j < point.length; j++) {
            if (point[j] > 1e-12) {
                if (j >= 1 && j <= people) {
                    slacks.add(j);
                    coveredBySlack[j] = true;
                } else {
                    structural.add(j);
                }
            } else {
                point[j] = 0;
            }
        }
        // the shares' row has no slack, so a panel must stand on it: the first panel pivots there first.
        // Left to the largest entry, a kind's row (a panel may hold 2 or 3 of a kind) could take every
        // panel and leave the shares' row with none.
        structural.stream().filter(j -> j > people).findFirst().ifPresent(panel -> {
            structural.remove(panel);
            structural.add(0, panel);
        });
        List<Integer> candidates = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (!coveredBySlack[r]) {
                candidates.add(r);
            }
        }
        List<double[]> columns = new ArrayList<>();
        double[][] work = new double[candidates.size()][structural.size()];
        for (int c = 0; c < structural.size(); c++) {
            double[] column = dense(structural.get(c));
            columns.add(column);
            for (int a = 0; a < candidates.size(); a++) {
                work[a][c] = column[candidates.get(a)];
            }
        }
        boolean[] usedRow = new boolean[candidates.size()];
        int[] pivotRowOf = new int[structural.size()];
        for (int c = 0; c < structural.size(); c++) {
            int best = -1;
            if (c == 0 && structural.get(0) > people) {
                // candidates start with row 0 (never covered by a slack), where every panel has a 1
                best = 0;
            } else {
                for (int a = 0; a < candidates.size(); a++) {
                    if (!usedRow[a] && (best < 0 || Math.abs(work[a][c]) > Math.abs(work[best][c]))) {
                        best = a;
                    }
                }
            }
            if (best < 0 || Math.abs(work[best][c]) < 1e-10) {
                move(point, structural, columns, work, pivotRowOf, c);
                return false;
            }
            usedRow[best] = true;
            pivotRowOf[c] = best;
            for (int a = 0; a < candidates.size(); a++) {
                if (a != best && work[a][c] != 0) {
                    double factor = work[a][c] / work[best][c];
                    for (int k = c; k < structural.size(); k++) {
                        work[a][k] -= factor * work[best][k];
                    }
                }
            }
        }
        int position = 0;
        basic.clear();
        for (int j : structural) {
            basis[position++] = j;
            basic.set(j);
        }
        for (int j : slacks) {
            basis[position++] = j;
            basic.set(j);
        }
        for (int a = 0; a < candidates.size(); a++) {
            int row = candidates.get(a);
            if (!usedRow[a]) {
                if (row == 0) {
                    throw new IllegalStateException("no panel stands on the shares' row");
                }
                basis[position++] = row;
                basic.set(row);
            }
        }
        return true;
    }

    /**
     * Column c depends on the pivot columns before it: v = e_c − Σ (its entries on their pivot
     * rows ÷ their pivots) e_q changes nothing on the rows no slack covers; the slacks take up the
     * rest. The point moves along v (or −v) until a variable with a value reaches zero.
     */
    private void move(double[] point, List<Integer> structural, List<double[]> columns, double[][] work, int[] pivotRowOf,
                      int c) {
        double[] direction = new double[point.length];
        direction[structural.get(c)] = 1;
        for (int q = 0; q < c; q++) {
            int a = pivotRowOf[q];
            direction[structural.get(q)] = -work[a][c] / work[a][q];
        }
        for (int person = 0; person < people; person++) {
            if (point[1 + person] > 0) {
                double change = 0;
                for (int s = 0; s <= c; s++) {
                    change += columns.get(s)[1 + person] * direction[structural.get(s)];
                }
                direction[1 + person] = change;
            }
        }
        boolean anyNegative = false;
        for (int j = 0; j < point.length; j++) {
            anyNegative |= direction[j] < -1e-12 && point[j] > 0;
        }
        double sign = anyNegative ? 1 : -1;
        double step = Double.POSITIVE_INFINITY;
        int zeroed = -1;
        for (int j = 0; j < point.length; j++) {
            double d = sign * direction[j];
            if (d < -1e-12 && point[j] > 0 && point[j] / -d < step) {
                step = point[j] / -d;
                zeroed = j;
            }
        }
        if (zeroed < 0) {
            throw new IllegalStateException("a dependent column with nowhere to move");
        }
        for (int j = 0; j < point.length; j++) {
            point[j] = Math.max(0, point[j] + step * sign * direction[j]);
        }
        point[zeroed] = 0;
    }

    /** Every panel's share at the optimum, in the order the panels were added. */
    double[] shares() {
        double[] shares = new double[panels.size()];
        for (int r = 0; r < rows; r++) {
            if (basis[r] > people) {
                shares[basis[r] - 1 - people] = Math.max(0, values[r]);
            }
        }
        return shares;
    }

    private boolean inBasis(int column) {
        return basic.get(column);
    }

    /** π = c_B B⁻¹: only z has a cost, so π is the row of the inverse where z is basic. */
    private double[] duals() {
        for (int r = 0; r < rows; r++) {
            if (basis[r] == 0) {
                double[] duals = new double[rows];
                for (int k = 0; k < rows; k++) {
                    duals[k] = inverse[k][r];
                }
                return duals;
            }
        }
        return new double[rows];
    }

    private double reducedCost(int column, double[] duals) {
        if (column == 0) {
            double sum = 1;
            for (int person = 0; person < people; person++) {
                sum += duals[1 + person] * zCoefficient[person];
            }
            return sum;
        }
        if (column <= people) {
            return duals[column];
        }
        double sum = -duals[0];
        for (int person : panels.get(column - 1 - people)) {
            sum -= duals[1 + person];
        }
        return sum;
    }

    /** B⁻¹ a_j: the columns of B⁻¹ (rows of {@link #inverse}) where a_j is not zero, times its entries. */
    private double[] solve(int column) {
        double[] direction = new double[rows];
        if (column == 0) {
            for (int person = 0; person < people; person++) {
                if (zCoefficient[person] != 0) {
                    add(direction, inverse[1 + person], -zCoefficient[person]);
                }
            }
        } else if (column <= people) {
            add(direction, inverse[column], -1);
        } else {
            add(direction, inverse[0], 1);
            for (int person : panels.get(column - 1 - people)) {
                add(direction, inverse[1 + person], 1);
            }
        }
        return direction;
    }

    private static void add(double[] sum, double[] vector, double factor) {
        for (int r = 0; r < sum.length; r++) {
            sum[r] += factor * vector[r];
        }
    }

    private void pivot(int leaving, int entering, double[] direction) {
        double pivotValue = direction[leaving];
        for (int k = 0; k < rows; k++) {
            double[] column = inverse[k];
            double entry = column[leaving];
            if (entry != 0) {
                // B⁻¹'s leaving row is divided by the pivot; every other row loses direction[r] times it
                double factor = entry / pivotValue;
                for (int r = 0; r < rows; r++) {
                    column[r] -= direction[r] * factor;
                }
                column[leaving] = factor;
            }
        }
        double step = values[leaving] / pivotValue;
        for (int r = 0; r < rows; r++) {
            values[r] -= direction[r] * step;
        }
        values[leaving] = step;
        basic.clear(basis[leaving]);
        basis[leaving] = entering;
        basic.set(entering);
        pivots++;
        if (pivots % CHECK == 0 && drifted()) {
            try {
                refactor();
            } catch (IllegalStateException singular) {
                // rounding made the basis singular: a basis built afresh on the current point
                rebase();
            }
        }
    }

    /**
     * Whether rounding in the updated inverse shows: the basic values no longer give B·x_B = b, or
     * the duals no longer price a basic column at zero. Refactoring costs a dense inversion (a
     * second at 1,000 respondents), so it is done when the numbers ask for it, not on a count.
     */
    private boolean drifted() {
        double[] product = new double[rows];
        for (int position = 0; position < rows; position++) {
            double value = values[position];
            int column = basis[position];
            if (value == 0) {
                continue;
            }
            if (column == 0) {
                for (int person = 0; person < people; person++) {
                    product[1 + person] -= zCoefficient[person] * value;
                }
            } else if (column <= people) {
                product[column] -= value;
            } else {
                product[0] += value;
                for (int person : panels.get(column - 1 - people)) {
                    product[1 + person] += value;
                }
            }
        }
        double worst = 0;
        for (int r = 0; r < rows; r++) {
            worst = Math.max(worst, Math.abs(product[r] - rhs[r]));
        }
        double[] duals = duals();
        for (int position = 0; position < rows; position++) {
            worst = Math.max(worst, Math.abs(reducedCost(basis[position], duals)));
        }
        return worst > DRIFT;
    }

    /** x_B = B⁻¹ b. */
    private void recompute() {
        Arrays.fill(values, 0);
        for (int k = 0; k < rows; k++) {
            if (rhs[k] != 0) {
                add(values, inverse[k], rhs[k]);
            }
        }
    }

    /**
     * The inverse of the basis computed afresh, so rounding cannot pile up. A slack's column is a
     * unit vector, so with the slacks' rows set apart the basis is [[K, 0], [L, −I]] and its inverse
     * [[K⁻¹, 0], [L K⁻¹, −I]]: only K, the panels and z on the rows no slack covers, is inverted.
     */
    private void refactor() {
        boolean[] slackRow = new boolean[rows];
        List<Integer> structural = new ArrayList<>();
        for (int position = 0; position < rows; position++) {
            int column = basis[position];
            if (column >= 1 && column <= people) {
                slackRow[column] = true;
            } else {
                structural.add(position);
            }
        }
        List<Integer> kRows = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (!slackRow[r]) {
                kRows.add(r);
            }
        }
        int k = structural.size();
        if (kRows.size() != k) {
            throw new IllegalStateException("the basis is singular");
        }
        double[][] matrix = new double[k][k];
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            double[] column = dense(basis[structural.get(c)]);
            columns.add(column);
            for (int a = 0; a < k; a++) {
                matrix[a][c] = column[kRows.get(a)];
            }
        }
        double[][] kInverse = invert(matrix);
        // transposed, as the inverse is kept: result[column][row]
        double[][] result = new double[rows][rows];
        for (int c = 0; c < k; c++) {
            int position = structural.get(c);
            for (int a = 0; a < k; a++) {
                result[kRows.get(a)][position] = kInverse[c][a];
            }
        }
        for (int position = 0; position < rows; position++) {
            int column = basis[position];
            if (column < 1 || column > people) {
                continue;
            }
            int row = column;
            // L_row K⁻¹: the structural columns' entries in this row, times the rows of K⁻¹
            for (int c = 0; c < k; c++) {
                double entry = columns.get(c)[row];
                if (entry != 0) {
                    for (int a = 0; a < k; a++) {
                        result[kRows.get(a)][position] += entry * kInverse[c][a];
                    }
                }
            }
            result[row][position] = -1;
        }
        inverse = result;
        recompute();
    }

    /** Gauss–Jordan with partial pivoting. */
    private static double[][] invert(double[][] matrix) {
        int n = matrix.length;
        double[][] result = new double[n][n];
        for (int r = 0; r < n; r++) {
            result[r][r] = 1;
        }
        for (int col = 0; col < n; col++) {
            int best = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(matrix[r][col]) > Math.abs(matrix[best][col])) {
                    best = r;
                }
            }
            if (Math.abs(matrix[best][col]) < 1e-12) {
                throw new IllegalStateException("the basis is singular");
            }
            double[] swap = matrix[col];
            matrix[col] = matrix[best];
            matrix[best] = swap;
            swap = result[col];
            result[col] = result[best];
            result[best] = swap;
            double pivotValue = matrix[col][col];
            for (int j = 0; j < n; j++) {
                matrix[col][j] /= pivotValue;
                result[col][j] /= pivotValue;
            }
            for (int r = 0; r < n; r++) {
                double factor = matrix[r][col];
                if (r != col && factor != 0) {
                    for (int j = 0; j < n; j++) {
                        matrix[r][j] -= factor * matrix[col][j];
                        result[r][j] -= factor * result[col][j];
                    }
                }
            }
        }
        return result;
    }

    private double[] dense(int column) {
        double[] values = new double[rows];
        if (column == 0) {
            for (int person = 0; person < people; person++) {
                values[1 + person] = -zCoefficient[person];
            }
        } else if (column <= people) {
            values[column] = -1;
        } else {
            values[0] = 1;
            for (int person : panels.get(column - 1 - people)) {
                values[1 + person] += 1;
            }
        }
        return values;
    }
}
