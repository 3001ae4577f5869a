package tafel.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FieldLinesTest {

    private static final int[][] GROUPS = {{20, 4}, {28, 4}, {32, 4}, {35, 5}, {40, 5}, {45, 5}, {47, 6}, {48, 6}, {25, 5}};

    @Test
    void everySeatingKeepsEveryWishAndNobodyMeetsTwice() {
        SplittableRandom random = new SplittableRandom(11);
        int found = 0;
        int tried = 0;
        for (int instance = 0; instance < 200; instance++) {
            int[] group = GROUPS[random.nextInt(GROUPS.length)];
            int people = group[0];
            int tables = (people + group[1] - 1) / group[1];
            int rounds = 2 + random.nextInt(tables - 1);
            boolean[] inRole = new boolean[people];
            int roleCount = random.nextInt(people / 2);
            for (int a = 0; a < roleCount; a++) {
                inRole[random.nextInt(people)] = true;
            }
            boolean[][] avoid = new boolean[people][people];
            for (int pair = random.nextInt(4); pair > 0; pair--) {
                int a = random.nextInt(people);
                int b = random.nextInt(people);
                if (a != b) {
                    avoid[a][b] = true;
                    avoid[b][a] = true;
                }
            }
            int[] fixed = new int[people];
            Arrays.fill(fixed, -1);
            boolean anyFixed = random.nextInt(3) == 0;
            if (anyFixed) {
                fixed[random.nextInt(people)] = random.nextInt(tables);
            }
            Optional<List<List<List<Integer>>>> plan = FieldLines.plan(people, tables, rounds,
                    new FieldLines.Wishes(inRole, avoid, fixed), 20_000, new SplittableRandom(instance), () -> 0L, Long.MAX_VALUE);
            if (!anyFixed) {
                tried++;
                found += plan.isPresent() ? 1 : 0;
            }
            plan.ifPresent(seats -> assertKeepsEverything(seats, people, tables, inRole, avoid, fixed));
        }
        // without a fixed table only a role split that cannot be even (or an avoid pair across
        // the role line with no class to share) stops it
        assertThat(found).isGreaterThan(tried * 3 / 4);
    }

    @Test
    void twoPeopleFixedAtOneTableOrARoundOfClassesAreLeftToTheSwapSearch() {
        int[] fixed = new int[25];
        Arrays.fill(fixed, -1);
        fixed[3] = 2;
        FieldLines.Wishes wishes = new FieldLines.Wishes(new boolean[25], new boolean[25][25], fixed);
        assertThat(FieldLines.plan(25, 5, 5, wishes, 1_000, new SplittableRandom(1), () -> 0L, Long.MAX_VALUE)).isPresent();
        // the sixth round of 25 at tables of 5 is the round of classes: nobody stays put in it
        assertThat(FieldLines.plan(25, 5, 6, wishes, 1_000, new SplittableRandom(1), () -> 0L, Long.MAX_VALUE)).isEmpty();
        fixed[7] = 2;
        assertThat(FieldLines.plan(25, 5, 5, wishes, 1_000, new SplittableRandom(1), () -> 0L, Long.MAX_VALUE)).isEmpty();
    }

    private static void assertKeepsEverything(List<List<List<Integer>>> plan, int people, int tables, boolean[] inRole,
                                              boolean[][] avoid, int[] fixed) {
        int roles = 0;
        for (boolean role : inRole) {
            roles += role ? 1 : 0;
        }
        Set<Long> pairs = new HashSet<>();
        for (List<List<Integer>> round : plan) {
            assertThat(round).hasSize(tables);
            assertThat(round.stream().flatMap(List::stream).distinct().count()).isEqualTo(people);
            for (int t = 0; t < tables; t++) {
                List<Integer> table = round.get(t);
                double share = (double) roles * table.size() / people;
                long seated = table.stream().filter(a -> inRole[a]).count();
                assertThat(seated).isBetween((long) Math.floor(share), (long) Math.ceil(share));
                for (int a : table) {
                    if (fixed[a] >= 0) {
                        assertThat(t).isEqualTo(fixed[a]);
                    }
                    for (int b : table) {
                        if (a < b) {
                            assertThat(avoid[a][b]).isFalse();
                            assertThat(pairs.add((long) a * people + b)).as("%d and %d meet once", a, b).isTrue();
                        }
                    }
                }
            }
        }
    }
}
