package tafel.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The fairest lottery the quotas allow (Flanigan, Gölz, Gupta, Hennig & Procaccia, Nature 2021):
 * LEXIMIN — the smallest chance anyone has to sit is as large as it can be, then the next smallest,
 * and so on. By column generation: a linear program over the panels found so far gives every
 * person a weight (the dual), the integer program of {@link PanelModel} finds the panel that weighs
 * most; when no panel weighs more than the program's bound, the least chance is optimal and the
 * people with weight keep exactly that chance; then the next level, until everyone's chance is
 * fixed. A last linear program mixes the panels to give everyone their chance.
 */
public final class Leximin {

    /** Below this a weight or an improvement is rounding, not a difference. */
    private static final double EPSILON = 1e-7;

    private Leximin() {
    }

    /**
     * @param progress told the number of people whose chance is fixed, as it grows
     * @return empty when no panel meets the quotas (see {@link QuotaConflicts} for why)
     */
    public static Optional<Distribution> of(PanelSpec spec, IntConsumer progress) {
        int people = spec.pool().size();
        PanelModel model = new PanelModel(spec);
        Map<String, int[]> panels = new LinkedHashMap<>();
        double[] fixed = new double[people];
        Arrays.fill(fixed, Double.NaN);
        if (!cover(model, panels, fixed)) {
            return Optional.empty();
        }
        progress.accept(fixedCount(fixed));
        while (fixedCount(fixed) < people) {
            Dual dual = optimal(model, panels, fixed);
            double least = Math.max(0, Math.min(1, dual.value()));
            for (int person = 0; person < people; person++) {
                if (Double.isNaN(fixed[person]) && dual.weights()[person] > EPSILON) {
                    fixed[person] = least;
                }
            }
            progress.accept(fixedCount(fixed));
        }
        return Optional.of(mix(new ArrayList<>(panels.values()), fixed));
    }

    /** The dual at its optimum over all panels: panels that weigh more than its bound are added until none does. */
    private static Dual optimal(PanelModel model, Map<String, int[]> panels, double[] fixed) {
        while (true) {
            Dual dual = dual(new ArrayList<>(panels.values()), fixed);
            Optional<int[]> heaviest = model.heaviest(dual.weights());
            if (heaviest.isEmpty()) {
                return dual;
            }
            double weight = Arrays.stream(heaviest.get()).mapToDouble(person -> dual.weights()[person]).sum();
            if (weight <= dual.bound() + EPSILON || panels.putIfAbsent(key(heaviest.get()), heaviest.get()) != null) {
                return dual;
            }
        }
    }

    /**
     * Panels until everyone who can sit is in one: the panel with most of those not yet in one,
     * again and again; whoever no panel can hold gets chance 0 at once. False when there is no panel.
     */
    private static boolean cover(PanelModel model, Map<String, int[]> panels, double[] fixed) {
        int people = fixed.length;
        boolean[] covered = new boolean[people];
        while (true) {
            double[] weights = new double[people];
            int open = 0;
            for (int person = 0; person < people; person++) {
                if (!covered[person] && Double.isNaN(fixed[person])) {
                    weights[person] = 1;
                    open++;
                }
            }
            Optional<int[]> panel = model.heaviest(weights);
            if (panel.isEmpty()) {
                return false;
            }
            if (open == 0) {
                panels.putIfAbsent(key(panel.get()), panel.get());
                return true;
            }
            boolean news = false;
            for (int person : panel.get()) {
                news |= !covered[person] && Double.isNaN(fixed[person]);
                covered[person] = true;
            }
            if (!news) {
                // the heaviest panel holds none of them: no panel can hold any of them
                for (int person = 0; person < people; person++) {
                    if (!covered[person]) {
                        fixed[person] = 0;
                    }
                }
                return true;
            }
            panels.putIfAbsent(key(panel.get()), panel.get());
        }
    }

    private record Dual(double[] weights, double bound, double value) {
    }

