package tafel.antwerp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Chips placed directly on plans (Emmen 2023): there is no theme step and no budget per theme;
 * every table places its people's chips on the plans, and a plan is funded with what its chips
 * are worth when that covers what it asked — it may get more than it asked, a chip being a round
 * amount. A plan whose chips fall short gets nothing; that money, like unplaced chips, stays
 * unspent. Pure.
 */
public final class PlanChips {

    private PlanChips() {
    }

    /**
     * @param chips  the chips all tables placed on it
     * @param worth  what its chips are worth in cents
     * @param funded whether that covers its cost; then it gets {@code worth}
     */
    public record Plan(Project project, long chips, long worth, boolean funded) {

        /** How much more it needed, when it is not funded. */
        public long shortBy() {
            return funded ? 0 : project.cost() - worth;
        }

        /** What it gets beyond what it asked, when funded. */
        public long surplus() {
            return funded ? worth - project.cost() : 0;
        }
    }

    /**
     * @param granted     what the funded plans get together; {@code unspent} is the rest of the budget
     * @param beyondChips the part of the budget all participants' chips together are not worth
     * @param notPlaced   what the chips the tables did not place are worth
     * @param unsupported what the chips are worth that do not count because too few of a table's people placed them
     * @param shortfall   what the chips on plans that got too few are worth
     */
    public record Result(List<Plan> plans, long granted, long unspent, long beyondChips, long notPlaced, long unsupported,
                         long shortfall) {
        public Result {
            plans = List.copyOf(plans);
        }
    }

    /**
     * @param plans the feasible plans, in the order of the plans file (which breaks ties)
     * @param worth per plan id, what its chips are worth in cents
     * @param chips per plan id, the chips placed on it
     * @param payable     what all participants' chips are worth together, at most the budget
     * @param unsupported what the placed chips that do not count (support rule) are worth
     * @return the plans by worth, highest first
     */
    public static Result decide(List<Project> plans, Map<String, Long> worth, Map<String, Long> chips, long budget,
                                long payable, long unsupported) {
        List<Plan> decided = new ArrayList<>();
        for (Project plan : plans) {
            long value = worth.getOrDefault(plan.id(), 0L);
            decided.add(new Plan(plan, chips.getOrDefault(plan.id(), 0L), value, value > 0 && value >= plan.cost()));
        }
        List<Plan> ordered = new ArrayList<>(decided);
        ordered.sort(Comparator.comparingLong(Plan::worth).reversed());
        long granted = ordered.stream().filter(Plan::funded).mapToLong(Plan::worth).sum();
        long placed = ordered.stream().mapToLong(Plan::worth).sum();
        return new Result(ordered, granted, budget - granted, budget - payable, payable - placed - unsupported, unsupported,
                placed - granted);
    }
}
