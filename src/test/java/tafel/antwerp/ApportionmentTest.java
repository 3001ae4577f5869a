package tafel.antwerp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ApportionmentTest {

    private static List<BigInteger> big(long... values) {
        List<BigInteger> list = new ArrayList<>();
        for (long value : values) {
            list.add(BigInteger.valueOf(value));
        }
        return list;
    }

    @Test
    void givesLeftoverUnitsToTheLargestRemaindersAndTiesToTheEarlierPart() {
        // 10 units over shares 3.4, 3.3, 3.3 → 4, 3, 3
        assertThat(Apportionment.largestRemainder(big(34, 33, 33), BigInteger.TEN, 10)).containsExactly(4, 3, 3);
        // 10 units over 3.5, 3.5, 3.0 → tie between the first two: the earlier one wins
        assertThat(Apportionment.largestRemainder(big(35, 35, 30), BigInteger.TEN, 10)).containsExactly(4, 3, 3);
        assertThat(Apportionment.largestRemainder(big(1, 1, 1), BigInteger.valueOf(3), 1)).containsExactly(1, 0, 0);
        assertThatThrownBy(() -> Apportionment.largestRemainder(big(1, 1), BigInteger.ONE, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Property: for random tables and online splits, the theme budgets add up to the total exactly. */
    @Test
    void combinedThemeBudgetsAlwaysAddUpToTheTotal() {
        SplittableRandom random = new SplittableRandom(7);
        for (int run = 0; run < 500; run++) {
            int themes = 1 + random.nextInt(15);
            long unit = List.of(1L, 100L, 100_000L).get(random.nextInt(3));
            long budget = unit * (1 + random.nextInt(2_000_000 / (int) Math.min(unit, 1000)));
            List<String> ids = new ArrayList<>();
            for (int t = 0; t < themes; t++) {
                ids.add("t" + t);
            }
            List<Map<String, Long>> live = splits(random, ids, budget, random.nextInt(1, 40));
            List<Map<String, Long>> online = splits(random, ids, budget, random.nextInt(0, 60));
            BigDecimal weight = new BigDecimal(List.of("0", "0.2", "0.5", "0.35", "1").get(random.nextInt(5)));
            Map<String, Long> combined = BudgetCombination.combine(ids, live, online, weight, budget, unit);
            assertThat(combined.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(budget);
            assertThat(combined.values()).allMatch(amount -> amount >= 0 && amount % unit == 0);
            assertThat(combined.keySet()).containsExactlyElementsOf(ids);
        }
    }

    @Test
    void theMeanOfTablesIsRoundedToTheUnit() {
        List<String> ids = List.of("groen", "fiets", "spelen");
        Map<String, Long> a = new LinkedHashMap<>(Map.of("groen", 500_00L, "fiets", 300_00L, "spelen", 200_00L));
        Map<String, Long> b = new LinkedHashMap<>(Map.of("groen", 400_00L, "fiets", 350_00L, "spelen", 250_00L));
        Map<String, Long> c = new LinkedHashMap<>(Map.of("groen", 333_33L, "fiets", 333_33L, "spelen", 333_34L));
        // means 411.11, 327.78, 261.11 euros = 4.11, 3.28, 2.61 units of €100 → floors 4, 3, 2; one unit left: .61 wins
        Map<String, Long> combined = BudgetCombination.combine(ids, List.of(a, b, c), List.of(), new BigDecimal("0.2"),
                1000_00L, 100_00L);
        assertThat(combined).containsExactly(Map.entry("groen", 400_00L), Map.entry("fiets", 300_00L),
                Map.entry("spelen", 300_00L));
        Map<String, Long> withOnline = BudgetCombination.combine(ids, List.of(a), List.of(c), new BigDecimal("0.5"),
                1000_00L, 1_00L);
        // 416.665, 316.665, 266.67 → floors 416, 316, 266; two euros left: .67 first, then the
        // tie .665/.665 goes to the theme that ranked higher (groen)
        assertThat(withOnline).containsExactly(Map.entry("groen", 417_00L), Map.entry("fiets", 316_00L),
                Map.entry("spelen", 267_00L));
    }

    private static List<Map<String, Long>> splits(SplittableRandom random, List<String> ids, long budget, int count) {
        List<Map<String, Long>> splits = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            Map<String, Long> split = new LinkedHashMap<>();
            long left = budget;
            for (int i = 0; i < ids.size(); i++) {
                long amount = i == ids.size() - 1 ? left : random.nextLong(left + 1);
                split.put(ids.get(i), amount);
                left -= amount;
            }
            splits.add(split);
        }
        return splits;
    }
}
