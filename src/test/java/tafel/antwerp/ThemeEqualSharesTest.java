package tafel.antwerp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ThemeEqualSharesTest {

    private static ProjectScoring.Scored project(String id, long cost) {
        return new ProjectScoring.Scored(new Project(id, id, "groen", cost, "", true, ""), 0, 0, BigDecimal.ZERO);
    }

    private static ProjectScoring.ThemeScores theme(long budget, ProjectScoring.Scored... projects) {
        return new ProjectScoring.ThemeScores("groen", budget, false, List.of(projects));
    }

    /**
     * By hand: three tables want A and B (45 each), one table wants C (20); budget 100, so each of
     * the four starts with 25. A costs its three 15 each; B would need 45 of the 30 they have left;
     * C costs the fourth 20 of its 25: A and C. Raising everyone's start, B becomes affordable only
     * at 30 each, and then A, B and C cost 110: more than the budget, so A and C stay. By score
     * (greedy) it would be A and B: the fourth table would get nothing.
     */
    @Test
    void aMinorityOfTablesGetsItsShareOfTheThemeBudget() {
        List<List<String>> tables = List.of(List.of("A", "B"), List.of("A", "B"), List.of("A", "B"), List.of("C"));
        Map<String, List<String>> funded = ThemeEqualShares.fund(List.of(theme(100, project("A", 45), project("B", 45),
                project("C", 20))), tables, List.of(), new BigDecimal("0.2"));
        assertThat(funded).containsExactly(Map.entry("groen", List.of("A", "C")));
    }

    /**
     * The two sides weigh as in the score: with online weight 0.5 the one table (wanting A) carries
     * 50 of the 100 and the four online voters (wanting B or B2) the other 50, so the table pays A
     * and the online voters B2 (B, A and B2 cost the same per unit, the cheaper goes first; then the
     * online side has 20 left, not the 50 B needs). Counted one ballot one voter, the table would
     * have 20 and could not pay A. With weight 0 only the table counts.
     */
    @Test
    void tablesAndOnlineVotersWeighAsInTheScore() {
        List<ProjectScoring.ThemeScores> scores = List.of(theme(100, project("A", 50), project("B", 50), project("B2", 30)));
        List<List<String>> online = List.of(List.of("B", "B2"), List.of("B", "B2"), List.of("B", "B2"), List.of("B", "B2"));
        assertThat(ThemeEqualShares.fund(scores, List.of(List.of("A")), online, new BigDecimal("0.5")).get("groen"))
                .containsExactly("B2", "A");
        assertThat(ThemeEqualShares.fund(scores, List.of(List.of("A")), online, BigDecimal.ZERO).get("groen"))
                .containsExactly("A");
        assertThat(ThemeEqualShares.fund(scores, List.of(), online, new BigDecimal("0.5")).get("groen"))
                .containsExactlyInAnyOrder("B", "B2");
    }

    @Test
    void eachSideCountsInTheRatioOfItsWeight() {
        // 60 table ballots at 0.8 against 5,000 online at 0.2: 60 × 1000 to 5000 × 3
        assertThat(ThemeEqualShares.timesCounted(60, 5000, new BigDecimal("0.2"))).containsExactly(1000, 3);
        assertThat(ThemeEqualShares.timesCounted(3, 4, new BigDecimal("0.5"))).containsExactly(4, 3);
        assertThat(ThemeEqualShares.timesCounted(3, 0, new BigDecimal("0.5"))).containsExactly(1, 0);
        assertThat(ThemeEqualShares.timesCounted(0, 4, new BigDecimal("0.5"))).containsExactly(0, 1);
        assertThat(ThemeEqualShares.timesCounted(3, 4, BigDecimal.ZERO)).containsExactly(1, 0);
        // an awkward weight on a large vote is counted in the nearest ratio that stays under a million
        long[] counted = ThemeEqualShares.timesCounted(60, 5001, new BigDecimal("0.123"));
        assertThat(counted[0] * 60 + counted[1] * 5001).isLessThanOrEqualTo(1_010_000);
        double tableShare = counted[0] * 60.0 / (counted[0] * 60.0 + counted[1] * 5001.0);
        assertThat(tableShare).isCloseTo(0.877, org.assertj.core.api.Assertions.within(1e-3));
    }

    @Test
    void aThemeWhoseBudgetCoversEverythingFundsAllAndOneWithoutBallotsNothing() {
        ProjectScoring.ThemeScores all = new ProjectScoring.ThemeScores("groen", 100, true, List.of(project("A", 40),
                project("B", 50)));
        assertThat(ThemeEqualShares.fund(List.of(all), List.of(), List.of(), BigDecimal.ZERO).get("groen")).containsExactly("A", "B");
        assertThat(ThemeEqualShares.fund(List.of(theme(50, project("A", 40), project("B", 50))), List.of(List.of("X")),
                List.of(), BigDecimal.ZERO).get("groen")).isEmpty();
    }
}
