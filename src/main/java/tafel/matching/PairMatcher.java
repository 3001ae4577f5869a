package tafel.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import tafel.text.Phrase;

/**
 * 1-on-1 matches (one person of the left role with one of the right role) so that the total
 * number of shared tags is maximal: an exact assignment per round ({@link Hungarian}), never a
 * greedy pass. Never two people of the same organisation, never an avoid pair, never the same
 * pair in two rounds. Equal totals are decided by a seeded random tie-break, so a seed always
 * gives the same list. Surplus people on the larger side join the best-fitting pair as a trio,
 * or sit out in turn.
 */
public final class PairMatcher {

    public enum Surplus { TRIO, SIT_OUT }

    private static final long TIE_RANGE = 1_000;

    /** One conversation: {@code left} is always the person of the left role. */
    public record Meeting(int round, Person left, Person right, int score, List<String> sharedTags) {
        public Meeting {
            sharedTags = List.copyOf(sharedTags);
        }
    }

    public record Plan(List<Meeting> meetings, Map<Integer, List<Person>> sittingOut, long seed) {
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
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> met = new HashSet<>();
        Map<String, Integer> satOut = new LinkedHashMap<>();
        List<Meeting> meetings = new ArrayList<>();
        Map<Integer, List<Person>> sittingOut = new LinkedHashMap<>();
        boolean leftSmaller = left.size() <= right.size();
        List<Person> small = leftSmaller ? left : right;
        List<Person> large = leftSmaller ? right : left;
        for (int round = 1; round <= rounds; round++) {
            int[] pairedWith = assign(small, large, met, satOut, random, round);
            Set<Integer> paired = new HashSet<>();
            for (int s = 0; s < small.size(); s++) {
                paired.add(pairedWith[s]);
                meetings.add(meeting(round, small.get(s), large.get(pairedWith[s]), leftSmaller));
                met.add(key(small.get(s), large.get(pairedWith[s])));
            }
            List<Person> rest = new ArrayList<>();
            for (int b = 0; b < large.size(); b++) {
                if (!paired.contains(b)) {
                    rest.add(large.get(b));
                }
            }
            if (surplus == Surplus.TRIO && !rest.isEmpty() && !small.isEmpty()) {
                trios(round, small, large, pairedWith, rest, met, random, leftSmaller, meetings);
            } else if (!rest.isEmpty()) {
                sittingOut.put(round, List.copyOf(rest));
                rest.forEach(person -> satOut.merge(person.id(), 1, Integer::sum));
            }
        }
        // Trios were added after the pairs; list each round by the person of the smaller side.
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < small.size(); i++) {
            order.put(small.get(i).id(), i);
        }
        meetings.sort(java.util.Comparator.comparingInt(Meeting::round)
                .thenComparingInt(meeting -> order.get((leftSmaller ? meeting.left() : meeting.right()).id())));
        return new Plan(meetings, sittingOut, seed);
    }

    /**
     * One round's optimal assignment of every person of the smaller side. The pair values are
     * counted on bit sets and the pairs met before looked up in a matrix, not as sets and strings:
     * at 2000 × 2000 building four million tag intersections was most of the time and memory.
     */
    private static int[] assign(List<Person> small, List<Person> large, Set<String> met, Map<String, Integer> satOut,
                                SplittableRandom random, int round) {
        int n = small.size();
        int m = large.size();
        TagBits bits = new TagBits(small, large);
        long maxTags = 0;
        for (Person person : small) {
            maxTags = Math.max(maxTags, person.tags().size());
        }
        long weight = (long) n * TIE_RANGE;
        long priority = (maxTags + 1) * weight * Math.max(1, n);
        long[] satOutBonus = new long[m];
        for (int b = 0; b < m; b++) {
            satOutBonus[b] = satOut.getOrDefault(large.get(b).id(), 0) * priority;
        }
        boolean[][] allowed = allowed(small, large, met);
        long[][] cost = new long[n][];
        long maxValue = 0;
        for (int s = 0; s < n; s++) {
            long[] row = new long[m];
            for (int b = 0; b < m; b++) {
                // Someone who sat out before is matched first; then shared tags; then the seeded tie-break.
                row[b] = satOutBonus[b] + bits.shared(s, b) * weight + random.nextLong(TIE_RANGE);
                maxValue = Math.max(maxValue, row[b]);
            }
            cost[s] = row;
        }
        long forbidden = (maxValue + 1) * (n + 1L);
        for (int s = 0; s < n; s++) {
            long[] row = cost[s];
            for (int b = 0; b < m; b++) {
                row[b] = allowed[s][b] ? maxValue + 1 - row[b] : forbidden;
            }
        }
        int[] assignment = Hungarian.solve(cost);
        List<Phrase> reasons = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (!allowed[s][assignment[s]]) {
                reasons.add(explain(small.get(s), large, met, round));
            }
        }
        if (!reasons.isEmpty()) {
            throw new Infeasible(reasons);
        }
        return assignment;
    }

    /**
     * Who may meet whom: not one organisation, not an avoid pair, not met before. Organisations and
     * avoid lists are looked up once per person, the pairs met once per pair.
     */
    private static boolean[][] allowed(List<Person> small, List<Person> large, Set<String> met) {
        Map<String, Integer> organisations = new java.util.HashMap<>();
        int[] smallOrganisation = organisationNumbers(small, organisations);
        int[] largeOrganisation = organisationNumbers(large, organisations);
        Map<String, Integer> smallIndex = indexById(small);
        Map<String, Integer> largeIndex = indexById(large);
        boolean[][] allowed = new boolean[small.size()][large.size()];
        for (int s = 0; s < small.size(); s++) {
            for (int b = 0; b < large.size(); b++) {
                allowed[s][b] = smallOrganisation[s] < 0 || smallOrganisation[s] != largeOrganisation[b];
            }
        }
        for (int s = 0; s < small.size(); s++) {
            forbid(allowed, s, largeIndex.get(small.get(s).id()));
            for (String avoided : small.get(s).avoid()) {
                forbid(allowed, s, largeIndex.get(avoided));
            }
        }
        for (int b = 0; b < large.size(); b++) {
            for (String avoided : large.get(b).avoid()) {
                Integer s = smallIndex.get(avoided);
                if (s != null) {
                    allowed[s][b] = false;
                }
            }
        }
        for (String pair : met) {
            String[] ids = pair.split("\u0000", 2);
            Integer s = smallIndex.get(ids[0]);
            Integer b = largeIndex.get(ids[1]);
            if (s == null || b == null) {
                s = smallIndex.get(ids[1]);
                b = largeIndex.get(ids[0]);
            }
            if (s != null && b != null) {
                allowed[s][b] = false;
            }
        }
        return allowed;
    }

    private static void forbid(boolean[][] allowed, int s, Integer b) {
        if (b != null) {
            allowed[s][b] = false;
        }
    }

    private static Map<String, Integer> indexById(List<Person> people) {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            index.put(people.get(i).id(), i);
        }
        return index;
    }

    /** A number per organisation (any case), −1 for none. */
    private static int[] organisationNumbers(List<Person> people, Map<String, Integer> numbers) {
        int[] result = new int[people.size()];
        for (int i = 0; i < people.size(); i++) {
            String organisation = people.get(i).organisation();
            result[i] = organisation.isBlank() ? -1
                    : numbers.computeIfAbsent(organisation.toLowerCase(java.util.Locale.ROOT), key -> numbers.size());
        }
        return result;
    }

    private static Phrase explain(Person person, List<Person> others, Set<String> met, int round) {
        long organisation = others.stream().filter(other -> !person.organisation().isBlank()
                && person.organisation().equalsIgnoreCase(other.organisation())).count();
        long avoided = others.stream().filter(other -> person.avoid().contains(other.id()) || other.avoid().contains(person.id())).count();
        long already = others.stream().filter(other -> met.contains(key(person, other))).count();
        boolean nobody = others.stream().noneMatch(other -> person.canMeet(other) && !met.contains(key(person, other)));
        return nobody ? Phrase.of("match.infeasible.nobody", person.name(), person.id(), round, organisation, avoided, already)
                : Phrase.of("match.infeasible.crowded", person.name(), person.id(), round, organisation, avoided, already);
    }

    /** Each surplus person joins the pair whose member of the other role fits them best. */
    private static void trios(int round, List<Person> small, List<Person> large, int[] pairedWith, List<Person> rest,
                              Set<String> met, SplittableRandom random, boolean leftSmaller, List<Meeting> meetings) {
        List<Person> waiting = new ArrayList<>(rest);
        Set<Integer> taken = new HashSet<>();
        while (!waiting.isEmpty()) {
            List<Integer> open = new ArrayList<>();
            for (int s = 0; s < small.size(); s++) {
                if (!taken.contains(s)) {
                    open.add(s);
                }
            }
            if (open.isEmpty()) {
                taken.clear();
                continue;
            }
            int rows = Math.min(waiting.size(), open.size());
            List<Person> batch = waiting.subList(0, rows);
            long[][] cost = new long[rows][open.size()];
            long weight = rows * TIE_RANGE;
            long maxValue = 0;
            long[][] value = new long[rows][open.size()];
            boolean[][] allowed = new boolean[rows][open.size()];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < open.size(); c++) {
                    Person joiner = batch.get(r);
                    Person host = small.get(open.get(c));
                    Person partner = large.get(pairedWith[open.get(c)]);
                    allowed[r][c] = joiner.canMeet(host) && joiner.canMeet(partner) && !met.contains(key(host, joiner));
                    value[r][c] = shared(joiner, host).size() * weight + random.nextLong(TIE_RANGE);
                    maxValue = Math.max(maxValue, value[r][c]);
                }
            }
            long forbidden = (maxValue + 1) * (rows + 1L);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < open.size(); c++) {
                    cost[r][c] = allowed[r][c] ? maxValue + 1 - value[r][c] : forbidden;
                }
            }
            int[] assignment = Hungarian.solve(cost);
            List<Phrase> reasons = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                if (!allowed[r][assignment[r]]) {
                    reasons.add(Phrase.of("match.infeasible.trio", batch.get(r).name(), batch.get(r).id(), round));
                    continue;
                }
                int s = open.get(assignment[r]);
                taken.add(s);
                meetings.add(meeting(round, small.get(s), batch.get(r), leftSmaller));
                met.add(key(small.get(s), batch.get(r)));
            }
            if (!reasons.isEmpty()) {
                throw new Infeasible(reasons);
            }
            waiting = new ArrayList<>(waiting.subList(rows, waiting.size()));
        }
    }

    private static Meeting meeting(int round, Person fromSmall, Person fromLarge, boolean leftSmaller) {
        Person left = leftSmaller ? fromSmall : fromLarge;
        Person right = leftSmaller ? fromLarge : fromSmall;
        List<String> tags = shared(left, right);
        return new Meeting(round, left, right, tags.size(), tags);
    }

    private static String key(Person a, Person b) {
        return a.id().compareTo(b.id()) < 0 ? a.id() + "\u0000" + b.id() : b.id() + "\u0000" + a.id();
    }
}
