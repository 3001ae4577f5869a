package tafel.budgeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import tafel.io.pabulib.PabulibFile;
import tafel.io.pabulib.PabulibReader;

/** Equal Shares against hand-computed cases, Assen 2024's published outcome, and a plain second implementation. */
class EqualSharesTest {

    private static ApprovalProfile.Proposal proposal(String id, long cost) {
        return new ApprovalProfile.Proposal(id, cost);
    }

    /**
     * Four voters, budget 4. C (cost 3, all four) costs each 0.75: price 0.25 per unit of cost;
     * A and B (cost 2, two voters each) would cost their voters 1 each: price 0.5. C goes first,
     * after which nobody can pay A or B. At 2 each, C, A and B all follow: 7 is over the budget,
     * so Add1 keeps the outcome at 1 each.
     */
    @Test
    void theCheapestPricePerUnitGoesFirstAndAdd1StopsBeforeTheBudgetIsExceeded() {
        ApprovalProfile profile = new ApprovalProfile(4, List.of(proposal("A", 2), proposal("B", 2), proposal("C", 3)),
                List.of(Set.of(0, 2), Set.of(0, 2), Set.of(1, 2), Set.of(1, 2)));
        assertThat(EqualShares.run(profile, EqualShares.Utility.COST, 1).funded()).containsExactly(2);
        assertThat(EqualShares.run(profile, EqualShares.Utility.COST, 2).funded()).containsExactly(2, 0, 1);
        Outcome add1 = EqualShares.add1(profile, EqualShares.Utility.COST, 1);
        assertThat(add1.funded()).containsExactly(2);
        assertThat(add1.cost()).isEqualTo(3);
        assertThat(add1.endowment()).isEqualTo(1);
    }

    /**
     * Cardinality utilities prefer the project that costs each approver least; cost utilities the
     * one that costs least per euro. Budget 6, three voters with 2 each. X (cost 3, voters 1-3)
     * costs each 1; Y (cost 4, voters 1-2) costs each 2. Per unit of cost X is 1/3, Y is 1/2: X.
     * Per project X is 1, Y is 2: X too; after X each has 1 left and Y (needing 4 from 2) is out.
     * Z (cost 2, voter 3 alone) costs 2 per project and 1 per unit of cost: never before X.
     */
    @Test
    void bothUtilitiesFundByTheirOwnPrice() {
        ApprovalProfile profile = new ApprovalProfile(6, List.of(proposal("X", 3), proposal("Y", 4), proposal("Z", 2)),
                List.of(Set.of(0, 1), Set.of(0, 1), Set.of(0, 2)));
        assertThat(EqualShares.run(profile, EqualShares.Utility.COST, 2).funded()).containsExactly(0);
        assertThat(EqualShares.run(profile, EqualShares.Utility.CARDINALITY, 2).funded()).containsExactly(0);
        // with 3 each Y costs its two voters 2 each (price 1/2 per unit, 2 per project) and X 1 each
        assertThat(EqualShares.run(profile, EqualShares.Utility.COST, 3).funded()).containsExactly(0, 1, 2);
    }

