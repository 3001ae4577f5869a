package tafel.matching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import tafel.text.Phrase;

/**
 * One round of {@link PairMatcher}, exactly: every person of the smaller side gets at least one of
 * the larger side and at most {@code seats}, and the total of shared tags over every meeting of the
 * round — both of a trio's — is the largest possible (not pairs first and joiners after, which was
 * 6–9 % below this optimum).
 *
 * <p>An assignment of the larger side to seats: each person of the smaller side has a first seat,
 * which must be taken, and further seats; whoever is beyond all seats sits out. Filler rows take the
 * further seats nobody needs, so that a first seat cannot stay empty — without a weight that would
 * dwarf the scores and overflow. Priorities as weights, each larger than every sum below it: those
 * who sat out before get a seat first; further seats fill evenly (a second before a third); then
 * shared tags; then the seeded tie-break.
 *
 * <p>Two of the larger side who may not meet (one organisation, an avoid pair) must not share a
 * group; that is not an assignment any more, so it is a branch and bound over such clashes: the
 * assignment without them bounds every branch, a clash splits into "this one elsewhere" and "that one
 * elsewhere". Exact unless the branches exceed the round's budget ({@link #solveBudget}); then the best
 * list found, or seat by seat, said as not proven.
 */
final class RoundGroups {

    /** Per person of the larger side the index of their person of the smaller side, or −1 (sits out). */
    record Result(int[] groupOf, boolean exact) {
    }

    private record Solved(int[] groupOf, long value) {
    }

    /** Enough for the clashes of a real list; bounds the time on a list where almost everyone clashes. */
    static final int MAX_SOLVES = 5_000;
    /** The work (rows² × columns of an assignment, summed over the solves) a round's branch and bound may take. */
    private static final double WORK = 3e9;

    private final List<Person> small;
    private final List<Person> large;
    private final int seats;
    private final Map<String, Integer> satOut;
    private final long[][] ties;
    private final int round;
    private final TagBits bits;

    private RoundGroups(List<Person> small, List<Person> large, int seats, Map<String, Integer> satOut, long[][] ties,
                        int round) {
        this.small = small;
        this.large = large;
        this.seats = seats;
        this.satOut = satOut;
        this.ties = ties;
        this.round = round;
        this.bits = new TagBits(small, large);
    }

    static Result solve(List<Person> small, List<Person> large, int seats, Set<String> met, Map<String, Integer> satOut,
                        SplittableRandom random, int round) {
        int n = small.size();
        int m = large.size();
        if (n == 0) {
            int[] nobody = new int[m];
            Arrays.fill(nobody, -1);
            return new Result(nobody, true);
        }
        // drawn once per round in the order of the pairs, so that a seed gives the lists it always gave
        long[][] ties = new long[n][m];
        for (int s = 0; s < n; s++) {
            for (int b = 0; b < m; b++) {
                ties[s][b] = random.nextLong(PairMatcher.TIE_RANGE);
            }
        }
        return new RoundGroups(small, large, seats, satOut, ties, round).branchAndBound(allowed(small, large, met));
    }

    private Result branchAndBound(boolean[][] root) {
        Solved best = null;
        Deque<boolean[][]> open = new ArrayDeque<>();
        open.push(root);
        PairMatcher.Infeasible firstReason = null;
        int solves = 0;
        int budget = solveBudget();
        while (!open.isEmpty() && solves < budget) {
            boolean[][] allowed = open.pop();
            Solved solved;
            try {
                solved = assign(allowed);
            } catch (PairMatcher.Infeasible infeasible) {
                firstReason = firstReason == null ? infeasible : firstReason;
                continue;
            } finally {
                solves++;
            }
            if (best != null && solved.value() <= best.value()) {
                continue;
            }
            int[] clash = firstClash(solved.groupOf());
            if (clash == null) {
                best = solved;
                continue;
            }
            // clash = {person of the smaller side, one member, the other}: one of the two goes elsewhere
            open.push(without(allowed, clash[0], clash[2]));
            open.push(without(allowed, clash[0], clash[1]));
        }
        if (best == null && open.isEmpty()) {
            throw firstReason != null ? firstReason
                    : new PairMatcher.Infeasible(List.of(Phrase.of("match.infeasible.clashes", round, budget)));
        }
        if (best == null) {
            // out of tries with every list found holding two who may not meet: pairs first, then
            // joiners who clash with nobody in their group - valid, fast, not proven best
            return new Result(seatBySeat(root), false);
        }
        return new Result(best.groupOf(), open.isEmpty());
    }

