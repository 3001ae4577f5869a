package tafel.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiniteFieldTest {

    @Test
    void primePowersUpToTheLimitAreFieldsAndOtherOrdersAreNot() {
        for (int order : new int[] {2, 3, 4, 5, 7, 8, 9, 11, 13, 16, 25, 27, 32, 49, 64, 81, 121, 125, 127, 128}) {
            FiniteField field = FiniteField.of(order).orElseThrow();
            assertThat(field.order()).isEqualTo(order);
            assertFieldAxioms(field);
        }
        for (int order : new int[] {0, 1, 6, 10, 12, 15, 18, 20, 100, 243, 256}) {
            assertThat(FiniteField.of(order)).as("order %d", order).isEmpty();
        }
    }

    private static void assertFieldAxioms(FiniteField f) {
        int q = f.order();
        // on big fields, every pair with a sample of third elements keeps the test quick
        int step = q > 32 ? 7 : 1;
        for (int a = 0; a < q; a++) {
            assertThat(f.add(a, 0)).isEqualTo(a);
            assertThat(f.multiply(a, 1)).isEqualTo(a);
            assertThat(f.multiply(a, 0)).isZero();
            boolean additiveInverse = false;
            boolean multiplicativeInverse = a == 0;
            for (int b = 0; b < q; b++) {
                assertThat(f.add(a, b)).isEqualTo(f.add(b, a)).isBetween(0, q - 1);
                assertThat(f.multiply(a, b)).isEqualTo(f.multiply(b, a)).isBetween(0, q - 1);
                additiveInverse |= f.add(a, b) == 0;
                multiplicativeInverse |= f.multiply(a, b) == 1;
                for (int c = 0; c < q; c += step) {
                    assertThat(f.add(f.add(a, b), c)).isEqualTo(f.add(a, f.add(b, c)));
                    assertThat(f.multiply(f.multiply(a, b), c)).isEqualTo(f.multiply(a, f.multiply(b, c)));
                    assertThat(f.multiply(a, f.add(b, c))).isEqualTo(f.add(f.multiply(a, b), f.multiply(a, c)));
                }
            }
            assertThat(additiveInverse).as("-%d in GF(%d)", a, q).isTrue();
            assertThat(multiplicativeInverse).as("1/%d in GF(%d)", a, q).isTrue();
        }
    }
}
