package tafel.io.csv;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads money as people type it in a Dutch or English spreadsheet: "€ 25.000", "25.000,00",
 * "25000", "25,000.50", "1.250,5". Returns whole cents; empty when it is not an amount.
 */
public final class Amounts {

    private static final Pattern DIGITS_AND_SEPARATORS = Pattern.compile("[0-9.,]+");

    private Amounts() {
    }

    public static Optional<Long> cents(String written) {
        String text = written.replace("€", "").replace("EUR", "").replace("eur", "").replaceAll("[\\s\u00a0']", "");
        if (text.isEmpty() || !DIGITS_AND_SEPARATORS.matcher(text).matches()) {
            return Optional.empty();
        }
        int lastDot = text.lastIndexOf('.');
        int lastComma = text.lastIndexOf(',');
        String normal;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char thousands = decimal == '.' ? ',' : '.';
            normal = text.replace(String.valueOf(thousands), "").replace(decimal, '.');
        } else if (lastDot >= 0 || lastComma >= 0) {
            char separator = lastDot >= 0 ? '.' : ',';
            int count = text.length() - text.replace(String.valueOf(separator), "").length();
            int after = text.length() - Math.max(lastDot, lastComma) - 1;
            // One separator followed by exactly three digits is a thousands separator (25.000,
            // 25,000); otherwise it separates the cents (25,50 or 25.5).
            boolean thousands = count > 1 || after == 3;
            normal = thousands ? text.replace(String.valueOf(separator), "") : text.replace(separator, '.');
        } else {
            normal = text;
        }
        try {
            BigDecimal value = new BigDecimal(normal);
            if (value.scale() > 2) {
                return Optional.empty();
            }
            return Optional.of(value.movePointRight(2).longValueExact());
        } catch (NumberFormatException | ArithmeticException invalid) {
            return Optional.empty();
        }
    }
}
