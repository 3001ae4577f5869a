package tafel.io.antwerp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tafel.io.csv.CsvInput;

/**
 * Reads the batch files of an Antwerp process and groups their rows per table, in file order:
 * themes {@code evening,table,theme}, budget {@code table,theme,amount} (or voter for online
 * splits), projects {@code round,table,project}, online votes {@code voter,project}.
 */
public final class BatchRows {

    private BatchRows() {
    }

    /**
     * One table's rows: its key (e.g. evening and table), the line of its first row, its values.
     *
     * @param participants the people at the table as its rows give them (budget files), "" when not given
     */
    public record Group(List<String> key, int line, List<Value> values, String participants) {
        public Group {
            key = List.copyOf(key);
            values = List.copyOf(values);
        }
    }

    /** One row's value (a theme, project, or theme with amount) and its line. */
    public record Value(int line, String item, String amount) {
    }

    public record Read(List<Group> groups, int rows, int rejected) {
        public Read {
            groups = List.copyOf(groups);
        }
    }

    public static Read themes(CsvInput table, String defaultEvening, List<CsvProblem> problems) {
        Rows rows = new Rows(table, problems);
        Optional<Integer> evening = rows.optional("evening", "avond", "startmoment");
        return group(rows, table, List.of(evening, rows.required("table", "tafel")),
                List.of(defaultEvening, ""), rows.required("theme", Rows.THEME), Optional.empty(), false, Optional.empty());
    }

    public static Read budget(CsvInput table, String keyColumn, List<CsvProblem> problems) {
        Rows rows = new Rows(table, problems);
        Optional<Integer> key = keyColumn.equals("voter") ? rows.required("voter", "stemmer", "voter_id")
                : rows.required("table", "tafel");
        // with chips directly on plans the item is a plan: "plan" names the same column
        return group(rows, table, List.of(key), List.of(""), rows.required("theme", "thema", "categorie", "category", "plan"),
                rows.required("amount", "bedrag", "budget", "percentage", "procent", "fiches", "chips"), true,
                rows.optional("participants", "deelnemers", "personen", "people"));
    }

    public static Read projects(CsvInput table, String defaultRound, List<CsvProblem> problems) {
        Rows rows = new Rows(table, problems);
        Optional<Integer> round = rows.optional("round", "ronde");
        return group(rows, table, List.of(round, rows.required("table", "tafel")), List.of(defaultRound, ""),
                rows.required("project", "project_id", "id", "nr"), Optional.empty(), false, Optional.empty());
    }

    public static Read onlineVotes(CsvInput table, List<CsvProblem> problems) {
        Rows rows = new Rows(table, problems);
        return group(rows, table, List.of(rows.required("voter", "stemmer", "voter_id")), List.of(""),
                rows.required("project", "project_id", "id", "nr"), Optional.empty(), false, Optional.empty());
    }

    private static Read group(Rows rows, CsvInput table, List<Optional<Integer>> keyColumns, List<String> defaults,
                              Optional<Integer> item, Optional<Integer> amount, boolean amountRequired,
                              Optional<Integer> participantsColumn) {
        // The last key column (table or voter) is required; the first (evening, round) may be left out.
        boolean missing = item.isEmpty() || keyColumns.get(keyColumns.size() - 1).isEmpty()
                || (amountRequired && amount.isEmpty());
        if (missing) {
            return new Read(List.of(), table.rows().size(), table.rows().size());
        }
        Map<List<String>, List<Value>> groups = new LinkedHashMap<>();
        Map<List<String>, Integer> lines = new LinkedHashMap<>();
        Map<List<String>, String> participants = new LinkedHashMap<>();
        for (CsvInput.Row row : rows.rows()) {
            List<String> key = new ArrayList<>();
            boolean empty = false;
            for (int i = 0; i < keyColumns.size(); i++) {
                String value = keyColumns.get(i).map(row::cell).filter(text -> !text.isEmpty()).orElse(defaults.get(i));
                empty |= value.isEmpty();
                key.add(value);
            }
            String itemText = row.cell(item.get());
            if (empty || itemText.isEmpty()) {
                rows.reject(row, "batch.row.empty");
                continue;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Value(row.line(), itemText, amount.map(row::cell).orElse("")));
            lines.putIfAbsent(key, row.line());
            participantsColumn.map(row::cell).filter(text -> !text.isEmpty())
                    .ifPresent(count -> participants.putIfAbsent(key, count));
        }
        List<Group> result = new ArrayList<>();
        groups.forEach((key, values) -> result.add(new Group(key, lines.get(key), values, participants.getOrDefault(key, ""))));
        return new Read(result, table.rows().size(), rows.rejected());
    }
}
