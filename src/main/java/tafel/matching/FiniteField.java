package tafel.matching;

import java.util.Optional;

/**
 * The finite field with q = p^m elements (p prime), for small q: elements are the numbers
 * 0..q−1 read as polynomials over Z_p (base-p digits), multiplied modulo an irreducible
 * polynomial of degree m found by trying them in order. Addition and multiplication are tables.
 */
final class FiniteField {

    /** Building the tables for 2^8 takes over a second; beyond 128 tables the swap search is the better tool. */
    static final int MAX_ORDER = 128;

    private final int order;
    private final int[][] sum;
    private final int[][] product;

    private FiniteField(int order, int[][] sum, int[][] product) {
        this.order = order;
        this.sum = sum;
        this.product = product;
    }

    /** The field of this order, or empty when the order is not a prime power (or too large). */
    static Optional<FiniteField> of(int order) {
        if (order < 2 || order > MAX_ORDER) {
            return Optional.empty();
        }
        int p = smallestPrimeFactor(order);
        int degree = 0;
        for (int rest = order; rest > 1; rest /= p) {
            if (rest % p != 0) {
                return Optional.empty();
            }
            degree++;
        }
        int[][] sum = new int[order][order];
        for (int a = 0; a < order; a++) {
            for (int b = 0; b < order; b++) {
                sum[a][b] = digitwise(a, b, p, 1);
            }
        }
        // monic polynomials x^degree + (lower part); the first that gives every non-zero element an inverse is irreducible
        for (int lower = 0; lower < order; lower++) {
            int[][] product = multiplicationTable(order, p, degree, lower);
            if (everyNonZeroHasAnInverse(product)) {
                return Optional.of(new FiniteField(order, sum, product));
            }
        }
        throw new IllegalStateException("no irreducible polynomial of degree " + degree + " over Z_" + p);
    }

    int order() {
        return order;
    }

    int add(int a, int b) {
        return sum[a][b];
    }

    int multiply(int a, int b) {
        return product[a][b];
    }

    private static int smallestPrimeFactor(int n) {
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return d;
            }
        }
        return n;
    }

    /** a + factor·b, digit by digit in base p. */
    private static int digitwise(int a, int b, int p, int factor) {
        int result = 0;
        int place = 1;
        while (a > 0 || b > 0) {
            result += Math.floorMod(a % p + factor * (b % p), p) * place;
            a /= p;
            b /= p;
            place *= p;
        }
        return result;
    }

    private static int[][] multiplicationTable(int order, int p, int degree, int lower) {
        int[][] product = new int[order][order];
        int top = order / p; // p^(degree − 1): the value of x^(degree − 1)
        for (int a = 0; a < order; a++) {
            // b·a by Horner over b's digits, from the highest: result = result·x + digit·a
            for (int b = 0; b < order; b++) {
                int result = 0;
                for (int place = top; place >= 1; place /= p) {
                    result = timesX(result, p, degree, lower, top);
                    int digit = (b / place) % p;
                    for (int i = 0; i < digit; i++) {
                        result = digitwise(result, a, p, 1);
                    }
                }
                product[a][b] = result;
            }
        }
        return product;
    }

    /** value·x modulo x^degree + lower (so x^degree becomes −lower). */
    private static int timesX(int value, int p, int degree, int lower, int top) {
        int overflow = value / top; // the coefficient that moves up to x^degree
        int shifted = (value % top) * p;
        return digitwise(shifted, lower, p, -overflow);
    }

    private static boolean everyNonZeroHasAnInverse(int[][] product) {
        for (int a = 1; a < product.length; a++) {
            boolean found = false;
            for (int b = 1; b < product.length && !found; b++) {
                found = product[a][b] == 1;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
