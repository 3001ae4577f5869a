package tafel.budgeting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
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
        long everything = profile.proposals().stream().mapToLong(ApprovalProfile.Proposal::cost).sum();
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

    /**
     * The profile with voters grouped by ballot; a run reuses it for every endowment. Within a run
     * voters who approve the same funded projects have paid the same and have the same left, so
     * each project sees its approvers as a few classes of equal money. A project's price only goes
     * up as money is spent, so the last price computed is a lower bound: a project is priced again
     * only when it comes to the top of the queue after some of its approvers paid.
     */
    private static final class Run {

        private final ApprovalProfile profile;
        private final Utility utility;
        private final long[] weight;
        private final int[][] approvers;
        private final int[][] ballotOf;
        private final long[] approvals;
        /** Whether two projects share an approver: funding one changes the other's price. */
        private final boolean[][] overlap;

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
            ballotOf = new int[ballots.size()][];
            for (int group = 0; group < ballots.size(); group++) {
                ballotOf[group] = ballots.get(group).stream().mapToInt(Integer::intValue).sorted().toArray();
                for (int project : ballotOf[group]) {
                    byProject.get(project).add(group);
                }
            }
            approvers = new int[projects][];
            for (int project = 0; project < projects; project++) {
                approvers[project] = byProject.get(project).stream().mapToInt(Integer::intValue).toArray();
            }
            approvals = profile.approvals();
            overlap = new boolean[projects][projects];
            for (int[] ballot : ballotOf) {
                for (int one : ballot) {
                    for (int other : ballot) {
                        overlap[one][other] = true;
                    }
                }
            }
        }

        /** Counts per class, reused between pricings: only the classes touched are cleared. */
        private long[] scratch = new long[16];
        private int[] touched = new int[16];
        private int touchedCount;
        /** Per class, the class its voters move to when they pay for the project being funded; -1 when not yet known. */
        private int[] nextClass = new int[0];

        /** A project's approvers by class: parallel arrays, as they are read for every pricing. */
        private record ClassWeights(int[] classes, long[] weights) {
            Map<Integer, Long> asMap() {
                Map<Integer, Long> byClass = new HashMap<>(classes.length * 2);
                for (int i = 0; i < classes.length; i++) {
                    byClass.put(classes[i], weights[i]);
                }
                return byClass;
            }
        }

        /** How many voters of each class approve the project, counted from its approvers now. */
        private ClassWeights weightsOf(int project, int[] classOf, int classCount) {
            if (scratch.length < classCount) {
                scratch = Arrays.copyOf(scratch, Math.max(classCount, scratch.length * 2));
            }
            touchedCount = 0;
            for (int group : approvers[project]) {
                int c = classOf[group];
                if (scratch[c] == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touched.length * 2);
                    }
                    touched[touchedCount++] = c;
                }
                scratch[c] += weight[group];
            }
            int[] classes = Arrays.copyOf(touched, touchedCount);
            long[] weights = new long[touchedCount];
            for (int i = 0; i < classes.length; i++) {
                weights[i] = scratch[classes[i]];
                scratch[classes[i]] = 0;
            }
            return new ClassWeights(classes, weights);
        }

        /**
         * Class ids ordered by what their voters have left (in floating point). The key keeps a
         * double's order (money is never negative) with the class id in its last 20 bits: two
         * amounts within a few parts in ten billion may swap, which the exact check afterwards allows for.
         */
        private static int[] poorestFirst(ClassWeights byClass, Classes classes) {
            long[] keys = new long[byClass.classes().length];
            for (int i = 0; i < keys.length; i++) {
                // the index into byClass rides along in the low bits; 0xFFFFF covers any project's classes
                keys[i] = (Double.doubleToLongBits(classes.approximately(byClass.classes()[i])) & ~0xFFFFFL) | i;
            }
            Arrays.sort(keys);
            int[] order = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                order[k] = (int) (keys[k] & 0xFFFFFL);
            }
            return order;
        }

        /** A project's price as last computed (in floating point, to order the queue). */
        private record Price(int project, double rho, int version) {
        }

        /** Within this relative distance two floating-point prices are compared again exactly. */
        private static final double NEAR = 1e-9;

        /**
         * The money each class of voters has left, exactly and as a double for quick pricing. The
         * double is kept by subtracting doubles (converting a large fraction costs more than the
         * rest of a run); its error stays many orders below the margin at which prices are
         * compared exactly. Classes with nothing left are one class.
         */
        private static final class Classes implements java.util.function.IntFunction<BigFraction> {
            /** The exact amount, once someone asked for it; computed from the parent class and what it paid. */
            private final List<BigFraction> exact = new ArrayList<>();
            private final List<Integer> parent = new ArrayList<>();
            private final List<Payment> paid = new ArrayList<>();
            private double[] approximate = new double[64];
            private int size;
            private int zero = -1;

            double approximately(int c) {
                return approximate[c];
            }

            int start(long endowment) {
                return add(BigFraction.of(endowment), -1, null, endowment);
            }

            int size() {
                return size;
            }

            private int add(BigFraction value, int from, Payment cap, double approximately) {
                exact.add(value);
                parent.add(from);
                paid.add(cap);
                if (size == approximate.length) {
                    approximate = Arrays.copyOf(approximate, size * 2);
                }
                approximate[size] = approximately;
                return size++;
            }

            /**
             * What the voters of these classes have left together, exactly: everyone's endowment less,
             * for each payment on the way, what it cost the classes that made it. A handful of
             * products of rationals instead of one subtraction per class.
             */
            BigFraction total(List<Map.Entry<Integer, Long>> members, int count, long endowment) {
                Map<Payment, Long> weightPerPayment = new java.util.IdentityHashMap<>();
                long weight = 0;
                for (int i = 0; i < count; i++) {
                    int c = members.get(i).getKey();
                    if (c == zero) {
                        continue;
                    }
                    long w = members.get(i).getValue();
                    weight += w;
                    for (int at = c; parent.get(at) >= 0; at = parent.get(at)) {
                        weightPerPayment.merge(paid.get(at), w, Long::sum);
                    }
                }
                BigFraction sum = BigFraction.of(endowment).multiply(weight);
                for (Map.Entry<Payment, Long> payment : weightPerPayment.entrySet()) {
                    sum = sum.subtract(payment.getKey().exact().multiply(payment.getValue()));
                }
                return sum;
            }

            /** What a voter of this class has left, exactly. */
            @Override
            public BigFraction apply(int c) {
                BigFraction value = exact.get(c);
                if (value == null) {
                    value = apply(parent.get(c)).subtract(paid.get(c).exact());
                    exact.set(c, value);
                }
                return value;
            }

            /** The class of voters of class {@code from} after each paid {@code cap} (at most all they had). */
            int after(int from, Payment cap, double capApproximately) {
                double had = approximate[from];
                boolean clearlyMore = had - capApproximately > Math.max(had, capApproximately) * NEAR;
                boolean clearlyLess = capApproximately - had > Math.max(had, capApproximately) * NEAR;
                if (clearlyLess || !clearlyMore && apply(from).compareTo(cap.exact()) <= 0) {
                    if (zero < 0) {
                        zero = add(BigFraction.ZERO, -1, null, 0.0);
                    }
                    return zero;
                }
                return add(null, from, cap, Math.max(0.0, had - capApproximately));
            }
        }

        /**
         * A payment per voter, exact only when someone asks: most fundings are decided clearly in
         * floating point, and the exact share (a rational whose terms grow with every payment) is
         * then never needed. The voters' classes are immutable, so computing it later gives what it
         * would have been at the time.
         */
        private static final class Payment {
            private final java.util.function.Supplier<BigFraction> exactly;
            private BigFraction value;

            Payment(java.util.function.Supplier<BigFraction> exactly) {
                this.exactly = exactly;
            }

            static Payment of(BigFraction value) {
                Payment payment = new Payment(null);
                payment.value = value;
                return payment;
            }

            BigFraction exact() {
                if (value == null) {
                    value = exactly.get();
                }
                return value;
            }
        }

        /** The endowment of the run under way. */
        private long endowment;

        Outcome fund(long endowment) {
            this.endowment = endowment;
            int projects = profile.proposals().size();
            Classes classes = new Classes();
            int start = classes.start(endowment);
            int[] classOf = new int[weight.length];
            java.util.Arrays.fill(classOf, start);
            // a project's approvers by class are counted when it is priced, not kept up to date
            java.util.function.IntFunction<ClassWeights> weightIn = project -> weightsOf(project, classOf,
                    classes.size());
            boolean[] open = new boolean[projects];
            boolean[] stale = new boolean[projects];
            int[] version = new int[projects];
            java.util.Arrays.fill(open, true);
            java.util.Arrays.fill(stale, true);
            java.util.PriorityQueue<Price> queue = new java.util.PriorityQueue<>(this::order);
            for (int project = 0; project < projects; project++) {
                queue.add(new Price(project, Double.NEGATIVE_INFINITY, 0));
            }
            List<Integer> funded = new ArrayList<>();
            long cost = 0;
            while (!queue.isEmpty()) {
                Price top = queue.poll();
                if (!open[top.project()] || top.version() != version[top.project()]) {
                    continue;
                }
                if (stale[top.project()]) {
                    reprice(top.project(), weightIn.apply(top.project()), classes, open, stale, version, queue);
                    continue;
                }
                // every price within NEAR of the cheapest is made current and compared exactly
                List<Price> near = new ArrayList<>(List.of(top));
                double threshold = top.rho() + Math.abs(top.rho()) * NEAR;
                while (!queue.isEmpty() && queue.peek().rho() <= threshold) {
                    Price next = queue.poll();
                    if (!open[next.project()] || next.version() != version[next.project()]) {
                        continue;
                    }
                    if (stale[next.project()]) {
                        reprice(next.project(), weightIn.apply(next.project()), classes, open, stale, version, queue);
                    } else {
                        near.add(next);
                    }
                }
                int best = -1;
                Payment cap = null;
                double capApproximately = Double.NaN;
                if (near.size() == 1) {
                    // clearly the cheapest: its payment is exact only if someone asks for it later
                    best = top.project();
                    ClassWeights payers = weightIn.apply(best);
                    capApproximately = approximateCap(best, payers, classes);
                    int project = best;
                    cap = Double.isNaN(capApproximately) || capApproximately < 0
                            ? Payment.of(paymentCap(best, payers.asMap(), classes))
                            : new Payment(() -> paymentCap(project, payers.asMap(), classes));
                } else {
                    BigFraction bestRho = null;
                    for (Price candidate : near) {
                        BigFraction exact = paymentCap(candidate.project(), weightIn.apply(candidate.project()).asMap(), classes);
                        BigFraction rho = rho(candidate.project(), exact);
                        if (best < 0 || exactlyBefore(candidate.project(), rho, best, bestRho)) {
                            best = candidate.project();
                            bestRho = rho;
                            cap = Payment.of(exact);
                        }
                    }
                }
                if (Double.isNaN(capApproximately) || capApproximately < 0) {
                    capApproximately = cap.exact().doubleValue();
                }
                for (Price candidate : near) {
                    if (candidate.project() != best) {
                        queue.add(candidate);
                    }
                }
                open[best] = false;
                funded.add(best);
                cost += profile.proposals().get(best).cost();
                // every approver of one class pays the same and lands in the same new class
                if (nextClass.length < classes.size()) {
                    nextClass = new int[Math.max(classes.size(), nextClass.length * 2)];
                    Arrays.fill(nextClass, -1);
                }
                touchedCount = 0;
                for (int group : approvers[best]) {
                    int from = classOf[group];
                    int to = nextClass[from];
                    if (to < 0) {
                        to = classes.after(from, cap, capApproximately);
                        nextClass[from] = to;
                        if (touchedCount == touched.length) {
                            touched = Arrays.copyOf(touched, touched.length * 2);
                        }
                        touched[touchedCount++] = from;
                    }
                    classOf[group] = to;
                }
                for (int i = 0; i < touchedCount; i++) {
                    nextClass[touched[i]] = -1;
                }
                for (int other = 0; other < projects; other++) {
                    if (open[other] && overlap[best][other]) {
                        stale[other] = true;
                    }
                }
            }
            return new Outcome(funded, cost, endowment);
        }

        /** Prices a project again from its approvers' money now; closes it when they can no longer pay. */
        private void reprice(int project, ClassWeights byClass, Classes classes, boolean[] open,
                             boolean[] stale, int[] version, java.util.PriorityQueue<Price> queue) {
            stale[project] = false;
            version[project]++;
            double cap = approximateCap(project, byClass, classes);
            if (Double.isNaN(cap)) {
                // too close to call in floating point: decide whether they can pay exactly
                BigFraction exact = paymentCap(project, byClass.asMap(), classes);
                if (exact == null) {
                    open[project] = false;
                    return;
                }
                cap = exact.doubleValue();
            } else if (cap < 0) {
                open[project] = false; // money only goes down: never affordable again
                return;
            }
            long cost = profile.proposals().get(project).cost();
            queue.add(new Price(project, utility == Utility.CARDINALITY || cost == 0 ? cap : cap / cost, version[project]));
        }

        /** The payment cap in floating point: -1 when the approvers clearly cannot pay, NaN when it is too close to tell. */
        private double approximateCap(int project, ClassWeights byClass, Classes classes) {
            long cost = profile.proposals().get(project).cost();
            if (cost == 0) {
                return 0;
            }
            if (byClass.classes().length > 0xFFFFF) {
                return Double.NaN; // more classes than the sort key holds: price it exactly
            }
            double total = 0;
            long payers = 0;
            for (int i = 0; i < byClass.classes().length; i++) {
                total += classes.approximately(byClass.classes()[i]) * byClass.weights()[i];
                payers += byClass.weights()[i];
            }
            if (total < cost * (1 - NEAR)) {
                return -1;
            }
            if (total <= cost * (1 + NEAR)) {
                return Double.NaN;
            }
            double owed = cost;
            for (int i : poorestFirst(byClass, classes)) {
                double share = owed / payers;
                double left = classes.approximately(byClass.classes()[i]);
                if (share <= left) {
                    return share;
                }
                owed -= left * byClass.weights()[i];
                payers -= byClass.weights()[i];
            }
            return Double.NaN;
        }

        /** Cheapest price first; then lower cost, more approvals, earlier in the file. */
        private int order(Price one, Price other) {
            int byRho = Double.compare(one.rho(), other.rho());
            return byRho != 0 ? byRho : tieBreak(one.project(), other.project());
        }

        private boolean exactlyBefore(int project, BigFraction rho, int best, BigFraction bestRho) {
            int byRho = rho.compareTo(bestRho);
            return byRho != 0 ? byRho < 0 : tieBreak(project, best) < 0;
        }

        private int tieBreak(int one, int other) {
            int byCost = Long.compare(profile.proposals().get(one).cost(), profile.proposals().get(other).cost());
            if (byCost != 0) {
                return byCost;
            }
            int byApprovals = Long.compare(approvals[other], approvals[one]);
            return byApprovals != 0 ? byApprovals : Integer.compare(one, other);
        }

        /** Price per unit of utility: the most one approver pays, per unit of what the project is worth to them. */
        private BigFraction rho(int project, BigFraction cap) {
            long cost = profile.proposals().get(project).cost();
            return utility == Utility.CARDINALITY || cost == 0 ? cap : cap.divide(cost);
        }

        /**
         * The most any approver pays when they share the cost equally and each pays at most what
         * they have: the poorest pay all they have, the rest the same amount. Null when the
         * approvers together cannot pay.
         */
        private BigFraction paymentCap(int project, Map<Integer, Long> byClass, Classes classes) {
            java.util.function.IntFunction<BigFraction> classLeft = classes;
            long cost = profile.proposals().get(project).cost();
            if (cost == 0) {
                return BigFraction.ZERO;
            }
            List<Map.Entry<Integer, Long>> poorestFirst = new ArrayList<>(byClass.entrySet());
            // sorted by the doubles first: exact comparisons only where two classes are too close to tell
            poorestFirst.sort((one, other) -> {
                double a = classes.approximately(one.getKey());
                double b = classes.approximately(other.getKey());
                return Math.abs(a - b) > Math.max(Math.abs(a), Math.abs(b)) * NEAR ? Double.compare(a, b)
                        : classLeft.apply(one.getKey()).compareTo(classLeft.apply(other.getKey()));
            });
            long payers = 0;
            for (Map.Entry<Integer, Long> entry : poorestFirst) {
                payers += entry.getValue();
            }
            // where the equal share starts, found in floating point and then checked exactly
            double owedApproximately = cost;
            long payersApproximately = payers;
            for (int k = 0; k < poorestFirst.size(); k++) {
                double left = classes.approximately(poorestFirst.get(k).getKey());
                if (owedApproximately / payersApproximately <= left) {
                    BigFraction share = exactShareFrom(k, poorestFirst, classes, cost, payersApproximately);
                    if (share != null) {
                        return share;
                    }
                    break;
                }
                owedApproximately -= left * poorestFirst.get(k).getValue();
                payersApproximately -= poorestFirst.get(k).getValue();
            }
            BigFraction owed = BigFraction.of(cost);
            for (Map.Entry<Integer, Long> entry : poorestFirst) {
                BigFraction left = classLeft.apply(entry.getKey());
                BigFraction share = owed.divide(BigInteger.valueOf(payers));
                if (share.compareTo(left) <= 0) {
                    return share;
                }
                owed = owed.subtract(left.multiply(entry.getValue()));
                payers -= entry.getValue();
            }
            return null;
        }

        /**
         * The equal share when the classes before {@code k} pay all they have and the rest pay the
         * same: exact, or null when the classes around {@code k} say the split starts elsewhere.
         */
        private BigFraction exactShareFrom(int k, List<Map.Entry<Integer, Long>> poorestFirst, Classes classLeft, long cost,
                                           long payers) {
            BigFraction owed = BigFraction.of(cost).subtract(classLeft.total(poorestFirst, k, endowment));
            BigFraction share = owed.divide(BigInteger.valueOf(payers));
            boolean fitsHere = share.compareTo(classLeft.apply(poorestFirst.get(k).getKey())) <= 0;
            boolean notBefore = k == 0 || share.compareTo(classLeft.apply(poorestFirst.get(k - 1).getKey())) > 0;
            return fitsHere && notBefore ? share : null;
        }
    }
}
