package tafel.antwerp;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Largest-remainder apportionment: splits a whole number of units over parts in proportion to
 * exact shares, so that the parts always add up to the total. Each share is given as a
 * numerator over one common denominator (exact, no floating point); every part first gets
 * its share rounded down, and the units left go one by one to the largest remainders. Equal
 * remainders go to the earlier part, so the result depends only on the order given.
 */
public final class Apportionment {

    private Apportionment() {
    }

    /**
     * @param numerators  the parts' shares times {@code denominator}; they must add up to
     *                    {@code totalUnits × denominator}
     * @return the units per part, in the same order, adding up to {@code totalUnits}
     */
    public static long[] largestRemainder(List<BigInteger> numerators, BigInteger denominator, long totalUnits) {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        BigInteger sum = numerators.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (!sum.equals(denominator.multiply(BigInteger.valueOf(totalUnits)))) {
            throw new IllegalArgumentException("shares add up to " + sum + "/" + denominator + ", not " + totalUnits);
        }
        int n = numerators.size();
        long[] units = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            if (numerators.get(i).signum() < 0) {
                throw new IllegalArgumentException("negative share");
            }
            BigInteger[] division = numerators.get(i).divideAndRemainder(denominator);
            units[i] = division[0].longValueExact();
            remainders[i] = division[1];
            given += units[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; given < totalUnits; k++) {
            units[order.get(k)]++;
            given++;
        }
        return units;
    }
}
