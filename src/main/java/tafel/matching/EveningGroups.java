package tafel.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Several rounds of {@link PairMatcher} as one problem: the largest total of shared tags over the
 * whole evening, every pair at most once. Round by round, an early round can take the partners a
 * later one needed ("no list satisfies all constraints" where a plan exists) and a good pair now can
 * cost two later.
 *
 * <p>Which pairs meet at all is a maximum-weight flow: each person of the smaller side meets between
 * {@code rounds} (one per round) and {@code rounds × seats} people of the larger side; each of the
 * larger side meets someone in every round, or, when not all fit, as often as the others give or
 * take one (who sits out, sits out as often as anyone). Which pair meets in which round follows
 * from an equitable edge colouring with one colour per round (de Werra): every person splits into
 * parts of {@code rounds} meetings, the parts' graph has a proper colouring with {@code rounds}
 * colours (König), so each round everyone of the larger side meets at most one person and every
 * person of the smaller side one or more, as evenly as their number allows.
 *
 * <p>Exact for what it models. Empty — the caller then works round by round — when the problem is
 * larger than {@link #MAX_WORK}, when no such plan exists, when two of the larger side who may not
 * meet land in one group, or when sitting out cannot be ordered so that nobody sits out twice before
 * everyone has once.
 */
final class EveningGroups {

    /** Steps of the flow (augmentations × arcs × a heap's log) the joint problem may take; beyond, round by round. */
    static final long MAX_WORK = 2_000_000_000L;

    /** Colourings tried (each in another order) before two of one organisation in a group sends the caller round by round. */
    static final int COLOURINGS = 50;

    private EveningGroups() {
    }

    /**
     * @param allowed who may meet whom at all (organisations, avoid lists)
     * @param ties    the seeded tie-break per pair, below {@link PairMatcher#TIE_RANGE}
     * @return per round, per person of the larger side, the index of their person of the smaller side or −1
     */
    static Optional<int[][]> solve(List<Person> small, List<Person> large, int rounds, int seats, boolean[][] allowed,
                                   long[][] ties) {
        int n = small.size();
        int m = large.size();
        if (n == 0 || rounds < 2) {
            return Optional.empty();
        }
        long perRound = Math.min(m, (long) n * seats);
        long units = perRound * rounds;
        long arcs = (long) n * m + 2L * (n + m);
        if (units * arcs * 8 > MAX_WORK) {
            return Optional.empty();
        }
        int[] smallLow = new int[n];
        int[] smallHigh = new int[n];
        int[] largeLow = new int[m];
        int[] largeHigh = new int[m];
        if (m <= (long) n * seats) {
            Arrays.fill(largeLow, rounds);
            Arrays.fill(largeHigh, rounds);
            long total = (long) m * rounds;
            // groups as even as they can be: between the floor and the ceiling of the average
            int floor = (int) Math.max(rounds, total / n);
            int ceiling = (int) Math.min((long) rounds * seats, (total + n - 1) / n);
            Arrays.fill(smallLow, seats > 2 ? floor : rounds);
            Arrays.fill(smallHigh, seats > 2 ? ceiling : rounds * seats);
        } else {
            Arrays.fill(smallLow, rounds * seats);
            Arrays.fill(smallHigh, rounds * seats);
            Arrays.fill(largeLow, (int) (units / m));
            Arrays.fill(largeHigh, (int) ((units + m - 1) / m));
        }
        int maxTags = 0;
        for (Person person : small) {
            maxTags = Math.max(maxTags, person.tags().size());
        }
        TagBits bits = new TagBits(small, large);
        long weight = (units + 1) * PairMatcher.TIE_RANGE;
        long must = (maxTags + 1L) * weight * (units + 1);
        // two of the larger side from one organisation cannot share a group: at most one per round
        // with the same person, so at most `rounds` of them over the evening (a node per person and organisation)
        int[] organisation = organisations(large);
        int organisations = Arrays.stream(organisation).max().orElse(-1) + 1;
        int source = n + m;
        int sink = n + m + 1;
        int firstShared = n + m + 2;
        boolean grouped = seats > 1 && m > n;
        Flow flow = new Flow(firstShared + (grouped ? n * organisations : 0));
        for (int s = 0; s < n; s++) {
            flow.arc(source, s, smallLow[s], -must);
            flow.arc(source, s, smallHigh[s] - smallLow[s], 0);
            if (grouped) {
                for (int o = 0; o < organisations; o++) {
                    flow.arc(s, firstShared + s * organisations + o, rounds, 0);
                }
            }
        }
        int[][] pairArc = new int[n][m];
        for (int s = 0; s < n; s++) {
            Arrays.fill(pairArc[s], -1);
            for (int b = 0; b < m; b++) {
                if (allowed[s][b]) {
                    int tail = grouped && organisation[b] >= 0 ? firstShared + s * organisations + organisation[b] : s;
                    pairArc[s][b] = flow.arc(tail, n + b, 1, -(bits.shared(s, b) * weight + ties[s][b]));
                }
            }
        }
        for (int b = 0; b < m; b++) {
            flow.arc(n + b, sink, largeLow[b], -must);
            flow.arc(n + b, sink, largeHigh[b] - largeLow[b], 0);
        }
        flow.run(source, sink);
        if (!flow.saturated(source, -must) || !flow.saturatedInto(sink, -must)) {
            return Optional.empty();
        }
        // each person's partners by organisation, so that those of one organisation share a part of
        // the colouring and so never a round
        List<int[]> edges = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            List<Integer> partners = new ArrayList<>();
            for (int b = 0; b < m; b++) {
                if (pairArc[s][b] >= 0 && flow.carries(pairArc[s][b])) {
                    partners.add(b);
                }
            }
            partners.sort(java.util.Comparator.comparingInt((Integer b) -> organisation[b] < 0 ? Integer.MAX_VALUE : organisation[b])
                    .thenComparingInt(b -> b));
            for (int b : partners) {
                edges.add(new int[] {s, b});
            }
        }
        int[] order = new int[edges.size()];
        for (int e = 0; e < order.length; e++) {
            order[e] = e;
        }
        SplittableRandom shuffle = new SplittableRandom(edges.size());
        for (int attempt = 0; attempt < COLOURINGS; attempt++) {
            int[][] groupOf = rounds(edges, EquitableColouring.colour(edges, n, m, rounds, order), rounds, m);
            if (!clash(large, groupOf)) {
                return SitOutOrder.fair(groupOf);
            }
            // another order of colouring, another colouring: fixed by the number of edges, so the same lists give the same result
            for (int e = order.length - 1; e > 0; e--) {
                int other = shuffle.nextInt(e + 1);
                int kept = order[e];
                order[e] = order[other];
                order[other] = kept;
            }
        }
        return Optional.empty();
    }

    private static int[][] rounds(List<int[]> edges, int[] colour, int rounds, int m) {
        int[][] groupOf = new int[rounds][m];
        for (int[] row : groupOf) {
            Arrays.fill(row, -1);
        }
        for (int e = 0; e < edges.size(); e++) {
            groupOf[colour[e]][edges.get(e)[1]] = edges.get(e)[0];
        }
        return groupOf;
    }

    /** A number per organisation (any case) that two or more of these people share; −1 for the rest. */
    private static int[] organisations(List<Person> people) {
        int[] numbers = RoundGroups.organisationNumbers(people, new java.util.HashMap<>());
        int[] count = new int[people.size() + 1];
        for (int number : numbers) {
            count[number + 1]++;
        }
        java.util.Map<Integer, Integer> shared = new java.util.HashMap<>();
        int[] result = new int[people.size()];
        for (int p = 0; p < people.size(); p++) {
            result[p] = numbers[p] < 0 || count[numbers[p] + 1] < 2 ? -1 : shared.computeIfAbsent(numbers[p], k -> shared.size());
        }
        return result;
    }

    private static boolean clash(List<Person> large, int[][] groupOf) {
        for (int[] round : groupOf) {
            java.util.Map<Integer, List<Integer>> groups = new java.util.HashMap<>();
            for (int b = 0; b < round.length; b++) {
                if (round[b] >= 0) {
                    groups.computeIfAbsent(round[b], s -> new ArrayList<>()).add(b);
                }
            }
            for (List<Integer> members : groups.values()) {
                for (int x = 0; x < members.size(); x++) {
                    for (int y = x + 1; y < members.size(); y++) {
                        if (!large.get(members.get(x)).canMeet(large.get(members.get(y)))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
