package tafel.antwerp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class AllocationTest {

    private static Candidate project(String id, String theme, long euros, long votes, int order) {
        return new Candidate(id, id, theme, euros * 100, BigDecimal.valueOf(votes), Long.toString(votes), "", votes, order);
    }

    private static String funded(Allocation.Result result) {
        StringBuilder text = new StringBuilder();
        result.rows().stream().filter(Allocation.Row::funded)
                .forEach(row -> text.append(row.candidate().id()).append(row.fromPool() ? "*" : "").append(' '));
        return text.toString().strip();
    }

    private static final List<Candidate> PROJECTS = List.of(
            project("a", "groen", 60, 50, 0), project("b", "groen", 50, 40, 1), project("c", "groen", 30, 30, 2),
            project("d", "groen", 10, 20, 3), project("e", "fiets", 80, 45, 4), project("f", "fiets", 30, 35, 5));

    private static Map<String, Long> budgets() {
        Map<String, Long> budgets = new LinkedHashMap<>();
        budgets.put("groen", 100_00L);
        budgets.put("fiets", 90_00L);
        return budgets;
    }

    @Test
    void skipFundsWhatStillFitsFurtherDown() {
        Allocation.Result result = Allocation.allocate(PROJECTS, budgets(), WithinTheme.SKIP, Leftover.NONE);
        assertThat(funded(result)).isEqualTo("a c d e");
        assertThat(result.themeRemaining()).containsEntry("groen", 0L).containsEntry("fiets", 10_00L);
        Allocation.Row b = result.rows().get(1);
        assertThat(b.candidate().id()).isEqualTo("b");
        assertThat(b.funded()).isFalse();
        assertThat(b.remaining()).isEqualTo(40_00L);
    }

    @Test
    void stopEndsTheThemeAtTheFirstProjectThatDoesNotFit() {
        assertThat(funded(Allocation.allocate(PROJECTS, budgets(), WithinTheme.STOP, Leftover.NONE))).isEqualTo("a e");
    }

    @Test
    void poolSpendsAllLeftoversOnTheBestRemainingProjects() {
        Allocation.Result result = Allocation.allocate(PROJECTS, budgets(), WithinTheme.STOP, Leftover.POOL);
        // themes leave 40 + 10 = 50; by score: b (40 votes, 50) fits exactly
        assertThat(funded(result)).isEqualTo("a b* e");
        assertThat(result.poolStart()).isEqualTo(50_00L);
        assertThat(result.poolRemaining()).isZero();
    }

    @Test
    void tiesGoToMoreLiveVotesThenTheCheaperProjectThenInputOrder() {
        List<Candidate> tied = List.of(
                new Candidate("x", "x", "t", 50_00, BigDecimal.ONE, "1", "", 3, 0),
                new Candidate("y", "y", "t", 40_00, BigDecimal.ONE, "1", "", 3, 1),
                new Candidate("z", "z", "t", 40_00, BigDecimal.ONE, "1", "", 5, 2),
                new Candidate("w", "w", "t", 40_00, BigDecimal.ONE, "1", "", 3, 3));
        Allocation.Result result = Allocation.allocate(tied, Map.of("t", 100_00L), WithinTheme.SKIP, Leftover.NONE);
        assertThat(result.rows()).extracting(row -> row.candidate().id()).containsExactly("z", "y", "w", "x");
    }

    /**
     * Properties on random instances: no theme spends more than its budget; after a skip walk no
     * unfunded project would still fit what its theme has left; the pool never goes negative; and
     * the same input gives the same result.
     */
    @Test
    void randomInstancesKeepTheInvariants() {
        SplittableRandom random = new SplittableRandom(42);
        for (int run = 0; run < 1000; run++) {
            int themes = 1 + random.nextInt(4);
            Map<String, Long> budgets = new LinkedHashMap<>();
            for (int t = 0; t < themes; t++) {
                budgets.put("t" + t, (long) random.nextInt(0, 200) * 100);
            }
            List<Candidate> candidates = new ArrayList<>();
            int count = random.nextInt(0, 15);
            for (int i = 0; i < count; i++) {
                candidates.add(project("p" + i, "t" + random.nextInt(themes), random.nextInt(1, 120),
                        random.nextInt(0, 10), i));
            }
            for (WithinTheme within : WithinTheme.values()) {
                for (Leftover leftover : Leftover.values()) {
                    Allocation.Result result = Allocation.allocate(candidates, budgets, within, leftover);
                    assertThat(result).isEqualTo(Allocation.allocate(candidates, budgets, within, leftover));
                    long total = budgets.values().stream().mapToLong(Long::longValue).sum();
                    assertThat(result.fundedTotal()).isLessThanOrEqualTo(total);
                    for (String theme : budgets.keySet()) {
                        long spent = result.rows().stream().filter(row -> row.funded() && !row.fromPool()
                                && row.candidate().theme().equals(theme)).mapToLong(row -> row.candidate().cost()).sum();
                        assertThat(spent).isLessThanOrEqualTo(budgets.get(theme));
                        if (within == WithinTheme.SKIP && leftover == Leftover.NONE) {
                            long left = budgets.get(theme) - spent;
                            assertThat(result.rows().stream().filter(row -> !row.funded()
                                    && row.candidate().theme().equals(theme)))
                                    .allMatch(row -> row.candidate().cost() > left);
                        }
                    }
                    if (leftover == Leftover.POOL) {
                        assertThat(result.poolRemaining()).isNotNegative();
                        assertThat(result.rows().stream().filter(row -> !row.funded()))
                                .allMatch(row -> row.candidate().cost() > result.poolRemaining());
                    }
                }
            }
        }
    }
}
