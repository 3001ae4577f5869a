package tafel.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TablePlannerTest {

    private static List<Person> people(int count, int everyOther, Set<Integer> fixedAt1, String... avoidPairs) {
        List<Person> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Set<String> avoid = new HashSet<>();
            for (String pair : avoidPairs) {
                String[] ids = pair.split("-");
                if (ids[0].equals(Integer.toString(i))) {
                    avoid.add(ids[1]);
                }
            }
            list.add(new Person(Integer.toString(i), "P" + i, everyOther > 0 && i % everyOther == 0 ? "ambtenaar" : "bewoner",
                    "", Set.of(), "", avoid, fixedAt1.contains(i) ? Optional.of(i) : Optional.empty()));
        }
        return list;
    }

    private static TablePlanner.Limits seconds(int seconds) {
        return new TablePlanner.Limits(seconds * 1_000_000_000L, System::nanoTime, fraction -> { });
    }

    /** Everyone seated exactly once per round, table sizes within one of each other. */
    private static void assertWellFormed(TablePlan plan, int count, int size) {
        int tables = (count + size - 1) / size;
        for (List<List<Integer>> round : plan.seats()) {
            assertThat(round).hasSize(tables);
            List<Integer> seated = round.stream().flatMap(List::stream).sorted().toList();
            assertThat(seated).hasSize(count).doesNotHaveDuplicates();
            int min = round.stream().mapToInt(List::size).min().orElse(0);
            int max = round.stream().mapToInt(List::size).max().orElse(0);
            assertThat(max - min).isLessThanOrEqualTo(1);
            assertThat(max).isLessThanOrEqualTo(size);
        }
    }

    @Test
    void kirkmansSchoolgirlsFifteenAtTablesOfThreeForSevenRounds() {
        TablePlan plan = TablePlanner.plan(people(15, 0, Set.of()), 3, 7, Optional.empty(), 1, seconds(30));
        assertWellFormed(plan, 15, 3);
        assertThat(plan.repeatCount()).isZero();
        assertThat(plan.newPeopleMet()).containsOnly(14);
    }

    @Test
    void turnedBaseRoundsReachMaximaLocalSearchMisses() {
        // 6-4-7 and 7-4-9 are known maxima (CSPLib 010); the tabu search alone stayed above 0 for both
        for (int[] instance : new int[][] {{24, 4, 7}, {28, 4, 9}, {16, 4, 5}}) {
            TablePlan plan = TablePlanner.plan(people(instance[0], 0, Set.of()), instance[1], instance[2], Optional.empty(), 1,
                    TablePlanner.Limits.none());
            assertWellFormed(plan, instance[0], instance[1]);
            assertThat(plan.repeatCount()).as("%s", Arrays.toString(instance)).isZero();
            assertThat(plan.optimal()).isTrue();
            assertThat(plan.newPeopleMet()).containsOnly(instance[2] * (instance[1] - 1));
        }
    }

    @Test
    void roundsTheTurnLeavesAloneCompleteKirkmanTripleSystems() {
        // 21, 33 and 45 people at tables of 3: everyone meets everyone (Kirkman triple systems);
        // one full turn of a base round plus rounds of one person from each ring
        for (int[] instance : new int[][] {{21, 3, 10}, {33, 3, 16}, {45, 3, 22}}) {
            TablePlan plan = TablePlanner.plan(people(instance[0], 0, Set.of()), instance[1], instance[2], Optional.empty(), 1,
                    seconds(60));
            assertWellFormed(plan, instance[0], instance[1]);
            assertThat(plan.repeatCount()).as("%s", Arrays.toString(instance)).isZero();
            assertThat(plan.optimal()).isTrue();
            assertThat(plan.newPeopleMet()).containsOnly(instance[0] - 1);
        }
    }

    @Test
    void thirtyTwoAtTablesOfFourForTenRoundsTheOriginalSocialGolferProblem() {
        // 8-4-10, the maximum (31 others, 3 new a round): out of reach for the tabu search and one turned base round
        TablePlan plan = TablePlanner.plan(people(32, 0, Set.of()), 4, 10, Optional.empty(), 1, seconds(60));
        assertWellFormed(plan, 32, 4);
        assertThat(plan.repeatCount()).isZero();
        assertThat(plan.optimal()).isTrue();
        assertThat(plan.newPeopleMet()).containsOnly(30);
        TablePlan again = TablePlanner.plan(people(32, 0, Set.of()), 4, 10, Optional.empty(), 1, seconds(60));
        assertThat(again.seats()).isEqualTo(plan.seats());
        assertThat(TwinRingConstruction.find(32, 4, 6, System::nanoTime, Long.MAX_VALUE))
                .contains(TwinRingConstruction.find(32, 4, 10, System::nanoTime, Long.MAX_VALUE).orElseThrow().subList(0, 6));
        TablePlan otherSeed = TablePlanner.plan(people(32, 0, Set.of()), 4, 10, Optional.empty(), 2, seconds(60));
        assertThat(otherSeed.repeatCount()).isZero();
        assertThat(otherSeed.seats()).isNotEqualTo(plan.seats());
    }

    @Test
    void theRepeatFreeLimitCountsNewPeopleAndTablesToComeFrom() {
        assertThat(TablePlanner.repeatFreeRoundLimit(32, 4)).isEqualTo(10);
        assertThat(TablePlanner.repeatFreeRoundLimit(15, 3)).isEqualTo(7);
        assertThat(TablePlanner.repeatFreeRoundLimit(9, 3)).isEqualTo(4);
        // 4 tables of 6: a second-round table takes 6 people from 4 first-round tables
        assertThat(TablePlanner.repeatFreeRoundLimit(24, 6)).isEqualTo(1);
        assertThat(TablePlanner.fewerTablesThanSeats(24, 6)).isTrue();
        assertThat(TablePlanner.fewerTablesThanSeats(36, 6)).isFalse();
        // 10 people at tables of 4 sit 4, 3, 3: three tables, four seats at the largest
        assertThat(TablePlanner.repeatFreeRoundLimit(10, 4)).isEqualTo(1);
        assertThat(TablePlanner.repeatFreeRoundLimit(13, 4)).isEqualTo(4);
        // every way to seat a second round of small groups: a repeat-free one exists exactly when the limit is not 1
        for (int people = 3; people <= 10; people++) {
            for (int size = 2; size < people; size++) {
                int tables = (people + size - 1) / size;
                int[] sizes = new int[tables];
                int[] firstTable = new int[people];
                for (int x = 0; x < people; x++) {
                    sizes[x % tables]++;
                    firstTable[x] = x % tables;
                }
                boolean secondRoundPossible = seatWithoutRepeat(0, firstTable, sizes, new int[tables][tables]);
                assertThat(secondRoundPossible).as("%d people at tables of %d", people, size)
                        .isEqualTo(TablePlanner.repeatFreeRoundLimit(people, size) > 1);
            }
        }
    }

    /** Seats person x and the rest at second-round tables of the given sizes, no two from one first-round table together. */
    private static boolean seatWithoutRepeat(int x, int[] firstTable, int[] free, int[][] fromFirstTable) {
        if (x == firstTable.length) {
            return true;
        }
        for (int table = 0; table < free.length; table++) {
            if (free[table] > 0 && fromFirstTable[table][firstTable[x]] == 0) {
                free[table]--;
                fromFirstTable[table][firstTable[x]]++;
                boolean done = seatWithoutRepeat(x + 1, firstTable, free, fromFirstTable);
                free[table]++;
                fromFirstTable[table][firstTable[x]]--;
                if (done) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void linesOverAFiniteFieldSpreadATightRoleMixWithoutRepeats() {
        // 48 people, 16 civil servants, tables of 6: exactly 2 at every table (the swap search ended at 1 repeat)
        for (int[] instance : new int[][] {{48, 3, 6, 8}, {40, 4, 5, 7}, {47, 3, 6, 8}, {32, 4, 4, 8}, {45, 5, 5, 9}}) {
            int count = instance[0];
            int size = instance[2];
            List<Person> group = people(count, instance[1], Set.of());
            long civilServants = group.stream().filter(p -> p.role().equals("ambtenaar")).count();
            TablePlan plan = TablePlanner.plan(group, size, instance[3], Optional.of("ambtenaar"), 1, seconds(60));
            assertWellFormed(plan, count, size);
            assertThat(plan.repeatCount()).as("%s", Arrays.toString(instance)).isZero();
            for (List<List<Integer>> round : plan.seats()) {
                for (List<Integer> table : round) {
                    double share = (double) civilServants * table.size() / count;
                    long seated = table.stream().filter(i -> group.get(i).role().equals("ambtenaar")).count();
                    assertThat(seated).as("%s", Arrays.toString(instance)).isBetween((long) Math.floor(share), (long) Math.ceil(share));
                }
            }
        }
    }

    @Test
    void affinePlanesOverPrimePowersToo() {
        for (int q : new int[] {4, 8, 9}) {
            TablePlan plan = TablePlanner.plan(people(q * q, 0, Set.of()), q, q + 1, Optional.empty(), 1, seconds(60));
            assertWellFormed(plan, q * q, q);
            assertThat(plan.repeatCount()).isZero();
            assertThat(plan.newPeopleMet()).containsOnly(q * q - 1);
        }
    }

    @Test
    void affinePlanesAreConstructedExactly() {
        TablePlan plan = TablePlanner.plan(people(49, 0, Set.of()), 7, 8, Optional.empty(), 1, TablePlanner.Limits.none());
        assertWellFormed(plan, 49, 7);
        assertThat(plan.repeatCount()).isZero();
        assertThat(plan.optimal()).isTrue();
    }

    @Test
    void rolesAreMixedAvoidPairsKeptApartAndFixedSeatsKept() {
        List<Person> list = people(30, 5, Set.of(1, 2), "3-4", "7-8");
        TablePlan plan = TablePlanner.plan(list, 5, 3, Optional.of("ambtenaar"), 4, seconds(20));
        assertWellFormed(plan, 30, 5);
        assertThat(plan.repeatCount()).isZero();
        for (List<List<Integer>> round : plan.seats()) {
            assertThat(round.get(0)).contains(0);
            assertThat(round.get(1)).contains(1);
            for (List<Integer> table : round) {
                assertThat(table.stream().filter(index -> list.get(index).role().equals("ambtenaar")).count()).isEqualTo(1);
                assertThat(table.containsAll(List.of(2, 3))).isFalse();
                assertThat(table.containsAll(List.of(6, 7))).isFalse();
            }
        }
    }

    @Test
    void tooManyRoundsGiveTheFewestRepeatsAndSaySo() {
        TablePlan plan = TablePlanner.plan(people(9, 0, Set.of()), 3, 6, Optional.empty(), 1, seconds(2));
        assertWellFormed(plan, 9, 3);
        // 9 people at tables of 3 can meet everyone in 4 rounds; 6 rounds must repeat
        assertThat(plan.repeatCount()).isPositive();
        assertThat(plan.repeats()).isNotEmpty();
        assertThat(plan.optimal()).isFalse();
    }

    @Test
    void theSameSeedGivesTheSamePlanAndTheSearchBeatsGreedy() {
        List<Person> list = people(20, 0, Set.of());
        TablePlan first = TablePlanner.plan(list, 4, 5, Optional.empty(), 11, seconds(20));
        TablePlan second = TablePlanner.plan(list, 4, 5, Optional.empty(), 11, seconds(20));
        assertThat(second.seats()).isEqualTo(first.seats());
        assertThat(first.repeatCount()).isLessThanOrEqualTo(TablePlanner.greedy(list, 4, 5, Optional.empty(), 11).repeatCount());
    }

    @Test
    void impossibleFixedSeatsAreExplained() {
        List<Person> crowded = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            crowded.add(new Person(Integer.toString(i), "P" + i, "bewoner", "", Set.of(), "", Set.of(),
                    i <= 4 ? Optional.of(1) : Optional.empty()));
        }
        assertThatThrownBy(() -> TablePlanner.plan(crowded, 3, 1, Optional.empty(), 1, TablePlanner.Limits.none())).isInstanceOf(TablePlanner.Infeasible.class)
                .satisfies(thrown -> assertThat(((TablePlanner.Infeasible) thrown).reason().key()).isEqualTo("tables.fixed.full"));
    }
}