    @Test
    void assen2024IsReproducedExactly() throws IOException {
        PabulibFile file;
        try (InputStream in = EqualSharesTest.class.getResourceAsStream("/pabulib/Netherlands_Assen_2024.pb")) {
            file = PabulibReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).file();
        }
        List<ApprovalProfile.Proposal> proposals = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (PabulibFile.PbProject project : file.projects()) {
            proposals.add(proposal(project.id(), project.cost()));
            ids.add(project.id());
        }
        List<Set<Integer>> ballots = new ArrayList<>();
        for (PabulibFile.PbVote vote : file.votes()) {
            Set<Integer> ballot = new HashSet<>();
            vote.projects().forEach(id -> ballot.add(ids.indexOf(id)));
            ballots.add(ballot);
        }
        long budget = PabulibReader.machineCents(file.meta().get("budget")).orElseThrow();
        ApprovalProfile profile = new ApprovalProfile(budget, proposals, ballots);
        Outcome outcome = EqualShares.add1(profile, EqualShares.Utility.COST, 100);
        List<String> official = file.projects().stream().filter(project -> project.selected().orElse(0) == 1)
                .map(PabulibFile.PbProject::id).sorted().toList();
        assertThat(outcome.funded().stream().map(ids::get).sorted().toList()).isEqualTo(official).hasSize(9);
        assertThat(outcome.cost()).isEqualTo(7_670_000L);
    }

    /** Random small elections: the grouped, sorted implementation against one that follows the definition voter by voter. */
    @Test
    void agreesWithAPlainImplementationOfTheDefinition() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int trial = 0; trial < 400; trial++) {
            int projects = 1 + random.nextInt(6);
            int voters = 1 + random.nextInt(9);
            List<ApprovalProfile.Proposal> proposals = new ArrayList<>();
            for (int project = 0; project < projects; project++) {
                proposals.add(proposal("P" + project, random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 1 + random.nextInt(12)));
            }
            List<Set<Integer>> ballots = new ArrayList<>();
            for (int voter = 0; voter < voters; voter++) {
                Set<Integer> ballot = new HashSet<>();
                for (int project = 0; project < projects; project++) {
                    if (random.nextBoolean()) {
                        ballot.add(project);
                    }
                }
                ballots.add(ballot);
            }
            ApprovalProfile profile = new ApprovalProfile(1 + random.nextInt(30), proposals, ballots);
            long endowment = 1 + random.nextInt(5);
            for (EqualShares.Utility utility : EqualShares.Utility.values()) {
                assertThat(EqualShares.run(profile, utility, endowment).funded())
                        .as("trial %d, %s", trial, utility).isEqualTo(plain(profile, utility, endowment));
            }
        }
    }

    /** The definition, voter by voter: every candidate payment level tried, no grouping, no early exits. */
    private static List<Integer> plain(ApprovalProfile profile, EqualShares.Utility utility, long endowment) {
        int n = profile.voters();
        BigFraction[] left = new BigFraction[n];
        java.util.Arrays.fill(left, BigFraction.of(endowment));
        long[] approvals = profile.approvals();
        List<Integer> funded = new ArrayList<>();
        while (true) {
            int best = -1;
            BigFraction bestRho = null;
            BigFraction bestCap = null;
            for (int project = 0; project < profile.proposals().size(); project++) {
                if (funded.contains(project)) {
                    continue;
                }
                long cost = profile.proposals().get(project).cost();
                List<Integer> payers = new ArrayList<>();
                for (int voter = 0; voter < n; voter++) {
                    if (profile.ballots().get(voter).contains(project)) {
                        payers.add(voter);
                    }
                }
                // the smallest cap q with sum of min(left, q) = cost: try every voter's money and the equal split
                List<BigFraction> candidates = new ArrayList<>();
                for (int voter : payers) {
                    candidates.add(left[voter]);
                }
                BigFraction cap = null;
                for (int fullPayers = 0; fullPayers < payers.size(); fullPayers++) {
                    List<Integer> sorted = new ArrayList<>(payers);
                    sorted.sort(Comparator.comparing(voter -> left[voter]));
                    BigFraction rest = BigFraction.of(cost);
                    for (int i = 0; i < fullPayers; i++) {
                        rest = rest.subtract(left[sorted.get(i)]);
                    }
                    BigFraction q = rest.divide(payers.size() - fullPayers);
                    BigFraction paid = BigFraction.ZERO;
                    for (int voter : payers) {
                        paid = paid.add(left[voter].compareTo(q) < 0 ? left[voter] : q);
                    }
                    if (paid.equals(BigFraction.of(cost)) && q.signum() >= 0 && (cap == null || q.compareTo(cap) < 0)) {
                        cap = q;
                    }
                }
                if (cost == 0) {
                    cap = BigFraction.ZERO;
                }
                if (cap == null) {
                    continue;
                }
                BigFraction rho = utility == EqualShares.Utility.CARDINALITY || cost == 0 ? cap : cap.divide(cost);
                boolean better = best < 0 || rho.compareTo(bestRho) < 0 || rho.equals(bestRho)
                        && (cost < profile.proposals().get(best).cost() || cost == profile.proposals().get(best).cost()
                        && approvals[project] > approvals[best]);
                if (better) {
                    best = project;
                    bestRho = rho;
                    bestCap = cap;
                }
            }
            if (best < 0) {
                return funded;
            }
            for (int voter = 0; voter < n; voter++) {
                if (profile.ballots().get(voter).contains(best)) {
                    left[voter] = left[voter].compareTo(bestCap) <= 0 ? BigFraction.ZERO : left[voter].subtract(bestCap);
                }
            }
            funded.add(best);
        }
    }
}
