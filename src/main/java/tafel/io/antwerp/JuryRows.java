package tafel.io.antwerp;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tafel.antwerp.Project;
import tafel.io.csv.CsvInput;

/**
 * A jury's points per project ({@code project;score}, Dutch or English headers, a decimal comma
 * allowed), for processes where an expert jury weighs in (Gent: 30 %). Every row is a project once;
 * an unknown project, a second row for one, or a score that is not a number of at least 0 is refused.
 */
public final class JuryRows {

    private JuryRows() {
    }

    /** @return the number of rejected rows; the points go into {@code scores} */
    public static int read(CsvInput table, List<Project> projects, Map<String, BigDecimal> scores, List<CsvProblem> problems) {
        Rows rows = new Rows(table, problems);
        Optional<Integer> project = rows.required("project", "project_id", "id", "nr");
        Optional<Integer> score = rows.required("score", "punten", "points", "jury");
        if (project.isEmpty() || score.isEmpty()) {
            return table.rows().size();
        }
        Set<String> known = new HashSet<>();
        projects.forEach(p -> known.add(p.id()));
        Map<String, BigDecimal> read = new LinkedHashMap<>();
        for (CsvInput.Row row : rows.rows()) {
            String id = row.cell(project.get());
            Optional<BigDecimal> points = number(row.cell(score.get()));
            if (!known.contains(id)) {
                rows.reject(row, "jury.project.unknown", id);
            } else if (read.containsKey(id)) {
                rows.reject(row, "jury.project.twice", id);
            } else if (points.isEmpty()) {
                rows.reject(row, "jury.score.invalid", row.cell(score.get()));
            } else {
                read.put(id, points.get());
            }
        }
        scores.putAll(read);
        return rows.rejected();
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            BigDecimal value = tafel.text.PlainNumbers.decimal(text.strip().replace(',', '.'));
            return value.signum() < 0 ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
