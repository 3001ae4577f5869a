package tafel.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** A score or share as a reader writes it: at most four decimals, with the decimal comma in Dutch ("0,2374"). */
public final class Decimals {

    private Decimals() {
    }

    public static String display(BigDecimal value, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
