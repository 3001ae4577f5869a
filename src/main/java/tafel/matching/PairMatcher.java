package tafel.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import tafel.text.Phrase;

/**
 * 1-on-1 matches (one person of the left role with one of the right role) so that the total
 * number of shared tags is maximal, never by a greedy pass: several rounds as one problem where it
 * is tractable ({@link EveningGroups}), else one exact round after the other ({@link RoundGroups}).
 * Never two people of the same organisation, never an avoid pair, never the same pair in two
 * rounds. Equal totals are decided by a seeded random tie-break, so a seed always gives the same
 * list. Surplus people on the larger side join a pair (trios, or groups up to a maximum), chosen
 * together with the pairs, or sit out in turn.
 */
public final class PairMatcher {

    public enum Surplus { TRIO, SIT_OUT }

    static final long TIE_RANGE = 1_000;
    private static final int TRIO_SIZE = 3;

    /** One conversation: {@code left} is always the person of the left role. */
    public record Meeting(int round, Person left, Person right, int score, List<String> sharedTags) {
        public Meeting {
            sharedTags = List.copyOf(sharedTags);
        }
    }

    /**
     * @param exact        whether the total is proven the best possible (false only when two of the
     *                     larger side who may not meet each other left more ways to try than a round may take)
     * @param wholeEvening whether the rounds were optimised together (else one after the other)
     * @param smaller      how many people the smaller side has (one per group)
     * @param larger       how many people the larger side has
     */
    public record Plan(List<Meeting> meetings, Map<Integer, List<Person>> sittingOut, long seed, boolean exact,
                       boolean wholeEvening, int smaller, int larger) {
        public Plan {
            meetings = List.copyOf(meetings);
        }

        public int totalScore() {
            return meetings.stream().mapToInt(Meeting::score).sum();
        }
    }

    /** Why no complete matching exists, per person who cannot be placed. */
    public static final class Infeasible extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Phrase> reasons;

        Infeasible(List<Phrase> reasons) {
            super("infeasible");
            this.reasons = List.copyOf(reasons);
        }

        public List<Phrase> reasons() {
            return reasons;
        }
    }

    private PairMatcher() {
    }

    public static List<String> shared(Person a, Person b) {
        TreeSet<String> both = new TreeSet<>(a.tags());
        both.retainAll(b.tags());
        return List.copyOf(both);
    }

    public static Plan match(List<Person> left, List<Person> right, int rounds, Surplus surplus, long seed) {
        return match(left, right, rounds, surplus, TRIO_SIZE, seed);
    }

    /**
     * @param groupMax with {@link Surplus#TRIO}, the largest group: one person of the smaller side
     *                 and up to {@code groupMax − 1} of the larger (3: trios); who does not fit sits out
     */
    public static Plan match(List<Person> left, List<Person> right, int rounds, Surplus surplus, int groupMax, long seed) {
        if (groupMax < 2) {
            throw new IllegalArgumentException("groups of at least two");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> met = new HashSet<>();
        Map<String, Integer> satOut = new LinkedHashMap<>();
        List<Meeting> meetings = new ArrayList<>();
        Map<Integer, List<Person>> sittingOut = new LinkedHashMap<>();
        boolean leftSmaller = left.size() <= right.size();
        List<Person> small = leftSmaller ? left : right;
        List<Person> large = leftSmaller ? right : left;
        int seatsPerGroup = surplus == Surplus.TRIO ? groupMax - 1 : 1;
        boolean exact = true;
        Optional<int[][]> evening = Optional.empty();
        if (rounds > 1) {
            long[][] ties = new long[small.size()][large.size()];
            for (long[] row : ties) {
                for (int b = 0; b < row.length; b++) {
                    row[b] = random.nextLong(TIE_RANGE);
                }
            }
            evening = EveningGroups.solve(small, large, rounds, seatsPerGroup, RoundGroups.allowed(small, large, Set.of()), ties);
        }
        for (int round = 1; round <= rounds; round++) {
            int[] groupOf;
            if (evening.isPresent()) {
                groupOf = evening.get()[round - 1];
            } else {
                RoundGroups.Result result = RoundGroups.solve(small, large, seatsPerGroup, met, satOut, random, round);
                groupOf = result.groupOf();
                exact &= result.exact();
            }
            List<Person> rest = new ArrayList<>();
            for (int b = 0; b < large.size(); b++) {
                if (groupOf[b] < 0) {
                    rest.add(large.get(b));
                    continue;
                }
                meetings.add(meeting(round, small.get(groupOf[b]), large.get(b), leftSmaller));
                met.add(key(small.get(groupOf[b]), large.get(b)));
            }
            if (!rest.isEmpty()) {
                sittingOut.put(round, List.copyOf(rest));
                rest.forEach(person -> satOut.merge(person.id(), 1, Integer::sum));
            }
        }
        // a group's rows together, in the order of the smaller side; within a group, the larger side's order
        Map<String, Integer> smallOrder = new HashMap<>();
        for (int i = 0; i < small.size(); i++) {
            smallOrder.put(small.get(i).id(), i);
        }
        Map<String, Integer> largeOrder = new HashMap<>();
        for (int i = 0; i < large.size(); i++) {
            largeOrder.put(large.get(i).id(), i);
        }
        meetings.sort(java.util.Comparator.comparingInt(Meeting::round)
                .thenComparingInt(meeting -> smallOrder.get((leftSmaller ? meeting.left() : meeting.right()).id()))
                .thenComparingInt(meeting -> largeOrder.get((leftSmaller ? meeting.right() : meeting.left()).id())));
        return new Plan(meetings, sittingOut, seed, exact, rounds == 1 || evening.isPresent(), small.size(), large.size());
    }

    private static Meeting meeting(int round, Person fromSmall, Person fromLarge, boolean leftSmaller) {
        Person left = leftSmaller ? fromSmall : fromLarge;
        Person right = leftSmaller ? fromLarge : fromSmall;
        List<String> tags = shared(left, right);
        return new Meeting(round, left, right, tags.size(), tags);
    }

    static String key(Person a, Person b) {
        return a.id().compareTo(b.id()) < 0 ? a.id() + "\u0000" + b.id() : b.id() + "\u0000" + a.id();
    }
}