    /**
     * How many assignments the branch and bound may solve: up to {@link #MAX_SOLVES} for the lists of
     * an evening (each takes microseconds), fewer for big ones (an assignment of 1,100 people to 1,200
     * seats takes about half a second; 600 civil servants and 1,100 residents of 30 organisations took
     * 105 s with 200 tries and now 4 s, seat by seat after two).
     */
    private int solveBudget() {
        double rows = large.size();
        double columns = Math.max(large.size(), small.size() * (double) seats);
        return (int) Math.max(2, Math.min(MAX_SOLVES, WORK / (rows * rows * columns)));
    }

    /**
     * The first seats exactly (the pairs), then each further seat by an assignment of those left to
     * the groups of that size whose members they may all meet; whoever fits nowhere sits out.
     */
    private int[] seatBySeat(boolean[][] allowed) {
        int n = small.size();
        int m = large.size();
        int[] groupOf = new RoundGroups(small, large, 1, satOut, ties, round).assign(allowed).groupOf();
        List<List<Integer>> members = new ArrayList<>();
        for (int group = 0; group < n; group++) {
            members.add(new ArrayList<>());
        }
        for (int b = 0; b < m; b++) {
            if (groupOf[b] >= 0) {
                members.get(groupOf[b]).add(b);
            }
        }
        long maxTags = small.stream().mapToLong(person -> person.tags().size()).max().orElse(0);
        for (int k = 1; k < seats; k++) {
            List<Integer> rest = new ArrayList<>();
            for (int b = 0; b < m; b++) {
                if (groupOf[b] < 0) {
                    rest.add(b);
                }
            }
            if (rest.isEmpty()) {
                break;
            }
            int columns = n + Math.max(0, rest.size() - n);
            long weight = (rest.size() + 1L) * PairMatcher.TIE_RANGE;
            long priority = (maxTags + 1) * weight * (rest.size() + 1L);
            long[][] value = new long[rest.size()][columns];
            long maxValue = 0;
            for (int r = 0; r < rest.size(); r++) {
                int b = rest.get(r);
                for (int s = 0; s < n; s++) {
                    boolean fits = allowed[s][b] && members.get(s).size() == k
                            && members.get(s).stream().allMatch(other -> large.get(other).canMeet(large.get(b)));
                    value[r][s] = fits ? satOut.getOrDefault(large.get(b).id(), 0) * priority + bits.shared(s, b) * weight
                            + ties[s][b] : -1;
                    maxValue = Math.max(maxValue, value[r][s]);
                }
            }
            long[][] cost = new long[rest.size()][columns];
            for (int r = 0; r < rest.size(); r++) {
                for (int c = 0; c < columns; c++) {
                    cost[r][c] = c >= n ? maxValue + 1 : value[r][c] < 0 ? Hungarian.NO_EDGE : maxValue + 1 - value[r][c];
                }
            }
            int[] assignment = Hungarian.solve(cost);
            for (int r = 0; r < rest.size(); r++) {
                int c = assignment[r];
                if (c >= 0 && c < n) {
                    groupOf[rest.get(r)] = c;
                    members.get(c).add(rest.get(r));
                }
            }
        }
        return groupOf;
    }

    private static boolean[][] without(boolean[][] allowed, int s, int b) {
        boolean[][] copy = new boolean[allowed.length][];
        for (int row = 0; row < allowed.length; row++) {
            copy[row] = row == s ? allowed[row].clone() : allowed[row];
        }
        copy[s][b] = false;
        return copy;
    }

