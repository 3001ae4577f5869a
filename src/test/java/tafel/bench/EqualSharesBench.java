package tafel.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tafel.budgeting.ApprovalProfile;
import tafel.budgeting.EqualShares;
import tafel.budgeting.Outcome;
import tafel.io.pabulib.PabulibFile;
import tafel.io.pabulib.PabulibReader;

/**
 * Equal Shares on a pabulib file: one run at the starting endowment, and Add1 to the end, with
 * how many runs Add1 needed. Run with scripts/bench-mes FILE.pb.
 */
public final class EqualSharesBench {

    private EqualSharesBench() {
    }

    public static void main(String[] args) throws Exception {
        PabulibFile file = PabulibReader.read(Path.of(args[0])).file();
        List<String> ids = new ArrayList<>();
        List<ApprovalProfile.Proposal> proposals = new ArrayList<>();
        for (PabulibFile.PbProject project : file.projects()) {
            ids.add(project.id());
            proposals.add(new ApprovalProfile.Proposal(project.id(), project.cost()));
        }
        List<Set<Integer>> ballots = new ArrayList<>();
        for (PabulibFile.PbVote vote : file.votes()) {
            Set<Integer> ballot = new HashSet<>();
            vote.projects().stream().map(ids::indexOf).filter(index -> index >= 0).forEach(ballot::add);
            ballots.add(ballot);
        }
        long budget = PabulibReader.machineCents(file.meta().get("budget")).orElseThrow();
        ApprovalProfile profile = new ApprovalProfile(budget, proposals, ballots);
        long start = budget / 100 / profile.voters() * 100;
        long before = System.nanoTime();
        Outcome once = EqualShares.run(profile, EqualShares.Utility.COST, start);
        double oneRun = (System.nanoTime() - before) / 1e6;
        before = System.nanoTime();
        Outcome add1 = EqualShares.add1(profile, EqualShares.Utility.COST, 100);
        double all = (System.nanoTime() - before) / 1e6;
        System.out.printf(Locale.ROOT, "%s: %d voters, %d projects, %d distinct ballots%n", Path.of(args[0]).getFileName(),
                profile.voters(), proposals.size(), new HashSet<>(ballots).size());
        System.out.printf(Locale.ROOT, "one run at %d: %.0f ms, %d funded%n", start / 100, oneRun, once.funded().size());
        System.out.printf(Locale.ROOT, "add1: %.0f ms, %d runs, ends at %d per voter, %d funded, cost %d of %d%n", all,
                (add1.endowment() - start) / 100 + 2, add1.endowment() / 100, add1.funded().size(), add1.cost() / 100,
                budget / 100);
    }
}
