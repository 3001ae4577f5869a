package tafel.antwerp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step 2: combines the tables' splits of the budget into one budget per theme: the mean of the
 * tables' amounts (each table alike, or weighed by its participants; optionally mixed with the
 * mean of online splits at a fixed weight), rounded to the unit with the largest-remainder method
 * so that the theme budgets add up to the total exactly (equal remainders go to the theme that
 * ranked higher in step 1), or each half up on its own as some cities publish. All arithmetic is
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
        return combine(themeIds, live, live.stream().map(split -> 1L).toList(), online, onlineWeight, budget, unit,
                Rounding.LARGEST_REMAINDER);
    }

    /**
     * @param liveWeights how much each table's split counts (1 each, or its number of participants)
     * @param rounding    largest remainder (adds up exactly) or half up per theme (may not add up)
     * @return cents per theme id, in {@code themeIds} order
     */
    public static Map<String, Long> combine(List<String> themeIds, List<Map<String, Long>> live, List<Long> liveWeights,
                                            List<Map<String, Long>> online, BigDecimal onlineWeight,
                                            long budget, long unit, Rounding rounding) {
        return combine(themeIds, live, liveWeights, live.stream().map(split -> budget).toList(), online, onlineWeight,
                budget, unit, rounding);
    }

    /**
     * The general form: the tables' side gives each theme the budget × (the weighted amounts on it)
     * ÷ (the weighted amounts the tables could place). With every table able to place the whole
     * budget that is the weighted mean of the splits; with chips a table can place its people's
     * chips, so chips left unplaced — like splits that place less, when allowed — are money that
     * stays unspent: the themes then add up to less than the budget.
     *
     * @param liveCapacities per table, what it could place (the budget, or its people's chips in cents)
     */
    public static Map<String, Long> combine(List<String> themeIds, List<Map<String, Long>> live, List<Long> liveWeights,
                                            List<Long> liveCapacities, List<Map<String, Long>> online,
                                            BigDecimal onlineWeight, long budget, long unit, Rounding rounding) {
        return combine(themeIds, live, liveWeights, liveCapacities, online, onlineWeight, budget, unit, rounding,
                Optional.empty());
    }

    /**
     * @param minThemeBudget the least a funded theme gets (Emmen: € 10.000): a theme that would get
     *                       less gets nothing and its part goes to the others in proportion, the
     *                       smallest first, one at a time, until every funded theme has at least that
     */
    public static Map<String, Long> combine(List<String> themeIds, List<Map<String, Long>> live, List<Long> liveWeights,
                                            List<Long> liveCapacities, List<Map<String, Long>> online,
                                            BigDecimal onlineWeight, long budget, long unit, Rounding rounding,
                                            Optional<Long> minThemeBudget) {
        if (unit <= 0 || budget % unit != 0) {
            throw new IllegalArgumentException("the budget must be a whole number of units");
        }
        if (live.isEmpty() && online.isEmpty()) {
            throw new IllegalArgumentException("no splits to combine");
        }
        if (liveWeights.size() != live.size() || liveWeights.stream().anyMatch(weight -> weight <= 0)
                || liveCapacities.size() != live.size() || liveCapacities.stream().anyMatch(capacity -> capacity <= 0)) {
            throw new IllegalArgumentException("every table's split needs a positive weight and capacity");
        }
        // what all tables together could place, each counted by its weight (a table of 5 counts 5/6 of one of 6)
        BigInteger capacity = BigInteger.ONE;
        if (!live.isEmpty()) {
            capacity = BigInteger.ZERO;
            for (int i = 0; i < live.size(); i++) {
                capacity = capacity.add(BigInteger.valueOf(liveWeights.get(i)).multiply(BigInteger.valueOf(liveCapacities.get(i))));
            }
        }
        BigInteger onlineVoters = BigInteger.valueOf(Math.max(1, online.size()));
        BigDecimal weight = online.isEmpty() ? BigDecimal.ZERO : live.isEmpty() ? BigDecimal.ONE : onlineWeight;
        BigInteger scale = BigInteger.TEN.pow(Math.max(0, weight.scale()));
        BigInteger onlinePart = weight.movePointRight(Math.max(0, weight.scale())).toBigIntegerExact();
        BigInteger livePart = scale.subtract(onlinePart);
        BigInteger total = BigInteger.valueOf(budget);
        List<BigInteger> numerators = new ArrayList<>();
        for (String theme : themeIds) {
            BigInteger liveSum = BigInteger.ZERO;
            for (int i = 0; i < live.size(); i++) {
                liveSum = liveSum.add(BigInteger.valueOf(live.get(i).getOrDefault(theme, 0L))
                        .multiply(BigInteger.valueOf(liveWeights.get(i))));
            }
            BigInteger onlineSum = BigInteger.valueOf(online.stream().mapToLong(split -> split.getOrDefault(theme, 0L)).sum());
            // budget × [(1 − w) · liveSum ÷ capacity + w · onlineSum ÷ (voters × budget)], over one denominator
            numerators.add(livePart.multiply(total).multiply(liveSum).multiply(onlineVoters)
                    .add(onlinePart.multiply(onlineSum).multiply(capacity)));
        }
        BigInteger denominator = scale.multiply(capacity).multiply(onlineVoters).multiply(BigInteger.valueOf(unit));
        BigInteger unspent = denominator.multiply(BigInteger.valueOf(budget / unit))
                .subtract(numerators.stream().reduce(BigInteger.ZERO, BigInteger::add));
        long[] units = round(numerators, unspent, denominator, budget / unit, rounding);
        while (minThemeBudget.isPresent()) {
            int smallest = -1;
            for (int i = 0; i < numerators.size(); i++) {
                boolean under = numerators.get(i).signum() > 0 && units[i] * unit < minThemeBudget.get();
                if (under && (smallest < 0 || numerators.get(i).compareTo(numerators.get(smallest)) <= 0)) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                break;
            }
            // its part goes to the other themes in proportion: scale them by placed ÷ (placed − its part), exactly
            BigInteger placed = numerators.stream().reduce(BigInteger.ZERO, BigInteger::add);
            BigInteger rest = placed.subtract(numerators.get(smallest));
            if (rest.signum() == 0) {
                numerators.set(smallest, BigInteger.ZERO);
                unspent = denominator.multiply(BigInteger.valueOf(budget / unit));
            } else {
                for (int i = 0; i < numerators.size(); i++) {
                    numerators.set(i, i == smallest ? BigInteger.ZERO : numerators.get(i).multiply(placed));
                }
                unspent = unspent.multiply(rest);
                denominator = denominator.multiply(rest);
            }
            units = round(numerators, unspent, denominator, budget / unit, rounding);
        }
        Map<String, Long> result = new LinkedHashMap<>();
        for (int i = 0; i < themeIds.size(); i++) {
            result.put(themeIds.get(i), units[i] * unit);
        }
        return result;
    }

    /** Whole units per theme: by largest remainder (what nobody placed one more part), or each half up. */
    private static long[] round(List<BigInteger> numerators, BigInteger unspent, BigInteger denominator, long totalUnits,
                                Rounding rounding) {
        if (rounding == Rounding.HALF_UP) {
            return halfUp(numerators, denominator);
        }
        List<BigInteger> withUnspent = new ArrayList<>(numerators);
        withUnspent.add(unspent);
        return Apportionment.largestRemainder(withUnspent, denominator, totalUnits);
    }

    /** Each share rounded to the nearest unit on its own, halves up. */
    private static long[] halfUp(List<BigInteger> numerators, BigInteger denominator) {
        long[] units = new long[numerators.size()];
        BigInteger twice = denominator.shiftLeft(1);
        for (int i = 0; i < units.length; i++) {
            units[i] = numerators.get(i).shiftLeft(1).add(denominator).divide(twice).longValueExact();
        }
        return units;
    }
}
