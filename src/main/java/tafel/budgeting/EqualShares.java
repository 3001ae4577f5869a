package tafel.budgeting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The Method of Equal Shares for approval ballots, in exact arithmetic. Every voter starts with
 * the same endowment; a project is affordable when its approvers can pay its cost from what they
 * have left, paying equally and each at most what they have; the affordable project with the
 * lowest price per unit of utility is funded, ties to the lower cost, then more approvals, then
 * the earlier project in the file. Voters with the same ballot always have the same money left,
 * so they are counted as one group.
 */
public final class EqualShares {

    /** How much a voter values a funded project they approve: its cost, or one per project. */
    public enum Utility { COST, CARDINALITY }

    private EqualShares() {
    }

    /** One run of the method with this endowment per voter (no completion). */
    public static Outcome run(ApprovalProfile profile, Utility utility, long endowment) {
        return new Run(profile, utility).fund(endowment);
    }

    /**
     * "Add1" completion: start at ⌊budget ÷ voters⌋ (in whole {@code unit}s) and raise every
     * voter's endowment by one unit for as long as the outcome stays within the budget; the last
     * outcome that fits. No greedy completion afterwards.
     *
     * @param unit the smallest step of money (100 when amounts are cents of a currency)
     */
    public static Outcome add1(ApprovalProfile profile, Utility utility, long unit) {
        if (profile.voters() == 0) {
            return new Outcome(List.of(), 0, 0);
        }
        Run run = new Run(profile, utility);
        long endowment = profile.budget() / unit / profile.voters() * unit;
        Outcome fits = run.fund(endowment);
        long everything = Arrays.stream(profile.proposals().toArray(ApprovalProfile.Proposal[]::new))
                .mapToLong(ApprovalProfile.Proposal::cost).sum();
        // once one voter alone could pay every project, more money changes nothing
        while (endowment <= everything) {
            endowment += unit;
            Outcome next = run.fund(endowment);
            if (next.cost() > profile.budget()) {
                break;
            }
            fits = next;
        }
        return fits;
    }

    /**
     * "Add1" and then a comparison with the greedy outcome by number of approvals: the greedy one
     * is chosen only when strictly more voters are better off with it than with Equal Shares
     * (better off in the same utility as the run: money spent on projects they approve, or how many).
     */
    public static Outcome add1Comparison(ApprovalProfile profile, Utility utility, long unit) {
        Outcome shares = add1(profile, utility, unit);
        Outcome greedy = Greedy.byApprovals(profile);
        long preferGreedy = 0;
        long preferShares = 0;
        for (Set<Integer> ballot : profile.ballots()) {
            long fromGreedy = satisfaction(profile, utility, greedy, ballot);
            long fromShares = satisfaction(profile, utility, shares, ballot);
            if (fromGreedy > fromShares) {
                preferGreedy++;
            } else if (fromShares > fromGreedy) {
                preferShares++;
            }
        }
        return preferGreedy > preferShares ? greedy : shares;
    }

    private static long satisfaction(ApprovalProfile profile, Utility utility, Outcome outcome, Set<Integer> ballot) {
        long total = 0;
        for (int project : outcome.funded()) {
            if (ballot.contains(project)) {
                total += utility == Utility.COST ? profile.proposals().get(project).cost() : 1;
            }
        }
        return total;
    }

    /** The profile with voters grouped by ballot; a run reuses it for every endowment. */
    private static final class Run {

        private final ApprovalProfile profile;
        private final Utility utility;
        private final long[] weight;
        private final int[][] approvers;
        private final long[] approvals;