    /**
     * min bound − Σ_fixed chance·weight  s.t.  Σ_unfixed weight = 1, every panel's weight ≤ bound,
     * weights ≥ 0 — the dual of: max z, every unfixed person's chance ≥ z, every fixed one's ≥ theirs.
     */
    private static Dual dual(List<int[]> panels, double[] fixed) {
        int people = fixed.length;
        ExpressionsBasedModel model = new ExpressionsBasedModel(PanelModel.options());
        Variable[] weights = new Variable[people];
        for (int person = 0; person < people; person++) {
            weights[person] = model.addVariable("y" + person).lower(0).weight(Double.isNaN(fixed[person]) ? 0 : -fixed[person]);
        }
        Variable bound = model.addVariable("bound").weight(1);
        Expression unfixed = model.addExpression("unfixed").level(1);
        for (int person = 0; person < people; person++) {
            if (Double.isNaN(fixed[person])) {
                unfixed.set(weights[person], 1);
            }
        }
        for (int p = 0; p < panels.size(); p++) {
            Expression panel = model.addExpression("panel" + p).upper(0);
            for (int person : panels.get(p)) {
                panel.set(weights[person], 1);
            }
            panel.set(bound, -1);
        }
        Optimisation.Result result = model.minimise();
        double[] values = new double[people];
        for (int person = 0; person < people; person++) {
            values[person] = Math.max(0, result.doubleValue(person));
        }
        return new Dual(values, result.doubleValue(people), result.getValue());
    }

    /** The panels mixed so that everyone gets at least their fixed chance (a hair less for rounding), then in billionths. */
    private static Distribution mix(List<int[]> panels, double[] fixed) {
        double[] shares = Arrays.stream(new double[] {1e-6, 1e-5, 1e-4}).mapToObj(slack -> shares(panels, fixed, slack))
                .filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new IllegalStateException("the panels found cannot give everyone their chance"));
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            if (shares[p] > EPSILON) {
                order.add(p);
            }
        }
        order.sort(Comparator.comparing(p -> panels.get(p), Arrays::compare));
        List<int[]> kept = order.stream().map(panels::get).toList();
        double[] keptShares = order.stream().mapToDouble(p -> shares[p]).toArray();
        return new Distribution(kept, billionths(keptShares), "leximin");
    }

    private static double[] shares(List<int[]> panels, double[] fixed, double slack) {
        ExpressionsBasedModel model = new ExpressionsBasedModel(PanelModel.options());
        Variable[] shares = new Variable[panels.size()];
        for (int p = 0; p < panels.size(); p++) {
            shares[p] = model.addVariable("l" + p).lower(0);
        }
        Expression all = model.addExpression("all").level(1);
        for (Variable share : shares) {
            all.set(share, 1);
        }
        // as close to everyone's chance as the arithmetic allows: the slack is only taken where it must be
        Variable margin = model.addVariable("margin").lower(0).upper(slack).weight(1);
        List<List<Integer>> panelsOf = new ArrayList<>();
        for (int person = 0; person < fixed.length; person++) {
            panelsOf.add(new ArrayList<>());
        }
        for (int p = 0; p < panels.size(); p++) {
            for (int person : panels.get(p)) {
                panelsOf.get(person).add(p);
            }
        }
        for (int person = 0; person < fixed.length; person++) {
            if (fixed[person] > slack) {
                Expression chance = model.addExpression("p" + person).lower(fixed[person] - slack);
                for (int p : panelsOf.get(person)) {
                    chance.set(shares[p], 1);
                }
                chance.set(margin, -1);
            }
        }
        Optimisation.Result result = model.maximise();
        if (!result.getState().isFeasible()) {
            return null;
        }
        double[] values = new double[panels.size()];
        for (int p = 0; p < panels.size(); p++) {
            values[p] = Math.max(0, result.doubleValue(p));
        }
        return values;
    }

    /** Shares as billionths adding up to exactly one: floors, then the largest remainders (earlier panels first on ties). */
    static long[] billionths(double[] shares) {
        double total = Arrays.stream(shares).sum();
        long[] parts = new long[shares.length];
        double[] remainders = new double[shares.length];
        long given = 0;
        for (int p = 0; p < shares.length; p++) {
            double exact = shares[p] / total * Distribution.SCALE;
            parts[p] = (long) Math.floor(exact);
            remainders[p] = exact - parts[p];
            given += parts[p];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int p = 0; p < shares.length; p++) {
            byRemainder.add(p);
        }
        byRemainder.sort(Comparator.comparingDouble((Integer p) -> -remainders[p]).thenComparingInt(p -> p));
        for (int i = 0; given < Distribution.SCALE; i++, given++) {
            parts[byRemainder.get(i % shares.length)]++;
        }
        return parts;
    }

    private static int fixedCount(double[] fixed) {
        return (int) Arrays.stream(fixed).filter(chance -> !Double.isNaN(chance)).count();
    }

    private static String key(int[] panel) {
        return Arrays.toString(panel);
    }
}
