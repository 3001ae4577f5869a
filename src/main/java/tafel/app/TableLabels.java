package tafel.app;

import java.util.List;
import java.util.Optional;

import tafel.antwerp.TableRoster;
import tafel.io.antwerp.CsvProblem;
import tafel.text.Phrase;

/** A table's label as an entry writes it, checked against the evening's roster when the process has one. */
final class TableLabels {

    private TableLabels() {
    }

    /** The roster's label ("Tafel 05" is "5"), the label as written when there is no roster, or empty for no table of the roster. */
    static Optional<String> of(AntwerpProcess process, String written) {
        Optional<TableRoster> roster = process.roster();
        return roster.isPresent() ? roster.get().find(written) : Optional.of(written);
    }

    /** The label of a file's row, or empty with the row's problem added when it names no table of the roster. */
    static Optional<String> ofRow(AntwerpProcess process, String written, String file, int line, List<CsvProblem> problems) {
        Optional<String> label = of(process, written);
        if (label.isEmpty()) {
            problems.add(new CsvProblem(file, line, unknown(process, written)));
        }
        return label;
    }

    /** "Table 33 does not exist; this evening has tables 1–12." */
    static Phrase unknown(AntwerpProcess process, String written) {
        return Phrase.of("entry.table.unknown", written.strip(),
                process.roster().map(TableRoster::describe).orElse(""));
    }
}
