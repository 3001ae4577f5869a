package tafel.io.antwerp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tafel.antwerp.Project;
import tafel.io.csv.CsvInput;

/**
 * Reads a projects CSV: {@code id,title,theme,cost[,submitter,feasible,conditions]}, and for
 * stateless allocation also {@code votes}. Rejected rows are reported, never dropped silently.
 */
public final class ProjectRows {

    private ProjectRows() {
    }

    /** A project with the votes column, when the file has one. */
    public record Row(Project project, Optional<BigDecimal> votes, int line) {
    }

    public record Read(List<Row> rows, int rejected) {
        public Read {
            rows = List.copyOf(rows);
        }
    }

    public static Read read(CsvInput table, boolean votesRequired, List<CsvProblem> problems) {
        Rows rows = new Rows(table, problems);
        Optional<Integer> id = rows.required("id", Rows.ID);
        Optional<Integer> title = rows.optional("title", Rows.TITLE);
        Optional<Integer> theme = rows.optional("theme", Rows.THEME);
        Optional<Integer> cost = rows.required("cost", Rows.COST);
        Optional<Integer> votes = votesRequired ? rows.required("votes", Rows.VOTES) : rows.optional("votes", Rows.VOTES);
        Optional<Integer> submitter = rows.optional("submitter", "indiener", "planindiener", "initiatiefnemer");
        Optional<Integer> feasible = rows.optional("feasible", "haalbaar");
        Optional<Integer> conditions = rows.optional("conditions", "voorwaarden", "mits");
        if (id.isEmpty() || cost.isEmpty() || (votesRequired && votes.isEmpty())) {
            return new Read(List.of(), table.rows().size());
        }
        List<Row> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvInput.Row row : rows.rows()) {
            String projectId = row.cell(id.get());
            if (projectId.isEmpty()) {
                rows.reject(row, "csv.id.missing");
                continue;
            }
            if (!seen.add(projectId)) {
                rows.reject(row, "csv.id.duplicate", projectId);
                continue;
            }
            Optional<Long> cents = rows.amount(row, cost.get(), "cost");
            if (cents.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> score = Optional.empty();
            if (votes.isPresent()) {
                String text = row.cell(votes.get()).replace(',', '.');
                try {
                    score = text.isEmpty() ? Optional.empty() : Optional.of(tafel.text.PlainNumbers.decimal(text));
                } catch (NumberFormatException invalid) {
                    rows.reject(row, "csv.votes.invalid", row.cell(votes.get()));
                    continue;
                }
                if (votesRequired && score.isEmpty()) {
                    rows.reject(row, "csv.votes.invalid", "");
                    continue;
                }
                if (score.isPresent() && score.get().signum() < 0) {
                    rows.reject(row, "csv.votes.invalid", row.cell(votes.get()));
                    continue;
                }
            }
            Project project = new Project(projectId, title.map(row::cell).orElse(""), theme.map(row::cell).orElse(""),
                    cents.get(), submitter.map(row::cell).orElse(""),
                    feasible.map(column -> Rows.yes(row.cell(column), true)).orElse(true),
                    conditions.map(row::cell).orElse(""));
            result.add(new Row(project, score, row.line()));
        }
        return new Read(result, rows.rejected());
    }
}
