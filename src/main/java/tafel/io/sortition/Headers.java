package tafel.io.sortition;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import tafel.io.antwerp.CsvProblem;
import tafel.io.csv.CsvInput;
import tafel.text.Phrase;

/** Column names as people type them: any case, accents, spaces, underscores and hyphens alike, apostrophes ignored. */
final class Headers {

    private Headers() {
    }

    static String normal(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("['’`]", "").replaceAll("[\\s_\\-]+", " ").strip();
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
        for (String name : names) {
            for (int column = 0; column < table.headers().size(); column++) {
                if (normal(table.headers().get(column)).equals(normal(name))) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }
}
