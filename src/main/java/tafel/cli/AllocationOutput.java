package tafel.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tafel.antwerp.Allocation;
import tafel.antwerp.Money;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;

/**
 * Prints an allocation the same way for {@code projects allocate} and {@code antwerp results}:
 * CSV {@code id,title,theme,cost,votes,rank,funded,remaining}; a table per theme for people;
 * JSON with themes, projects and the pool.
 */
final class AllocationOutput {

    private final Console console;
    private final Map<String, String> themeNames;

    AllocationOutput(Console console, Map<String, String> themeNames) {
        this.console = console;
        this.themeNames = themeNames;
    }

    static String score(BigDecimal score) {
        return score.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    void csv(Allocation.Result result) {
        try (CsvOutput csv = CsvOutput.machine(console.out(), "id", "title", "theme", "cost", "votes", "rank", "funded",
                "remaining")) {
            for (Allocation.Row row : result.rows()) {
                csv.row(row.candidate().id(), row.candidate().title(), row.candidate().theme(),
                        Money.plain(row.candidate().cost()), row.candidate().votes(), row.rank(),
                        row.funded() ? "yes" : "no", Money.plain(row.remaining()));
            }
        }
        console.out().flush();
    }

    ObjectNode json(JsonOutput json, Allocation.Result result, Map<String, String> notes) {
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

    void table(Allocation.Result result, Map<String, String> notes, boolean pooled) {
        var out = console.out();
        var locale = console.messages().locale();
        for (Map.Entry<String, Long> theme : result.themeBudgets().entrySet()) {
            List<Allocation.Row> rows = result.rows().stream()
                    .filter(row -> row.candidate().theme().equals(theme.getKey())).toList();
            long spent = rows.stream().filter(row -> row.funded() && !row.fromPool()).mapToLong(row -> row.candidate().cost()).sum();
            String name = themeNames.getOrDefault(theme.getKey(), theme.getKey());
            out.println(console.style().bold(console.text("alloc.theme", name.isEmpty() ? "-" : name,
                    Money.display(theme.getValue(), locale), Money.display(spent, locale),
                    Money.display(theme.getValue() - spent, locale))));
            if (notes.containsKey(theme.getKey())) {
                out.println("  " + notes.get(theme.getKey()));
            }
            TextTable table = new TextTable(List.of(console.text("alloc.col.rank"), console.text("alloc.col.id"),
                    console.text("alloc.col.title"), console.text("alloc.col.cost"), console.text("alloc.col.votes"),
                    console.text("alloc.col.score"), console.text("alloc.col.funded"), console.text("alloc.col.remaining")),
                    true, false, false, true, true, true, false, true);
            for (Allocation.Row row : rows) {
                String funded = row.funded() ? (row.fromPool() ? console.text("alloc.funded.pool") : console.text("alloc.funded.yes"))
                        : console.text("alloc.funded.no");
                table.row(row.rank(), row.candidate().id(), row.candidate().title(),
                        Money.display(row.candidate().cost(), locale), row.candidate().breakdown(),
                        score(row.candidate().score()), funded,
                        Money.display(row.remaining(), locale));
            }
            table.print(out, console.style());
            out.println();
        }
        if (pooled) {
            out.println(console.text("alloc.pool", Money.display(result.poolStart(), locale),
                    Money.display(result.poolRemaining(), locale)));
        }
        out.println(console.style().bold(console.text("alloc.total", Money.display(result.fundedTotal(), locale),
                result.rows().stream().filter(Allocation.Row::funded).count(), result.rows().size())));
        out.flush();
    }
}
