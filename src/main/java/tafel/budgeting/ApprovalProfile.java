package tafel.budgeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A participatory budget with approval ballots: the projects in file order, each with its cost,
 * and every voter's set of approved projects (by index). Amounts are whole units of the caller's
 * choosing (tafel passes cents).
 */
public record ApprovalProfile(long budget, List<Proposal> proposals, List<Set<Integer>> ballots) {

    /** A project on the ballot. */
    public record Proposal(String id, long cost) {
        public Proposal {
            if (cost < 0) {
                throw new IllegalArgumentException("a cost cannot be negative: " + id);
            }
        }
    }

    public ApprovalProfile {
        proposals = List.copyOf(proposals);
        List<Set<Integer>> copies = new ArrayList<>();
        for (Set<Integer> ballot : ballots) {
            for (int project : ballot) {
                if (project < 0 || project >= proposals.size()) {
                    throw new IllegalArgumentException("a ballot names no project: " + project);
                }
            }
            copies.add(Set.copyOf(ballot));
        }
        ballots = List.copyOf(copies);
    }

    public int voters() {
        return ballots.size();
    }

    /** How many voters approve each project. */
    public long[] approvals() {
        long[] approvals = new long[proposals.size()];
        ballots.forEach(ballot -> ballot.forEach(project -> approvals[project]++));
        return approvals;
    }
}
