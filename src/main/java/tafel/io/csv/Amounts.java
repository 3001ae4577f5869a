package tafel.io.csv;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads money as people type it in a Dutch or English spreadsheet: "€ 25.000", "25.000,00",
 * "25000", "25,000.50", "1.250,5", "1 250". Only consistent forms are accepted: thousands in
 * groups of three with one kind of separator, at most one decimal separator (the other kind),
 * at most two decimals. Anything else ("1.234.56", "12,34,56", "0,001") is not read as an
 * amount, because every reading of it would be a guess. Returns whole cents.
 */
public final class Amounts {

    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d{1,2}");
    private static final Pattern DUTCH = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+(,\\d{1,2})?");
    private static final Pattern ENGLISH = Pattern.compile("[1-9]\\d{0,2}(,\\d{3})+(\\.\\d{1,2})?");
    private static final Pattern SPACED = Pattern.compile("[1-9]\\d{0,2}([ ']\\d{3})+([.,]\\d{1,2})?");
    /** More digits than any budget has; keeps the arithmetic far from overflow. */
    private static final int MAX_DIGITS = 15;

    private Amounts() {
    }

    public static Optional<Long> cents(String written) {
        // Spreadsheets put a no-break space between € and the number, and sometimes between groups
        String text = written.replace('\u00a0', ' ').replace('\u202f', ' ').strip().replaceFirst("(?i)^(€|eur)\\s*", "").replaceFirst("(?i)\\s*(€|eur)$", "")
                .strip();
        if (SPACED.matcher(text).matches()) {
            text = text.replaceAll("[ ']", "");
        }
        String normal;
        if (PLAIN.matcher(text).matches()) {
            normal = text;
        } else if (DUTCH.matcher(text).matches()) {
            normal = text.replace(".", "").replace(',', '.');
        } else if (ENGLISH.matcher(text).matches()) {
            normal = text.replace(",", "");
        } else if (DECIMAL.matcher(text).matches()) {
            normal = text.replace(',', '.');
        } else {
            return Optional.empty();
        }
        if (normal.replace(".", "").length() > MAX_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(normal).movePointRight(2).longValueExact());
    }
}
