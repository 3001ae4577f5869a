package tafel.io.sortition;

import java.util.Optional;

import tafel.io.antwerp.CsvProblem;
import tafel.io.csv.CsvInput;
import tafel.text.Phrase;

/** Column names as people type them: any case, accents, spaces, underscores and hyphens alike, apostrophes ignored. */
final class Headers {

    private Headers() {
    }

    static String normal(String text) {
        return CsvInput.normalHeader(text);
    }

    /** As {@link #find}, or a problem at line 1 naming the columns found. */
    static Optional<Integer> required(CsvInput table, java.util.List<CsvProblem> problems, String... names) {
        Optional<Integer> column = find(table, names);
        if (column.isEmpty()) {
            problems.add(new CsvProblem(table.name(), 1, Phrase.of("csv.column.missing", names[0], table.foundColumns())));
        }
        return column;
    }

    /** The first column whose name is one of these, written any of the ways above. */
    static Optional<Integer> find(CsvInput table, String... names) {
        return table.columnLike(names);
    }

}
