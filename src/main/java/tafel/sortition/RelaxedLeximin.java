package tafel.sortition;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * LEXIMIN over the chances the quotas allow on average rather than over panels: every person a
 * chance between 0 and 1, the chances adding up to the seats, each quota's people's chances adding
 * up to within its bounds, a household's to at most one. That set holds every lottery's chances, so
 * its LEXIMIN chances are at least as good as any lottery's; when panels are then found whose shares
 * give exactly these chances ({@link LevelSimplex#towards}), they are the LEXIMIN lottery. A few
 * small linear programs instead of a program over thousands of panels: on made-up pools of 500 the
 * chances were reachable (the panels that reach them were still many).
 *
 * <p>Level by level: the largest least chance of the open people; who cannot get more (a
 * multiplier on their row, which every optimum then holds tight) settles at it.
 */
final class RelaxedLeximin {

    private static final double EPSILON = 1e-9;

    private RelaxedLeximin() {
    }

    /** Every person's chance, or empty when a program fails or a level settles no one (the caller then goes panel by panel). */
    static Optional<double[]> of(PanelSpec spec) {
        int people = spec.pool().size();
        int[][] members = spec.members();
        List<int[]> households = spec.households();
        double[] fixed = new double[people];
        Arrays.fill(fixed, Double.NaN);
        while (Arrays.stream(fixed).anyMatch(Double::isNaN)) {
            ExpressionsBasedModel model = new ExpressionsBasedModel(PanelModel.options());
            Variable least = model.addVariable("z").lower(0).upper(1).weight(1);
            Variable[] chance = new Variable[people];
            for (int person = 0; person < people; person++) {
                // a hair below a settled chance, so that rounding in the last program cannot make this one infeasible
                chance[person] = model.addVariable("p" + person).lower(Double.isNaN(fixed[person]) ? 0 : Math.max(0, fixed[person] - EPSILON))
                        .upper(1);
            }
            Expression seats = model.addExpression("size").level(spec.size());
            for (Variable each : chance) {
                seats.set(each, 1);
            }
            for (int q = 0; q < members.length; q++) {
                Quota quota = spec.quotas().get(q);
                Expression counted = model.addExpression("quota" + q).lower(quota.min()).upper(quota.max());
                for (int person : members[q]) {
                    counted.set(chance[person], 1);
                }
            }
            for (int h = 0; h < households.size(); h++) {
                Expression home = model.addExpression("household" + h).upper(1);
                for (int person : households.get(h)) {
                    home.set(chance[person], 1);
                }
            }
            Map<String, Integer> rowOf = new HashMap<>();
            for (int person = 0; person < people; person++) {
                if (Double.isNaN(fixed[person])) {
                    Expression atLeast = model.addExpression("open" + person).lower(0);
                    atLeast.set(chance[person], 1);
                    atLeast.set(least, -1);
                    rowOf.put("open" + person, person);
                }
            }
            Optimisation.Result result = model.maximise();
            if (result.getState() != Optimisation.State.OPTIMAL) {
                return Optional.empty();
            }
            double level = Math.max(0, Math.min(1, least.getValue().doubleValue()));
            double[] multiplier = new double[people];
            for (var entry : result.getMatchedMultipliers()) {
                Integer person = rowOf.get(entry.getKey().first().getName());
                if (person != null) {
                    multiplier[person] += entry.getValue().doubleValue();
                }
            }
            int settled = 0;
            for (int person = 0; person < people; person++) {
                // tight in every optimum, so this is the most they can get with the others at least at the level
                if (Double.isNaN(fixed[person]) && (Math.abs(multiplier[person]) > EPSILON || level >= 1 - EPSILON)) {
                    fixed[person] = level;
                    settled++;
                }
            }
            if (settled == 0) {
                return Optional.empty();
            }
        }
        return Optional.of(fixed);
    }
}