    /** The round's assignment under {@code allowed}, clashes aside; its value bounds every branch below it. */
    private Solved assign(boolean[][] allowed) {
        int n = small.size();
        int m = large.size();
        int capacity = n * seats;
        int placed = Math.min(m, capacity);
        int columns = capacity + Math.max(0, m - capacity);
        int fillers = columns - m;
        long maxTags = 0;
        for (Person person : small) {
            maxTags = Math.max(maxTags, person.tags().size());
        }
        long weight = (long) placed * PairMatcher.TIE_RANGE;
        long priority = (maxTags + 1) * weight * Math.max(1, placed);
        long[][] cost = new long[m + fillers][];
        long maxValue = 0;
        for (int b = 0; b < m; b++) {
            long[] row = new long[columns];
            long first = satOut.getOrDefault(large.get(b).id(), 0) * priority;
            for (int s = 0; s < n; s++) {
                long base = first + bits.shared(s, b) * weight + ties[s][b];
                for (int k = 0; k < seats; k++) {
                    // a further seat fills before one further out: (seats − 1 − k) steps of the priority
                    row[s * seats + k] = allowed[s][b] ? base + (k == 0 ? 0 : (seats - 1 - k) * priority) : -1;
                    maxValue = Math.max(maxValue, row[s * seats + k]);
                }
            }
            cost[b] = row;
        }
        for (int b = 0; b < m; b++) {
            long[] row = cost[b];
            for (int c = 0; c < columns; c++) {
                row[c] = c >= capacity ? maxValue + 1 : row[c] < 0 ? Hungarian.NO_EDGE : maxValue + 1 - row[c];
            }
        }
        for (int f = 0; f < fillers; f++) {
            long[] row = new long[columns];
            for (int c = 0; c < columns; c++) {
                row[c] = c < capacity && c % seats == 0 ? Hungarian.NO_EDGE : maxValue + 1;
            }
            cost[m + f] = row;
        }
        int[] assignment = Hungarian.solve(cost);
        int[] groupOf = new int[m];
        boolean[] hasFirst = new boolean[n];
        long value = 0;
        List<Phrase> reasons = new ArrayList<>();
        for (int b = 0; b < m; b++) {
            int c = assignment[b];
            groupOf[b] = c >= 0 && c < capacity ? c / seats : -1;
            if (c < 0) {
                reasons.add(Phrase.of("match.infeasible.trio", large.get(b).name(), large.get(b).id(), round));
                continue;
            }
            if (c < capacity) {
                value += maxValue + 1 - cost[b][c];
                hasFirst[c / seats] |= c % seats == 0;
            }
        }
        // a filler left out means a first seat left empty (rows and columns are as many): said here
        List<Phrase> smallReasons = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (!hasFirst[s]) {
                smallReasons.add(explain(s, allowed));
            }
        }
        if (!smallReasons.isEmpty()) {
            throw new PairMatcher.Infeasible(smallReasons);
        }
        if (!reasons.isEmpty()) {
            throw new PairMatcher.Infeasible(reasons);
        }
        return new Solved(groupOf, value);
    }

    /** The first group with two of the larger side who may not meet: {person of the smaller side, one, the other}; null if none. */
    private int[] firstClash(int[] groupOf) {
        Map<Integer, List<Integer>> members = new java.util.TreeMap<>();
        for (int b = 0; b < groupOf.length; b++) {
            if (groupOf[b] >= 0) {
                members.computeIfAbsent(groupOf[b], s -> new ArrayList<>()).add(b);
            }
        }
        for (Map.Entry<Integer, List<Integer>> group : members.entrySet()) {
            List<Integer> in = group.getValue();
            for (int x = 0; x < in.size(); x++) {
                for (int y = x + 1; y < in.size(); y++) {
                    if (!large.get(in.get(x)).canMeet(large.get(in.get(y)))) {
                        return new int[] {group.getKey(), in.get(x), in.get(y)};
                    }
                }
            }
        }
        return null;
    }

    private Phrase explain(int s, boolean[][] allowed) {
        Person person = small.get(s);
        long organisation = large.stream().filter(other -> !person.organisation().isBlank()
                && person.organisation().equalsIgnoreCase(other.organisation())).count();
        long avoided = large.stream().filter(other -> person.avoid().contains(other.id()) || other.avoid().contains(person.id())).count();
        long open = 0;
        long already = 0;
        for (int b = 0; b < large.size(); b++) {
            open += allowed[s][b] ? 1 : 0;
            already += !allowed[s][b] && person.canMeet(large.get(b)) ? 1 : 0;
        }
        return open == 0 ? Phrase.of("match.infeasible.nobody", person.name(), person.id(), round, organisation, avoided, already)
                : Phrase.of("match.infeasible.crowded", person.name(), person.id(), round, organisation, avoided, already);
    }

    /**
     * Who may meet whom: not one organisation, not an avoid pair, not met before. Organisations and
     * avoid lists are looked up once per person, the pairs met once per pair.
     */
    static boolean[][] allowed(List<Person> small, List<Person> large, Set<String> met) {
        Map<String, Integer> organisations = new HashMap<>();
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
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            index.put(people.get(i).id(), i);
        }
        return index;
    }

    /** A number per organisation (any case), −1 for none. */
    static int[] organisationNumbers(List<Person> people, Map<String, Integer> numbers) {
        int[] result = new int[people.size()];
        for (int i = 0; i < people.size(); i++) {
            String organisation = people.get(i).organisation();
            result[i] = organisation.isBlank() ? -1
                    : numbers.computeIfAbsent(organisation.toLowerCase(Locale.ROOT), key -> numbers.size());
        }
        return result;
    }
}
