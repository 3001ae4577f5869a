package tafel.antwerp;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts are whole cents in a {@code long}: exact, and large enough for any district budget. */
public final class Money {

    private Money() {
    }

    public static long euros(long euros) {
        return Math.multiplyExact(euros, 100);
    }

    /** For machine formats: dot decimals, no thousands separators ("25000.5" → "25000.50", whole → "25000"). */
    public static String plain(long cents) {
        BigDecimal value = BigDecimal.valueOf(cents, 2);
        return cents % 100 == 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }

    /** For people: "€ 25.000" in Dutch, "€25,000" in English; cents only when there are any. */
    public static String display(long cents, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(cents % 100 == 0 ? 0 : 2);
        format.setMaximumFractionDigits(2);
        String number = format.format(BigDecimal.valueOf(cents, 2));
        return "nl".equals(locale.getLanguage()) ? "€ " + number : "€" + number;
    }
}
