package tafel.sortition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Explains quotas no panel can meet, never a silent best effort: first what arithmetic alone
 * shows (too few people, minimums above the seats, …); when that finds nothing, the smallest total
 * change to the minimums and maximums that makes a panel possible (an integer program with a slack
 * per bound), each changed bound named with the quotas that were tight against it.
 */
public final class QuotaConflicts {

    private QuotaConflicts() {
    }

    /** Empty when a panel exists. */
    public static List<QuotaConflict> of(PanelSpec spec) {
        List<QuotaConflict> simple = arithmetic(spec);
        if (!simple.isEmpty()) {
            return simple;
        }
        if (new PanelModel(spec).any().isPresent()) {
            return List.of();
        }
        return relaxed(spec);
    }

    private static List<QuotaConflict> arithmetic(PanelSpec spec) {
        List<QuotaConflict> conflicts = new ArrayList<>();
        int households = spec.pool().size() - spec.households().stream().mapToInt(home -> home.length - 1).sum();
        if (households < spec.size()) {
            conflicts.add(new QuotaConflict(QuotaConflict.Kind.POOL_TOO_SMALL, "", Optional.empty(), spec.size(), households,
                    List.of()));
            return conflicts;
        }
        Map<String, List<Quota>> byFeature = new LinkedHashMap<>();
        spec.quotas().forEach(quota -> byFeature.computeIfAbsent(quota.feature(), none -> new ArrayList<>()).add(quota));
        int[][] members = spec.members();
        byFeature.forEach((feature, quotas) -> {
            int minimums = quotas.stream().mapToInt(Quota::min).sum();
            if (minimums > spec.size()) {
                conflicts.add(new QuotaConflict(QuotaConflict.Kind.MINIMUMS_ABOVE_SIZE, feature, Optional.empty(), minimums,
                        spec.size(), List.of()));
            }
            Set<String> values = new LinkedHashSet<>();
            quotas.forEach(quota -> values.add(quota.value()));
            boolean everyoneCounted = spec.pool().stream().allMatch(person -> values.contains(person.value(feature)));
            int maximums = quotas.stream().mapToInt(Quota::max).sum();
            if (everyoneCounted && maximums < spec.size()) {
                conflicts.add(new QuotaConflict(QuotaConflict.Kind.MAXIMUMS_BELOW_SIZE, feature, Optional.empty(), spec.size(),
                        maximums, List.of()));
            }
        });
        for (int q = 0; q < members.length; q++) {
            Quota quota = spec.quotas().get(q);
            if (members[q].length < quota.min()) {
                conflicts.add(new QuotaConflict(QuotaConflict.Kind.TOO_FEW_RESPONDENTS, quota.feature(), Optional.of(quota),
                        quota.min(), members[q].length, List.of()));
            }
        }
        return conflicts;
    }

    /** The least total change of bounds that allows a panel; every changed bound told, with the bounds tight against it. */
    private static List<QuotaConflict> relaxed(PanelSpec spec) {
        ExpressionsBasedModel model = new ExpressionsBasedModel(PanelModel.options());
        int people = spec.pool().size();
        Variable[] seats = PanelModel.seats(model, spec);
        int[][] members = spec.members();
        Variable[] below = new Variable[members.length];
        Variable[] above = new Variable[members.length];
        for (int q = 0; q < members.length; q++) {
            Quota quota = spec.quotas().get(q);
            below[q] = model.addVariable("below" + q).integer().lower(0).weight(1);
            above[q] = model.addVariable("above" + q).integer().lower(0).weight(1);
            Expression least = model.addExpression("least" + q).lower(quota.min());
            Expression most = model.addExpression("most" + q).upper(quota.max());
            for (int person : members[q]) {
                least.set(seats[person], 1);
                most.set(seats[person], 1);
            }
            least.set(below[q], 1);
            most.set(above[q], -1);
        }
        Optimisation.Result result = model.minimise();
        List<QuotaConflict> conflicts = new ArrayList<>();
        if (!result.getState().isFeasible()) {
            return conflicts;
        }
        int[] count = new int[members.length];
        for (int q = 0; q < members.length; q++) {
            for (int person : members[q]) {
                count[q] += result.doubleValue(person) > 0.5 ? 1 : 0;
            }
        }
        for (int q = 0; q < members.length; q++) {
            Quota quota = spec.quotas().get(q);
            long short_ = Math.round(result.doubleValue(people + 2 * q));
            long over = Math.round(result.doubleValue(people + 2 * q + 1));
            if (short_ > 0 || over > 0) {
                List<Quota> tight = new ArrayList<>();
                for (int other = 0; other < members.length; other++) {
                    Quota against = spec.quotas().get(other);
                    if (other != q && !against.feature().equals(quota.feature())
                            && (count[other] == against.min() || count[other] == against.max())) {
                        tight.add(against);
                    }
                }
                conflicts.add(short_ > 0
                        ? new QuotaConflict(QuotaConflict.Kind.MINIMUM_CLASHES, quota.feature(), Optional.of(quota), quota.min(),
                                (int) (quota.min() - short_), tight)
                        : new QuotaConflict(QuotaConflict.Kind.MAXIMUM_CLASHES, quota.feature(), Optional.of(quota), quota.max(),
                                (int) (quota.max() + over), tight));
            }
        }
        return conflicts;
    }
}
