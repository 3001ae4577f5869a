package tafel.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;

/**
 * The panels a {@link PanelSpec} allows, as an integer program over one 0/1 variable per person
 * (the seats, every quota, one per household): the panel that weighs most for given weights, and
 * the least change to the quotas that makes a panel possible. ojAlgo's branch and bound, on one
 * thread so that the same question always gets the same panel.
 */
public final class PanelModel {

    private final PanelSpec spec;
    private final int[][] members;

    public PanelModel(PanelSpec spec) {
        this.spec = spec;
        this.members = spec.members();
    }

    /**
     * A new model each time: ojAlgo 56.2 re-solving a model after its weights changed has answered
     * "optimal" with a panel far from it (weight 0 where 27 was possible), so nothing is reused.
     */
    private Variable[] build(ExpressionsBasedModel model) {
        Variable[] seats = seats(model, spec);
        for (int q = 0; q < members.length; q++) {
            Quota quota = spec.quotas().get(q);
            Expression counted = model.addExpression("quota" + q).lower(quota.min()).upper(quota.max());
            for (int person : members[q]) {
                counted.set(seats[person], 1);
            }
        }
        return seats;
    }

    /** A 0/1 variable per person (first in the model, in pool order), the number of seats, one per household: all but the quotas. */
    static Variable[] seats(ExpressionsBasedModel model, PanelSpec spec) {
        int people = spec.pool().size();
        Variable[] seats = new Variable[people];
        for (int person = 0; person < people; person++) {
            seats[person] = model.addVariable("x" + person).binary();
        }
        Expression size = model.addExpression("size").level(spec.size());
        for (Variable seat : seats) {
            size.set(seat, 1);
        }
        List<int[]> households = spec.households();
        for (int h = 0; h < households.size(); h++) {
            Expression home = model.addExpression("household" + h).upper(1);
            for (int person : households.get(h)) {
                home.set(seats[person], 1);
            }
        }
        return seats;
    }

    static Optimisation.Options options() {
        Optimisation.Options options = new Optimisation.Options();
        options.integer(IntegerStrategy.newConfigurable().withParallelism(() -> 1));
        return options;
    }

    /** The allowed panel with the largest total weight, or empty when no panel is allowed. */
    public Optional<int[]> heaviest(double[] weights) {
        Optional<int[]> panel = solve(weights);
        if (panel.isEmpty() && Arrays.stream(weights).anyMatch(weight -> weight != 0)) {
            // ojAlgo 56.2 calls a model whose objective is the same on every panel infeasible (all weights
            // equal under the fixed number of seats): the same weights told apart by a hair (at most
            // 1e-9 each, less than the weights that count) get the true answer
            double[] apart = weights.clone();
            for (int person = 0; person < apart.length; person++) {
                apart[person] += 1e-9 * (person + 1) / apart.length;
            }
            panel = solve(apart);
        }
        return panel;
    }

    private Optional<int[]> solve(double[] weights) {
        ExpressionsBasedModel model = new ExpressionsBasedModel(options());
        Variable[] seats = build(model);
        for (int person = 0; person < seats.length; person++) {
            seats[person].weight(weights[person]);
        }
        Optimisation.Result result = model.maximise();
        if (!result.getState().isFeasible()) {
            return Optional.empty();
        }
        List<Integer> chosen = new ArrayList<>();
        for (int person = 0; person < seats.length; person++) {
            if (result.doubleValue(person) > 0.5) {
                chosen.add(person);
            }
        }
        int[] panel = chosen.stream().mapToInt(Integer::intValue).toArray();
        // an answer the rules do not allow (a numerical slip) is no answer
        return spec.allows(panel) ? Optional.of(panel) : Optional.empty();
    }

    /** Any allowed panel, or empty when the quotas cannot all be met. */
    public Optional<int[]> any() {
        return heaviest(new double[spec.pool().size()]);
    }
}
