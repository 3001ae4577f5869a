package tafel.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import tafel.antwerp.Allocation;
import tafel.antwerp.Candidate;
import tafel.antwerp.Leftover;
import tafel.budgeting.PbRule;
import tafel.budgeting.VoterGroups;

/**
 * Use case: the same votes under several rules, side by side — greedy, the Method of Equal Shares
 * with Add1 (when there are approval ballots and one budget) and the official outcome (when the
 * file publishes one): what each funds, what it costs, how many voters see at least one
 * project they approved funded, and per category and per group of voters its share of the money.
 */
public final class CompareRules {

    /**
     * One rule's outcome.
     *
     * @param name      the rule's pabulib name, or "official"
     * @param satisfied the share of voters with at least one approved project funded (approval ballots only)
     */
    public record Outcome(String name, Set<String> funded, long cost, OptionalDouble satisfied) {
        public Outcome {
            funded = Set.copyOf(funded);
        }
    }

    /**
     * A category's part of the votes and of what each rule spends: a project in several categories
     * counts fully in each; the votes are the projects' votes (scores).
     *
     * @param spent per rule, in the order of the outcomes, the share of that rule's money
     */
    public record CategoryShare(String category, double votes, List<Double> spent) {
        public CategoryShare {
            spent = List.copyOf(spent);
        }
    }

    /** @param groups per group of voters (age band, sex, neighbourhood, …) its share of each rule's money */
    /** @param neighborhoods the same per neighbourhood of the projects, when the file names them */
    public record Compared(ProjectsToAllocate.Input input, List<Outcome> outcomes, List<CategoryShare> categories,
                           List<CategoryShare> neighborhoods, List<VoterGroups.Share> groups) {
        public Compared {
            outcomes = List.copyOf(outcomes);
            categories = List.copyOf(categories);
            neighborhoods = List.copyOf(neighborhoods);
            groups = List.copyOf(groups);
        }
    }

    private CompareRules() {
    }

    /** Tells every row problem once; stops (exit 65) when a row could not be used. */
    public static Compared compare(Notices notices, ProjectsToAllocate.Read read) {
        notices.requireUsable(read.problems(), read.rowsRead(), read.rejected());
        ProjectsToAllocate.Read told = new ProjectsToAllocate.Read(read.input(), List.of(), read.rowsRead(), 0);
        ProjectsToAllocate.Input input = read.input();
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(outcome(input, PbRule.GREEDY.pabulibName(), AllocateProjects.allocate(Notices.quiet(), told,
                Optional.of(PbRule.GREEDY.pabulibName()), Optional.empty(), Leftover.NONE).result()));
        if (!input.ballots().isEmpty() && input.budgets().size() == 1) {
            outcomes.add(outcome(input, PbRule.EQUAL_SHARES_ADD1.pabulibName(), AllocateProjects.allocate(Notices.quiet(),
                    told, Optional.of(PbRule.EQUAL_SHARES_ADD1.pabulibName()), Optional.empty(), Leftover.NONE).result()));
        }
        if (!input.official().isEmpty()) {
            Set<String> funded = new LinkedHashSet<>();
            input.official().forEach((id, selected) -> {
                if (selected) {
                    funded.add(id);
                }
            });
            outcomes.add(outcome(input, "official", funded));
        }
        Map<String, Long> costs = new HashMap<>();
        input.candidates().forEach(candidate -> costs.put(candidate.id(), candidate.cost()));
        List<VoterGroups.Share> groups = VoterGroups.shares(input.voters(), costs,
                outcomes.stream().map(Outcome::funded).toList());
        Map<String, List<String>> neighborhoods = new HashMap<>();
        input.neighborhoods().forEach((id, neighborhood) -> neighborhoods.put(id, List.of(neighborhood)));
        return new Compared(input, outcomes, shares(input, input.categories(), outcomes), shares(input, neighborhoods, outcomes),
                groups);
    }

    /**
     * Per category (or neighbourhood) named by the projects, in order of first mention; none when
     * fewer than two are named.
     */
    private static List<CategoryShare> shares(ProjectsToAllocate.Input input, Map<String, List<String>> categories,
                                              List<Outcome> outcomes) {
        Set<String> names = new LinkedHashSet<>();
        input.candidates().forEach(candidate -> names.addAll(categories.getOrDefault(candidate.id(), List.of())));
        names.remove("");
        List<CategoryShare> shares = new ArrayList<>();
        if (names.size() < 2) {
            return shares;
        }
        double allVotes = input.candidates().stream().mapToDouble(candidate -> candidate.score().doubleValue()).sum();
        for (String name : names) {
            List<Candidate> in = input.candidates().stream()
                    .filter(candidate -> categories.getOrDefault(candidate.id(), List.of()).contains(name)).toList();
            double votes = in.stream().mapToDouble(candidate -> candidate.score().doubleValue()).sum();
            List<Double> spent = new ArrayList<>();
            for (Outcome outcome : outcomes) {
                long money = in.stream().filter(candidate -> outcome.funded().contains(candidate.id()))
                        .mapToLong(candidate -> candidate.cost()).sum();
                spent.add(outcome.cost() == 0 ? 0 : money / (double) outcome.cost());
            }
            shares.add(new CategoryShare(name, allVotes == 0 ? 0 : votes / allVotes, spent));
        }
        return shares;
    }

    private static Outcome outcome(ProjectsToAllocate.Input input, String name, Allocation.Result result) {
        Set<String> funded = new LinkedHashSet<>();
        result.rows().stream().filter(Allocation.Row::funded).forEach(row -> funded.add(row.candidate().id()));
        return outcome(input, name, funded);
    }

    private static Outcome outcome(ProjectsToAllocate.Input input, String name, Set<String> funded) {
        long cost = input.candidates().stream().filter(candidate -> funded.contains(candidate.id()))
                .mapToLong(candidate -> candidate.cost()).sum();
        OptionalDouble satisfied = input.ballots().isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(input.ballots().stream().filter(ballot -> ballot.stream().anyMatch(funded::contains))
                .count() / (double) input.ballots().size());
        return new Outcome(name, funded, cost, satisfied);
    }
}
