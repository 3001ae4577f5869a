package tafel.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import tafel.antwerp.Allocation;
import tafel.antwerp.Money;
import tafel.i18n.Decimals;

/**
 * Prints an allocation for people the same way for {@code projects allocate} and
 * {@code antwerp results}: a table per theme. CSV and JSON are in presentation/AllocationViews.
 */
final class AllocationOutput {

    private final Console console;
    private final Map<String, String> themeNames;

    AllocationOutput(Console console, Map<String, String> themeNames) {
        this.console = console;
        this.themeNames = themeNames;
    }

    void table(Allocation.Result result, Map<String, String> notes, boolean pooled) {
        table(result, notes, pooled, Optional.empty());
    }

    /** @param partial the project funded partly from reserves (greedy-custom as Poznań has it), said so in its row */
    void table(Allocation.Result result, Map<String, String> notes, boolean pooled, Optional<String> partial) {
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
                String funded = partial.filter(row.candidate().id()::equals).isPresent() ? console.text("alloc.funded.partial")
                        : row.funded() ? (row.fromPool() ? console.text("alloc.funded.pool") : console.text("alloc.funded.yes"))
                        : console.text("alloc.funded.no");
                table.row(row.rank(), row.candidate().id(), row.candidate().title(),
                        Money.display(row.candidate().cost(), locale), row.candidate().breakdown(),
                        Decimals.display(row.candidate().score(), locale), funded,
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
