package tafel.antwerp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Step 2's variants: tables weighed by their participants, amounts rounded half up on their own. */
class BudgetCombinationTest {

    /**
     * By hand: budget 1,200 in units of 100. Table 1 (6 people) puts everything on A, table 2 (3
     * people) everything on B. Each table alike: 600 and 600. By participants: A = 1,200 × 6/9 = 800,
     * B = 1,200 × 3/9 = 400.
     */
    @Test
    void aTableCountsByItsParticipantsWhenTheRulesSaySo() {
        List<Map<String, Long>> splits = List.of(Map.of("A", 1200L, "B", 0L), Map.of("A", 0L, "B", 1200L));
        assertThat(BudgetCombination.combine(List.of("A", "B"), splits, List.of(1L, 1L), List.of(), BigDecimal.ZERO, 1200,
                100, Rounding.LARGEST_REMAINDER)).containsExactly(Map.entry("A", 600L), Map.entry("B", 600L));
        assertThat(BudgetCombination.combine(List.of("A", "B"), splits, List.of(6L, 3L), List.of(), BigDecimal.ZERO, 1200,
                100, Rounding.LARGEST_REMAINDER)).containsExactly(Map.entry("A", 800L), Map.entry("B", 400L));
    }

    /**
     * By hand: three tables each put all of 1,000 on another theme: a third each, 333.33. The
     * largest remainder gives the first theme the unit left (334 + 333 + 333 = 1,000); half up
     * rounds each to 333 on its own, together 999, as Maastricht's published amounts (€ 749.998 of
     * € 750.000). Two tables splitting 1 unit: half a unit each, half up makes that 1 and 1 — more
     * than the budget.
     */
    @Test
    void halfUpRoundsEachThemeOnItsOwnAndMayNotAddUp() {
        List<Map<String, Long>> thirds = List.of(Map.of("A", 1000L), Map.of("B", 1000L), Map.of("C", 1000L));
        List<Long> alike = List.of(1L, 1L, 1L);
        assertThat(BudgetCombination.combine(List.of("A", "B", "C"), thirds, alike, List.of(), BigDecimal.ZERO, 1000, 1,
                Rounding.LARGEST_REMAINDER).values()).containsExactly(334L, 333L, 333L);
        assertThat(BudgetCombination.combine(List.of("A", "B", "C"), thirds, alike, List.of(), BigDecimal.ZERO, 1000, 1,
                Rounding.HALF_UP).values()).containsExactly(333L, 333L, 333L);
        List<Map<String, Long>> halves = List.of(Map.of("A", 1L, "B", 0L), Map.of("A", 0L, "B", 1L));
        assertThat(BudgetCombination.combine(List.of("A", "B"), halves, List.of(1L, 1L), List.of(), BigDecimal.ZERO, 1, 1,
                Rounding.HALF_UP).values()).containsExactly(1L, 1L);
    }

    /** Weights and online splits together: the tables' weighted mean, then 80/20 with the online mean. */
    @Test
    void weightedTablesMixWithOnlineSplitsAtTheirWeight() {
        // tables: A = (1000×4 + 0×1)/5 = 800; online: A = 0; 0.8 × 800 + 0.2 × 0 = 640
        Map<String, Long> combined = BudgetCombination.combine(List.of("A", "B"),
                List.of(Map.of("A", 1000L, "B", 0L), Map.of("A", 0L, "B", 1000L)), List.of(4L, 1L),
                List.of(Map.of("A", 0L, "B", 1000L)), new BigDecimal("0.2"), 1000, 10, Rounding.LARGEST_REMAINDER);
        assertThat(combined).containsExactly(Map.entry("A", 640L), Map.entry("B", 360L));
    }

    /**
     * A least budget per funded theme (Emmen), by hand: the tables give A 60, B 30, C 10 of 100. With
     * at least 20, C gets nothing and its 10 go to A and B as 60 : 30, so A 66.67 and B 33.33: 67 and
     * 33. With at least 35, C goes first, then B (33.33 is still under): A gets all 100.
     */
    @Test
    void aThemeUnderTheLeastBudgetGetsNothingAndItsPartGoesToTheOthers() {
        List<Map<String, Long>> split = List.of(Map.of("A", 60L, "B", 30L, "C", 10L));
        assertThat(BudgetCombination.combine(List.of("A", "B", "C"), split, List.of(1L), List.of(100L), List.of(),
                BigDecimal.ZERO, 100, 1, Rounding.LARGEST_REMAINDER, java.util.Optional.of(20L)).values())
                .containsExactly(67L, 33L, 0L);
        assertThat(BudgetCombination.combine(List.of("A", "B", "C"), split, List.of(1L), List.of(100L), List.of(),
                BigDecimal.ZERO, 100, 1, Rounding.LARGEST_REMAINDER, java.util.Optional.of(35L)).values())
                .containsExactly(100L, 0L, 0L);
        // with chips left unplaced the unspent part stays what it was: 20 of 100 unplaced, C (8) under 10
        List<Map<String, Long>> partly = List.of(Map.of("A", 48L, "B", 24L, "C", 8L));
        assertThat(BudgetCombination.combine(List.of("A", "B", "C"), partly, List.of(1L), List.of(100L), List.of(),
                BigDecimal.ZERO, 100, 1, Rounding.LARGEST_REMAINDER, java.util.Optional.of(10L)).values())
                .containsExactly(53L, 27L, 0L);
    }
}
