package tafel.antwerp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 2: combines the tables' splits of the budget into one budget per theme: the mean of the
 * tables' amounts (optionally mixed with the mean of online splits at a fixed weight), rounded
 * to the unit with the largest-remainder method so that the theme budgets add up to the total
 * exactly. Equal remainders go to the theme that ranked higher in step 1. All arithmetic is
 * exact (integers over a common denominator).
 */
public final class BudgetCombination {

    private BudgetCombination() {
    }

    /**
     * @param themeIds     the selected themes, in ranking order (which breaks remainder ties)
     * @param live         each table's split, cents per theme id, each adding up to the budget
     * @param online       individual online splits, same shape; may be empty
     * @param onlineWeight the online share of the result (e.g. 0.2), ignored without online splits
     * @return cents per theme id, in {@code themeIds} order, adding up to {@code budget}
     */
    public static Map<String, Long> combine(List<String> themeIds, List<Map<String, Long>> live,
                                            List<Map<String, Long>> online, BigDecimal onlineWeight,
                                            long budget, long unit) {
        if (unit <= 0 || budget % unit != 0) {
            throw new IllegalArgumentException("the budget must be a whole number of units");
        }
        if (live.isEmpty() && online.isEmpty()) {
            throw new IllegalArgumentException("no splits to combine");
        }
        BigInteger liveTables = BigInteger.valueOf(Math.max(1, live.size()));
        BigInteger onlineVoters = BigInteger.valueOf(Math.max(1, online.size()));
        BigDecimal weight = online.isEmpty() ? BigDecimal.ZERO : live.isEmpty() ? BigDecimal.ONE : onlineWeight;
        BigInteger scale = BigInteger.TEN.pow(Math.max(0, weight.scale()));
        BigInteger onlinePart = weight.movePointRight(Math.max(0, weight.scale())).toBigIntegerExact();
        BigInteger livePart = scale.subtract(onlinePart);
        List<BigInteger> numerators = new ArrayList<>();
        for (String theme : themeIds) {
            BigInteger liveSum = BigInteger.valueOf(live.stream().mapToLong(split -> split.getOrDefault(theme, 0L)).sum());
            BigInteger onlineSum = BigInteger.valueOf(online.stream().mapToLong(split -> split.getOrDefault(theme, 0L)).sum());
            numerators.add(livePart.multiply(liveSum).multiply(onlineVoters)
                    .add(onlinePart.multiply(onlineSum).multiply(liveTables)));
        }
        BigInteger denominator = scale.multiply(liveTables).multiply(onlineVoters).multiply(BigInteger.valueOf(unit));
        long[] units = Apportionment.largestRemainder(numerators, denominator, budget / unit);
        Map<String, Long> result = new LinkedHashMap<>();
        for (int i = 0; i < themeIds.size(); i++) {
            result.put(themeIds.get(i), units[i] * unit);
        }
        return result;
    }
}
