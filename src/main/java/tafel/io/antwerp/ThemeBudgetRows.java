package tafel.io.antwerp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tafel.io.csv.CsvInput;

/** Reads {@code theme,budget} rows: the budget per theme for stateless allocation. */
public final class ThemeBudgetRows {

    private ThemeBudgetRows() {
    }

    public static Map<String, Long> read(CsvInput table, List<CsvProblem> problems) {
        Rows rows = new Rows(table, problems);
        Optional<Integer> theme = rows.required("theme", Rows.THEME);
        Optional<Integer> budget = rows.required("budget", "bedrag", "amount", "budget_per_theme");
        Map<String, Long> budgets = new LinkedHashMap<>();
        if (theme.isEmpty() || budget.isEmpty()) {
            return budgets;
        }
        for (CsvInput.Row row : rows.rows()) {
            String name = row.cell(theme.get());
            if (name.isEmpty()) {
                rows.reject(row, "csv.theme.missing");
                continue;
            }
            if (budgets.containsKey(name)) {
                rows.reject(row, "csv.theme.duplicate", name);
                continue;
            }
            rows.amount(row, budget.get(), "budget").ifPresent(cents -> budgets.put(name, cents));
        }
        return budgets;
    }
}
