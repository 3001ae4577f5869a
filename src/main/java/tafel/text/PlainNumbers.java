package tafel.text;

import java.math.BigDecimal;

/**
 * Numbers read from what people and files write. Java's BigDecimal also reads exponents:
 * "11e100000067" is a number to it, and scaling or printing that one builds a hundred million
 * digits — a fuzzed pabulib file hung `projects allocate` for minutes on it. No amount, score or
 * share anyone means has more than {@link #MOST_DIGITS} digits on either side of the point.
 */
public final class PlainNumbers {

    private static final int MOST_DIGITS = 30;

    private PlainNumbers() {
    }

    /**
     * @throws NumberFormatException when the text is no number, or one with more than 30 digits before or after the point
     */
    public static BigDecimal decimal(String text) {
        BigDecimal value = new BigDecimal(text);
        if (value.precision() - value.scale() > MOST_DIGITS || value.scale() > MOST_DIGITS) {
            throw new NumberFormatException("more than " + MOST_DIGITS + " digits on one side of the point: " + text);
        }
        return value;
    }
}
