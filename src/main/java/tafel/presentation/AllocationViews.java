package tafel.presentation;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tafel.antwerp.Allocation;
import tafel.antwerp.Money;
import tafel.app.AllocateProjects;
import tafel.i18n.Messages;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;

/**
 * An allocation for programs, one definition each, shared by {@code projects allocate},
 * {@code antwerp results}, {@code export} and the coming web API: CSV
 * {@code id,title,theme,cost,votes,rank,funded,remaining}; JSON with themes, projects and the pool.
 */
public final class AllocationViews {

    private AllocationViews() {
    }

    /** A score as shown everywhere: at most four decimals, no trailing zeros. */
    public static String score(BigDecimal score) {
        return score.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** @param excel Dutch Excel's dialect ({@code ;}, BOM, formulas defused) instead of plain CSV */
    public static void csv(PrintWriter out, Allocation.Result result, boolean excel) {
        csv(out, result, excel, Optional.empty());
    }

    /** @param partial the project funded partly from reserves (greedy-custom as Poznań has it): "partial" instead of "yes" */
    public static void csv(PrintWriter out, Allocation.Result result, boolean excel, Optional<String> partial) {
        try (CsvOutput csv = CsvOutput.of(excel, out, "id", "title", "theme", "cost", "votes", "rank", "funded",
                "remaining")) {
            for (Allocation.Row row : result.rows()) {
                csv.row(row.candidate().id(), row.candidate().title(), row.candidate().theme(),
                        Money.plain(row.candidate().cost()), row.candidate().votes(), row.rank(),
                        partial.filter(row.candidate().id()::equals).isPresent() ? "partial" : row.funded() ? "yes" : "no",
                        Money.plain(row.remaining()));
            }
        }
        out.flush();
    }

    /** @param notes a note per theme (funded without a vote, conditions), in the reader's language */
    public static ObjectNode json(JsonOutput json, Allocation.Result result, Map<String, String> themeNames,
                                  Map<String, String> notes) {
        ObjectNode root = json.object();
        ArrayNode themes = root.putArray("themes");
        for (Map.Entry<String, Long> theme : result.themeBudgets().entrySet()) {
            List<Allocation.Row> rows = result.rows().stream()
                    .filter(row -> row.candidate().theme().equals(theme.getKey())).toList();
            long spent = rows.stream().filter(row -> row.funded() && !row.fromPool()).mapToLong(row -> row.candidate().cost()).sum();
            ObjectNode node = themes.addObject().put("theme", theme.getKey())
                    .put("name", themeNames.getOrDefault(theme.getKey(), theme.getKey()))
                    .put("budget", new BigDecimal(Money.plain(theme.getValue())))
                    .put("spent", new BigDecimal(Money.plain(spent)))
                    .put("remaining", new BigDecimal(Money.plain(theme.getValue() - spent)));
            if (notes.containsKey(theme.getKey())) {
                node.put("note", notes.get(theme.getKey()));
            }
            ArrayNode projects = node.putArray("projects");
            for (Allocation.Row row : rows) {
                projects.addObject().put("id", row.candidate().id()).put("title", row.candidate().title())
                        .put("cost", new BigDecimal(Money.plain(row.candidate().cost())))
                        .put("votes", row.candidate().breakdown()).put("score", new BigDecimal(score(row.candidate().score())))
                        .put("rank", row.rank()).put("funded", row.funded()).put("from_pool", row.fromPool())
                        .put("remaining", new BigDecimal(Money.plain(row.remaining())));
            }
        }
        root.putObject("pool").put("start", new BigDecimal(Money.plain(result.poolStart())))
                .put("remaining", new BigDecimal(Money.plain(result.poolRemaining())));
        root.put("funded_total", new BigDecimal(Money.plain(result.fundedTotal())));
        return root;
    }

    /** A disagreement with the official outcome in words: "funded here, not officially" or the other way. */
    public static String difference(Messages messages, AllocateProjects.Difference difference) {
        return messages.get(difference.fundedHere() ? "allocate.diff.extra" : "allocate.diff.missing", difference.id(),
                difference.title());
    }

    /** {@code projects allocate --format json}: the allocation, and how it compares with the official outcome. */
    public static void printJson(PrintWriter out, AllocateProjects.Allocated allocated, Messages messages) {
        JsonOutput json = new JsonOutput();
        ObjectNode root = json(json, allocated.result(), allocated.input().names(), Map.of());
        root.put("rule", allocated.rule().pabulibName());
        allocated.notApplied().ifPresent(declared -> root.put("rule_not_applied", declared));
        allocated.fromReserve().ifPresent(row -> root.putObject("partly_from_reserve").put("id", row.candidate().id())
                .put("from_budget", new BigDecimal(Money.plain(row.remaining())))
                .put("from_reserve", new BigDecimal(Money.plain(row.candidate().cost() - row.remaining()))));
        if (allocated.hasOfficialOutcome()) {
            ObjectNode official = root.putObject("official_outcome").put("agrees", allocated.differences().isEmpty());
            ArrayNode list = official.putArray("differences");
            allocated.differences().forEach(difference -> list.add(difference(messages, difference)));
        }
        json.print(out, root);
    }
}
