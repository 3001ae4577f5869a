package tafel.budgeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Greedy by approvals: the most approved project first, funded when it fits (ties: lower cost, then file order). */
public final class Greedy {

    private Greedy() {
    }

    public static Outcome byApprovals(ApprovalProfile profile) {
        long[] approvals = profile.approvals();
        List<Integer> order = IntStream.range(0, profile.proposals().size()).boxed()
                .sorted(Comparator.<Integer>comparingLong(project -> -approvals[project])
                        .thenComparingLong(project -> profile.proposals().get(project).cost())
                        .thenComparingInt(project -> project))
                .toList();
        List<Integer> funded = new ArrayList<>();
        long left = profile.budget();
        for (int project : order) {
            long cost = profile.proposals().get(project).cost();
            if (cost <= left) {
                funded.add(project);
                left -= cost;
            }
        }
        return new Outcome(funded, profile.budget() - left, 0);
    }
}
