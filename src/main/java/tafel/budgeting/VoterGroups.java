package tafel.budgeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a rule's money follows its voters: per group of voters (an age band, a sex, a
 * neighbourhood, a way of voting) its share of the voters next to its share of what each outcome
 * spends. A funded project's cost is shared equally by the voters who named it, so a group's
 * share is what its voters' parts add up to; projects nobody named count for nobody.
 */
public final class VoterGroups {

    /** The traits compared, in this order; others a file has are compared after them, by name. */
    private static final List<String> KNOWN = List.of("age", "sex", "neighborhood", "district", "voting_method", "education");
    /** More values than this (a free-text column, a voter's street) is not a grouping. */
    private static final int MOST_VALUES = 30;
    private static final int[] AGE_BANDS = {18, 30, 45, 65};

    /** @param value the group's value ("18–29" for ages); empty for the voters whose value is not given */
    public record Group(String trait, String value) {
    }

    /**
     * @param shareOfMoney per outcome, the share of its money that goes to this group's voters
     * @param satisfied    per outcome, the share of this group's voters with at least one funded project
     */
    public record Share(Group group, int voters, double shareOfVoters, List<Double> shareOfMoney, List<Double> satisfied) {
        public Share {
            shareOfMoney = List.copyOf(shareOfMoney);
            satisfied = List.copyOf(satisfied);
        }
    }

    /**
     * One voter: the projects they named and what is known about them.
     *
     * @param traits by pabulib's column name: age, sex, neighborhood, voting_method, … (only those given)
     */
    public record Voter(List<String> projects, Map<String, String> traits) {
        public Voter {
            projects = List.copyOf(projects);
            traits = Map.copyOf(traits);
        }
    }

    private VoterGroups() {
    }

    /**
     * @param costs    every project's cost
     * @param outcomes the funded projects of each outcome
     * @return the groups of every trait that splits the voters in two or more (none when nothing is known)
     */
    public static List<Share> shares(List<Voter> voters, Map<String, Long> costs, List<Set<String>> outcomes) {
        List<Share> shares = new ArrayList<>();
        if (voters.isEmpty()) {
            return shares;
        }
        Map<String, Long> approvers = new HashMap<>();
        voters.forEach(voter -> voter.projects().forEach(id -> approvers.merge(id, 1L, Long::sum)));
        List<Double> spent = new ArrayList<>();
        for (Set<String> funded : outcomes) {
            spent.add(funded.stream().filter(id -> approvers.getOrDefault(id, 0L) > 0)
                    .mapToDouble(id -> costs.getOrDefault(id, 0L)).sum());
        }
        for (String trait : traits(voters)) {
            Map<String, List<Voter>> byValue = new LinkedHashMap<>();
            voters.forEach(voter -> byValue.computeIfAbsent(value(trait, voter), none -> new ArrayList<>()).add(voter));
            if (byValue.size() < 2 || byValue.size() > MOST_VALUES) {
                continue;
            }
            List<Map.Entry<String, List<Voter>>> ordered = new ArrayList<>(byValue.entrySet());
            ordered.sort(order(trait));
            for (Map.Entry<String, List<Voter>> group : ordered) {
                List<Double> money = new ArrayList<>();
                List<Double> satisfied = new ArrayList<>();
                for (int i = 0; i < outcomes.size(); i++) {
                    Set<String> funded = outcomes.get(i);
                    double parts = 0;
                    int happy = 0;
                    for (Voter voter : group.getValue()) {
                        boolean any = false;
                        for (String id : voter.projects()) {
                            if (funded.contains(id)) {
                                parts += costs.getOrDefault(id, 0L) / (double) approvers.get(id);
                                any = true;
                            }
                        }
                        happy += any ? 1 : 0;
                    }
                    money.add(spent.get(i) == 0 ? 0 : parts / spent.get(i));
                    satisfied.add(happy / (double) group.getValue().size());
                }
                shares.add(new Share(new Group(trait, group.getKey()), group.getValue().size(),
                        group.getValue().size() / (double) voters.size(), money, satisfied));
            }
        }
        return shares;
    }

    private static List<String> traits(List<Voter> voters) {
        Set<String> found = new TreeSet<>();
        voters.forEach(voter -> found.addAll(voter.traits().keySet()));
        List<String> traits = new ArrayList<>(KNOWN.stream().filter(found::contains).toList());
        found.stream().filter(trait -> !KNOWN.contains(trait)).forEach(traits::add);
        return traits;
    }

    private static String value(String trait, Voter voter) {
        String value = voter.traits().getOrDefault(trait, "");
        return trait.equals("age") ? ageBand(value) : value;
    }

    /** Ages in the bands surveys use; a value that is not a whole number of years counts as not given. */
    static String ageBand(String age) {
        int years;
        try {
            years = Integer.parseInt(age.strip());
        } catch (NumberFormatException notAnAge) {
            return "";
        }
        if (years < 0) {
            return "";
        }
        int low = 0;
        for (int bound : AGE_BANDS) {
            if (years < bound) {
                return low + "–" + (bound - 1);
            }
            low = bound;
        }
        return low + "+";
    }

    /** Age bands from young to old; other values from the largest group down; the unknown last. */
    private static Comparator<Map.Entry<String, List<Voter>>> order(String trait) {
        Comparator<Map.Entry<String, List<Voter>>> unknownLast = Comparator.comparing(entry -> entry.getKey().isEmpty());
        if (trait.equals("age")) {
            return unknownLast.thenComparingInt(entry -> entry.getKey().isEmpty() ? 0
                    : Integer.parseInt(entry.getKey().replaceAll("[–+].*", "")));
        }
        return unknownLast.thenComparing(entry -> -entry.getValue().size(), Comparator.naturalOrder())
                .thenComparing(Map.Entry::getKey);
    }
}
