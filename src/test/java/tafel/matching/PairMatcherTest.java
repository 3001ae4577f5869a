package tafel.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PairMatcherTest {

    private static final List<String> TAGS = List.of("groen", "spelen", "subsidie", "verkeer", "jongeren", "cultuur");

    private static Person person(String id, String role, String organisation, SplittableRandom random, Set<String> avoid) {
        Set<String> tags = new HashSet<>();
        int count = random.nextInt(0, 4);
        while (tags.size() < count) {
            tags.add(TAGS.get(random.nextInt(TAGS.size())));
        }
        return new Person(id, id, role, organisation, tags, "", avoid, Optional.empty());
    }

    /** The best total over every way of pairing each person of the smaller side, by brute force. */
    private static int bruteForce(List<Person> small, List<Person> large, int index, boolean[] used) {
        if (index == small.size()) {
            return 0;
        }
        int best = Integer.MIN_VALUE;
        for (int b = 0; b < large.size(); b++) {
            if (!used[b] && small.get(index).canMeet(large.get(b))) {
                used[b] = true;
                int rest = bruteForce(small, large, index + 1, used);
                if (rest != Integer.MIN_VALUE) {
                    best = Math.max(best, rest + PairMatcher.shared(small.get(index), large.get(b)).size());
                }
                used[b] = false;
            }
        }
        return best;
    }

    @Test
    void theAssignmentIsOptimalAgainstBruteForceOnManySmallInstances() {
        SplittableRandom random = new SplittableRandom(2026);
        int checked = 0;
        for (int run = 0; run < 400; run++) {
            int n = random.nextInt(1, 6);
            int m = n + random.nextInt(0, 3);
            List<Person> left = new ArrayList<>();
            List<Person> right = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                left.add(person("l" + i, "bewoner", "org" + random.nextInt(4), random,
                        random.nextInt(6) == 0 ? Set.of("r" + random.nextInt(m)) : Set.of()));
            }
            for (int j = 0; j < m; j++) {
                right.add(person("r" + j, "ambtenaar", "org" + random.nextInt(4), random, Set.of()));
            }
            int best = bruteForce(left, right, 0, new boolean[m]);
            long seed = run;
            if (best == Integer.MIN_VALUE) {
                assertThatThrownBy(() -> PairMatcher.match(left, right, 1, PairMatcher.Surplus.SIT_OUT, seed))
                        .isInstanceOf(PairMatcher.Infeasible.class);
                continue;
            }
            PairMatcher.Plan plan = PairMatcher.match(left, right, 1, PairMatcher.Surplus.SIT_OUT, run);
            assertThat(plan.totalScore()).as("run " + run).isEqualTo(best);
            assertThat(plan.meetings()).allMatch(meeting -> meeting.left().canMeet(meeting.right()));
            assertThat(plan.meetings().stream().map(meeting -> meeting.right().id()).distinct()).hasSize(n);
            checked++;
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void roundsNeverRepeatAPairAndTheSameSeedGivesTheSameList() {
        SplittableRandom random = new SplittableRandom(9);
        List<Person> left = new ArrayList<>();
        List<Person> right = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            left.add(person("b" + i, "bewoner", "", random, Set.of()));
            right.add(person("a" + i, "ambtenaar", "", random, Set.of()));
        }
        PairMatcher.Plan plan = PairMatcher.match(left, right, 5, PairMatcher.Surplus.TRIO, 7);
        Set<String> pairs = new HashSet<>();
        for (PairMatcher.Meeting meeting : plan.meetings()) {
            assertThat(pairs.add(meeting.left().id() + "-" + meeting.right().id())).isTrue();
        }
        assertThat(plan.meetings()).hasSize(40);
        assertThat(PairMatcher.match(left, right, 5, PairMatcher.Surplus.TRIO, 7)).isEqualTo(plan);
    }

    @Test
    void surplusPeopleFormTriosOrSitOutInTurn() {
        SplittableRandom random = new SplittableRandom(3);
        List<Person> left = new ArrayList<>();
        List<Person> right = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            left.add(person("b" + i, "bewoner", "", random, Set.of()));
        }
        for (int i = 0; i < 3; i++) {
            right.add(person("a" + i, "ambtenaar", "", random, Set.of()));
        }
        PairMatcher.Plan trios = PairMatcher.match(left, right, 1, PairMatcher.Surplus.TRIO, 1);
        assertThat(trios.meetings()).hasSize(5);
        assertThat(trios.meetings().stream().map(meeting -> meeting.left().id()).distinct()).hasSize(5);
        assertThat(trios.sittingOut()).isEmpty();

        PairMatcher.Plan turns = PairMatcher.match(left, right, 2, PairMatcher.Surplus.SIT_OUT, 1);
        List<Person> first = turns.sittingOut().get(1);
        List<Person> second = turns.sittingOut().get(2);
        assertThat(first).hasSize(2);
        assertThat(second).hasSize(2).doesNotContainAnyElementsOf(first);
    }

    @Test
    void explainsWhoCannotBePaired() {
        SplittableRandom random = new SplittableRandom(1);
        List<Person> left = List.of(person("b1", "bewoner", "Gemeente", random, Set.of()),
                person("b2", "bewoner", "Gemeente", random, Set.of("a2")));
        List<Person> right = List.of(person("a1", "ambtenaar", "Gemeente", random, Set.of()),
                person("a2", "ambtenaar", "", random, Set.of()));
        assertThatThrownBy(() -> PairMatcher.match(left, right, 1, PairMatcher.Surplus.TRIO, 1))
                .isInstanceOf(PairMatcher.Infeasible.class)
                .satisfies(thrown -> assertThat(((PairMatcher.Infeasible) thrown).reasons())
                        .extracting(reason -> reason.key()).contains("match.infeasible.nobody"));
    }

    /** Best (evenness, total shared tags) over every way to put the larger side in groups, by brute force; null if none. */
    private static long[] bruteForceGroups(List<Person> small, List<Person> large, int seats, int at, int[] groupOf) {
        int n = small.size();
        if (at == large.size()) {
            int[] sizes = new int[n];
            int sittingOut = 0;
            long total = 0;
            for (int b = 0; b < large.size(); b++) {
                if (groupOf[b] < 0) {
                    sittingOut++;
                    continue;
                }
                sizes[groupOf[b]]++;
                total += PairMatcher.shared(small.get(groupOf[b]), large.get(b)).size();
                for (int c = 0; c < b; c++) {
                    if (groupOf[c] == groupOf[b] && !large.get(c).canMeet(large.get(b))) {
                        return null;
                    }
                }
            }
            if (sittingOut != Math.max(0, large.size() - n * seats)) {
                return null;
            }
            long even = 0;
            for (int size : sizes) {
                if (size < 1 || size > seats) {
                    return null;
                }
                for (int k = 1; k < size; k++) {
                    even += seats - 1 - k;
                }
            }
            return new long[] {even, total};
        }
        long[] best = null;
        for (int s = -1; s < n; s++) {
            if (s >= 0 && !small.get(s).canMeet(large.get(at))) {
                continue;
            }
            groupOf[at] = s;
            long[] found = bruteForceGroups(small, large, seats, at + 1, groupOf);
            if (found != null && (best == null || found[0] > best[0] || found[0] == best[0] && found[1] > best[1])) {
                best = found;
            }
        }
        return best;
    }

    /**
     * Trios (and larger groups with --group-max) are the joint optimum — pairs and joiners chosen
     * together, both of a trio's conversations counting — never a group above the maximum, and two
     * of the larger side who may not meet never in one group: checked against every way to form the
     * groups on small instances, many of them with such clashes.
     */
    @Test
    void groupsAreTheJointOptimumAgainstBruteForce() {
        SplittableRandom random = new SplittableRandom(77);
        int checked = 0;
        int infeasible = 0;
        for (int run = 0; run < 300; run++) {
            int groupMax = run % 3 == 0 ? 4 : 3;
            int seats = groupMax - 1;
            int n = random.nextInt(1, 4);
            int m = Math.min(7, n + random.nextInt(0, n * seats + 2));
            List<Person> left = new ArrayList<>();
            List<Person> right = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                left.add(person("a" + i, "ambtenaar", "org" + random.nextInt(3), random, Set.of()));
            }
            for (int j = 0; j < m; j++) {
                right.add(person("b" + j, "bewoner", "org" + random.nextInt(5), random,
                        random.nextInt(8) == 0 ? Set.of("b" + random.nextInt(m)) : Set.of()));
            }
            long[] best = bruteForceGroups(left, right, seats, 0, new int[m]);
            long seed = run;
            if (best == null) {
                assertThatThrownBy(() -> PairMatcher.match(left, right, 1, PairMatcher.Surplus.TRIO, groupMax, seed))
                        .as("run " + run).isInstanceOf(PairMatcher.Infeasible.class);
                infeasible++;
                continue;
            }
            PairMatcher.Plan plan = PairMatcher.match(left, right, 1, PairMatcher.Surplus.TRIO, groupMax, seed);
            assertThat(plan.exact()).isTrue();
            assertThat((long) plan.totalScore()).as("run " + run).isEqualTo(best[1]);
            java.util.Map<String, List<Person>> groups = new java.util.HashMap<>();
            for (PairMatcher.Meeting meeting : plan.meetings()) {
                assertThat(meeting.left().canMeet(meeting.right())).isTrue();
                groups.computeIfAbsent(meeting.left().id(), id -> new ArrayList<>()).add(meeting.right());
            }
            assertThat(groups).hasSize(n);
            long even = 0;
            for (List<Person> members : groups.values()) {
                for (int k = 1; k < members.size(); k++) {
                    even += seats - 1 - k;
                }
            }
            assertThat(even).as("run " + run + ": groups as even as can be").isEqualTo(best[0]);
            for (List<Person> members : groups.values()) {
                assertThat(members).hasSizeLessThanOrEqualTo(seats);
                for (Person a : members) {
                    for (Person b : members) {
                        assertThat(a == b || a.canMeet(b)).as("run " + run).isTrue();
                    }
                }
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(150);
        assertThat(infeasible).isGreaterThan(5);
    }

    /** Every way to form one round's groups: each of the larger side with one of the smaller, or out. */
    private static void roundsOf(List<Person> small, List<Person> large, int seats, int at, int[] groupOf, List<int[]> into) {
        if (at == large.size()) {
            int[] sizes = new int[small.size()];
            int out = 0;
            for (int group : groupOf) {
                if (group < 0) {
                    out++;
                } else {
                    sizes[group]++;
                }
            }
            if (out == Math.max(0, large.size() - small.size() * seats) && java.util.Arrays.stream(sizes).allMatch(size -> size >= 1 && size <= seats)) {
                into.add(groupOf.clone());
            }
            return;
        }
        for (int s = -1; s < small.size(); s++) {
            if (s < 0 || small.get(s).canMeet(large.get(at))) {
                groupOf[at] = s;
                roundsOf(small, large, seats, at + 1, groupOf, into);
            }
        }
    }

    /** The best total over whole evenings: no pair twice, nobody out twice before everyone once; −1 if none. */
    private static int bestEvening(List<Person> small, List<Person> large, List<int[]> options, int rounds, boolean[][] met,
                                   int[] satOut) {
        if (rounds == 0) {
            return 0;
        }
        int best = -1;
        for (int[] round : options) {
            boolean fresh = true;
            for (int b = 0; b < round.length && fresh; b++) {
                fresh = round[b] < 0 || !met[round[b]][b];
            }
            if (!fresh) {
                continue;
            }
            int score = 0;
            for (int b = 0; b < round.length; b++) {
                if (round[b] >= 0) {
                    met[round[b]][b] = true;
                    score += PairMatcher.shared(small.get(round[b]), large.get(b)).size();
                } else {
                    satOut[b]++;
                }
            }
            if (java.util.Arrays.stream(satOut).max().orElse(0) - java.util.Arrays.stream(satOut).min().orElse(0) <= 1) {
                int rest = bestEvening(small, large, options, rounds - 1, met, satOut);
                if (rest >= 0) {
                    best = Math.max(best, score + rest);
                }
            }
            for (int b = 0; b < round.length; b++) {
                if (round[b] >= 0) {
                    met[round[b]][b] = false;
                } else {
                    satOut[b]--;
                }
            }
        }
        return best;
    }

    /**
     * Several rounds are optimised together: the total over the evening equals the best over every
     * sequence of rounds (no pair twice, sitting out in turn), with pairs, trios and sit-outs; where
     * such an evening exists, a list comes out — round by round could run out of partners.
     */
    @Test
    void severalRoundsAreTheBestEveningAgainstBruteForce() {
        SplittableRandom random = new SplittableRandom(31);
        int together = 0;
        int checked = 0;
        for (int run = 0; run < 200; run++) {
            boolean trios = run % 2 == 0;
            int seats = trios ? 2 : 1;
            int n = random.nextInt(1, 4);
            int m = Math.min(5, n + random.nextInt(0, n * seats + 2));
            int rounds = random.nextInt(2, 4);
            List<Person> left = new ArrayList<>();
            List<Person> right = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                left.add(person("a" + i, "ambtenaar", "org" + random.nextInt(3), random, Set.of()));
            }
            for (int j = 0; j < m; j++) {
                right.add(person("b" + j, "bewoner", "own" + j, random,
                        random.nextInt(3) == 0 ? Set.of("a" + random.nextInt(n)) : Set.of()));
            }
            List<int[]> options = new ArrayList<>();
            roundsOf(left, right, seats, 0, new int[m], options);
            int best = bestEvening(left, right, options, rounds, new boolean[n][m], new int[m]);
            PairMatcher.Surplus surplus = trios ? PairMatcher.Surplus.TRIO : PairMatcher.Surplus.SIT_OUT;
            if (best < 0) {
                continue;
            }
            PairMatcher.Plan plan = PairMatcher.match(left, right, rounds, surplus, run);
            assertThat(plan.totalScore()).as("run " + run).isLessThanOrEqualTo(best);
            java.util.Map<String, Integer> out = new java.util.HashMap<>();
            right.forEach(person -> out.put(person.id(), 0));
            for (int round = 1; round <= rounds; round++) {
                plan.sittingOut().getOrDefault(round, List.of()).forEach(person -> out.merge(person.id(), 1, Integer::sum));
                assertThat(java.util.Collections.max(out.values()) - java.util.Collections.min(out.values()))
                        .as("run " + run + ", round " + round + ": nobody out twice before everyone once").isLessThanOrEqualTo(1);
            }
            if (plan.wholeEvening()) {
                assertThat(plan.totalScore()).as("run " + run).isEqualTo(best);
                together++;
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(80);
        assertThat(together).isEqualTo(checked);
    }
}
