package tafel.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV tafel writes goes through here, so that every cell is protected against formula
 * injection: spreadsheet programs run a cell that starts with {@code = + - @}, a tab or a
 * carriage return as a formula, so such a cell gets a leading apostrophe. Plain numbers
 * ({@code -2}, {@code +1.5}) are left alone so they stay numbers.
 */
public final class CsvOutput implements AutoCloseable {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    private final CSVPrinter printer;
    private final boolean decimalComma;

    private CsvOutput(Appendable target, CSVFormat format, boolean decimalComma) {
        this.decimalComma = decimalComma;
        try {
            this.printer = new CSVPrinter(target, format);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** {@link #excel} when asked for, else {@link #machine}. */
    public static CsvOutput of(boolean forExcel, Appendable target, String... header) {
        return forExcel ? excel(target, header) : machine(target, header);
    }

    /** Machine CSV: comma, LF line ends, UTF-8 without BOM (the caller owns the encoding). */
    public static CsvOutput machine(Appendable target, String... header) {
        CsvOutput output = new CsvOutput(target, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get(), false);
        output.row((Object[]) header);
        return output;
    }

    /**
     * What Dutch Excel opens correctly by double-click: a BOM (so UTF-8 names survive), {@code ;}
     * between cells, CRLF line ends and a decimal comma.
     */
    public static CsvOutput excel(Appendable target, String... header) {
        try {
            target.append('\uFEFF');
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        CsvOutput output = new CsvOutput(target, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get(), true);
        output.row((Object[]) header);
        return output;
    }

    public CsvOutput row(Object... cells) {
        List<String> safe = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            String text = cell == null ? "" : cell.toString();
            safe.add(neutralise(decimalComma && DECIMAL.matcher(text).matches() ? text.replace('.', ',') : text));
        }
        try {
            printer.printRecord(safe);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return this;
    }

    public static String neutralise(String cell) {
        if (cell.isEmpty() || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return risky(cell.charAt(0)) ? "'" + cell : cell;
    }

    /**
     * The cell as it was before {@link #neutralise}: the apostrophe belongs to the CSV file, not
     * to the data, as in a spreadsheet. A name that starts with an apostrophe of its own
     * ("'t Hart") is left as it is: only an apostrophe before a formula character is taken off.
     */
    public static String unprotect(String cell) {
        return cell.length() >= 2 && cell.charAt(0) == '\'' && risky(cell.charAt(1)) ? cell.substring(1) : cell;
    }

    private static boolean risky(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
