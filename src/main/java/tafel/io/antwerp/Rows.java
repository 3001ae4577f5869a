package tafel.io.antwerp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tafel.io.csv.Amounts;
import tafel.io.csv.CsvInput;
import tafel.text.Phrase;

/**
 * What every organiser CSV reader needs: required columns with aliases (Dutch and English),
 * amounts, yes/no cells, and a list of problems to which each rejected row adds one line.
 */
final class Rows {

    private final CsvInput table;
    private final List<CsvProblem> problems;
    private int rejected;

    Rows(CsvInput table, List<CsvProblem> problems) {
        this.table = table;
        this.problems = problems;
    }

    /** The column's index, or a problem naming the columns that were found. */
    Optional<Integer> required(String canonical, String... aliases) {
        Optional<Integer> column = optional(canonical, aliases);
        if (column.isEmpty()) {
            problems.add(new CsvProblem(table.name(), 1, Phrase.of("csv.column.missing", canonical, table.foundColumns())));
        }
        return column;
    }

    Optional<Integer> optional(String canonical, String... aliases) {
        List<String> names = new ArrayList<>(List.of(canonical));
        names.addAll(List.of(aliases));
        return table.column(names.toArray(String[]::new));
    }

    void reject(CsvInput.Row row, String key, Object... args) {
        rejected++;
        problems.add(new CsvProblem(table.name(), row.line(), Phrase.of(key, args)));
    }

    void warn(CsvInput.Row row, String key, Object... args) {
        problems.add(new CsvProblem(table.name(), row.line(), Phrase.of(key, args)));
    }

    int rejected() {
        return rejected;
    }

    List<CsvInput.Row> rows() {
        return table.rows();
    }

    /** A non-negative amount in cents, or a rejection of the row. */
    Optional<Long> amount(CsvInput.Row row, int column, String what) {
        String text = row.cell(column);
        if (text.startsWith("-")) {
            reject(row, "csv.amount.negative", what, text);
            return Optional.empty();
        }
        Optional<Long> cents = Amounts.cents(text);
        if (cents.isEmpty()) {
            reject(row, "csv.amount.invalid", what, text);
        }
        return cents;
    }

    static boolean yes(String text, boolean otherwise) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return otherwise;
        }
        return !(value.equals("no") || value.equals("nee") || value.equals("false") || value.equals("0")
                || value.equals("n") || value.equals("onwaar") || value.startsWith("niet"));
    }

    static final String[] ID = {"nr", "nummer", "project_id", "project"};
    static final String[] TITLE = {"titel", "naam", "name"};
    static final String[] THEME = {"thema", "categorie", "category"};
    static final String[] COST = {"kosten", "kost", "bedrag", "amount", "prijs", "begroting"};
    static final String[] VOTES = {"stemmen", "score"};
}