        Run(ApprovalProfile profile, Utility utility) {
            this.profile = profile;
            this.utility = utility;
            Map<Set<Integer>, Integer> groups = new HashMap<>();
            List<Long> weights = new ArrayList<>();
            List<Set<Integer>> ballots = new ArrayList<>();
            for (Set<Integer> ballot : profile.ballots()) {
                Integer group = groups.get(ballot);
                if (group == null) {
                    groups.put(ballot, ballots.size());
                    ballots.add(ballot);
                    weights.add(1L);
                } else {
                    weights.set(group, weights.get(group) + 1);
                }
            }
            weight = weights.stream().mapToLong(Long::longValue).toArray();
            int projects = profile.proposals().size();
            List<List<Integer>> byProject = new ArrayList<>();
            for (int project = 0; project < projects; project++) {
                byProject.add(new ArrayList<>());
            }
            for (int group = 0; group < ballots.size(); group++) {
                for (int project : ballots.get(group)) {
                    byProject.get(project).add(group);
                }
            }
            approvers = new int[projects][];
            for (int project = 0; project < projects; project++) {
                approvers[project] = byProject.get(project).stream().mapToInt(Integer::intValue).toArray();
            }
            approvals = profile.approvals();
        }

        Outcome fund(long endowment) {
            BigFraction[] left = new BigFraction[weight.length];
            Arrays.fill(left, BigFraction.of(endowment));
            int projects = profile.proposals().size();
            boolean[] open = new boolean[projects];
            Arrays.fill(open, true);
            List<Integer> funded = new ArrayList<>();
            long cost = 0;
            while (true) {
                int best = -1;
                BigFraction bestRho = null;
                BigFraction bestCap = null;
                for (int project = 0; project < projects; project++) {
                    if (!open[project]) {
                        continue;
                    }
                    BigFraction cap = paymentCap(project, left);
                    if (cap == null) {
                        open[project] = false; // money only ever goes down: never affordable again
                        continue;
                    }
                    BigFraction rho = rho(project, cap);
                    if (best < 0 || better(project, rho, best, bestRho)) {
                        best = project;
                        bestRho = rho;
                        bestCap = cap;
                    }
                }
                if (best < 0) {
                    return new Outcome(funded, cost, endowment);
                }
                for (int group : approvers[best]) {
                    left[group] = left[group].compareTo(bestCap) <= 0 ? BigFraction.ZERO : left[group].subtract(bestCap);
                }
                open[best] = false;
                funded.add(best);
                cost += profile.proposals().get(best).cost();
            }
        }

        /** Price per unit of utility: the most one approver pays, per unit of what the project is worth to them. */
        private BigFraction rho(int project, BigFraction cap) {
            long cost = profile.proposals().get(project).cost();
            return utility == Utility.CARDINALITY || cost == 0 ? cap : cap.divide(cost);
        }

        private boolean better(int project, BigFraction rho, int best, BigFraction bestRho) {
            int byRho = rho.compareTo(bestRho);
            if (byRho != 0) {
                return byRho < 0;
            }
            long cost = profile.proposals().get(project).cost();
            long bestCost = profile.proposals().get(best).cost();
            if (cost != bestCost) {
                return cost < bestCost;
            }
            return approvals[project] > approvals[best];
        }

        /**
         * The most any approver pays when they share the cost equally and each pays at most what
         * they have: the poorest pay all they have, the rest the same amount q. Null when the
         * approvers together cannot pay.
         */
        BigFraction paymentCap(int project, BigFraction[] left) {
            long cost = profile.proposals().get(project).cost();
            int[] groups = approvers[project];
            if (cost == 0) {
                return BigFraction.ZERO;
            }
            Integer[] order = new Integer[groups.length];
            BigFraction total = BigFraction.ZERO;
            long payers = 0;
            for (int i = 0; i < groups.length; i++) {
                order[i] = groups[i];
                total = total.add(left[groups[i]].multiply(weight[groups[i]]));
                payers += weight[groups[i]];
            }
            if (total.compareTo(BigFraction.of(cost)) < 0) {
                return null;
            }
            Arrays.sort(order, Comparator.comparing(group -> left[group]));
            BigFraction owed = BigFraction.of(cost);
            for (Integer group : order) {
                BigFraction share = owed.divide(BigInteger.valueOf(payers));
                if (share.compareTo(left[group]) <= 0) {
                    return share;
                }
                owed = owed.subtract(left[group].multiply(weight[group]));
                payers -= weight[group];
            }
            return null;
        }
    }
}
