package tafel.io.antwerp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tafel.antwerp.TableRoster;
import tafel.io.csv.CsvInput;

/**
 * Reads the tables of an evening: {@code table;host;people} or Dutch {@code tafel;tafelleider;deelnemers}.
 * Only the table is required; a table named twice, or a number of people that is no whole number,
 * is a rejected row.
 */
public final class RosterRows {

    private RosterRows() {
    }

    public record Read(TableRoster roster, int rejected) {
    }

    public static Read read(CsvInput table, List<CsvProblem> problems) {
        Rows rows = new Rows(table, problems);
        Optional<Integer> label = rows.required("table", "tafel", "tafelnummer", "nr");
        Optional<Integer> host = rows.optional("host", "tafelleider", "tafelgastheer", "begeleider", "leider");
        Optional<Integer> people = rows.optional("people", "deelnemers", "aantal", "personen");
        List<TableRoster.Table> tables = new ArrayList<>();
        if (label.isEmpty()) {
            return new Read(new TableRoster(tables), table.rows().size());
        }
        for (CsvInput.Row row : rows.rows()) {
            String name = row.cell(label.get());
            String count = people.map(row::cell).orElse("");
            if (name.isEmpty()) {
                rows.reject(row, "csv.roster.table.missing");
            } else if (tables.stream().anyMatch(seen -> TableRoster.sameTable(seen.label(), name))) {
                rows.reject(row, "csv.roster.table.duplicate", name);
            } else if (!count.isEmpty() && !count.matches("\\d{1,4}")) {
                rows.reject(row, "csv.roster.people", count, name);
            } else if (tables.size() >= TableRoster.MAX_TABLES) {
                rows.reject(row, "csv.roster.tooMany", TableRoster.MAX_TABLES);
            } else {
                tables.add(new TableRoster.Table(name, host.map(row::cell).orElse(""),
                        count.isEmpty() ? 0 : Integer.parseInt(count)));
            }
        }
        return new Read(new TableRoster(tables), rows.rejected());
    }
}
