package tafel.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tafel.antwerp.Allocation;
import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.AntwerpRules;
import tafel.antwerp.BudgetWeighting;
import tafel.antwerp.Money;
import tafel.antwerp.ProcessState;
import tafel.antwerp.ProjectRule;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeTally;
import tafel.i18n.Messages;
import tafel.i18n.OutcomeNotes;
import tafel.i18n.RulesInWords;

/**
 * The report of an Antwerp-model process for residents, the district board and the council:
 * the ranked themes, the budget per theme, and per theme the funded and not funded projects
 * with cost, score and remaining budget, each with a chart; then the audit of corrections.
 */
public final class AntwerpReport {

    private AntwerpReport() {
    }

    public static byte[] render(String title, AntwerpRules rules, AntwerpOutcome outcome, Map<String, String> themeNames,
                                ProcessState state, Messages messages, OffsetDateTime madeAt) {
        var locale = messages.locale();
        try (Pdf pdf = new Pdf(title)) {
            pdf.footer(title + " · " + messages.get("report.madeWith", madeAt.toLocalDate().toString()));
            pdf.newPage();
            pdf.space(90);
            pdf.small(messages.get("report.antwerp.kind"));
            pdf.title(title);
            pdf.space(10);
            pdf.field(messages.get("report.antwerp.budget"), Money.display(rules.budget(), locale));
            pdf.subheading(messages.get("report.antwerp.rules"));
            RulesInWords.lines(rules, messages).forEach(pdf::text);

            themes(pdf, outcome.themes(), messages);
            budgets(pdf, outcome, themeNames, messages, rules, state);
            projects(pdf, outcome, themeNames, messages, rules.projectRule() == ProjectRule.EQUAL_SHARES);
            audit(pdf, state, messages);
            return pdf.finish(messages.get("report.page"));
        }
    }

    private static void themes(Pdf pdf, ThemeTally.Result tally, Messages messages) {
        pdf.newPage();
        pdf.heading(messages.get("antwerp.results.themes", tally.selected().size(), tally.ranking().size(), tally.tablesCounted()));
        List<List<String>> rows = new ArrayList<>();
        List<Pdf.Bar> bars = new ArrayList<>();
        for (ThemeTally.RankedTheme ranked : tally.ranking()) {
            if (ranked.tables() == 0) {
                continue;
            }
            rows.add(List.of(Integer.toString(ranked.rank()), ranked.theme().id(), ranked.theme().name(),
                    Integer.toString(ranked.tables()), ranked.selected() ? messages.get("alloc.funded.yes") : ranked.tiedAtCut() ? "=" : ""));
            bars.add(new Pdf.Bar(ranked.theme().name(), ranked.tables(), Integer.toString(ranked.tables()), ranked.selected()));
        }
        pdf.table(List.of(messages.get("antwerp.col.rank"), messages.get("antwerp.col.theme"), messages.get("antwerp.col.name"),
                messages.get("antwerp.col.tables"), messages.get("antwerp.col.selected")), new float[] {0.08f, 0.1f, 0.54f, 0.14f, 0.14f},
                new boolean[] {true, false, false, true, false}, rows);
        tally.tie().ifPresent(tie -> pdf.text(messages.get("antwerp.tie", tie.themes().size(), tie.tables(), tie.places(),
                String.join(", ", tie.themes().stream().map(Theme::name).toList()))));
        pdf.barChart(messages.get("report.antwerp.themesChart"), bars);
    }

    private static void budgets(Pdf pdf, AntwerpOutcome outcome, Map<String, String> names, Messages messages,
                                AntwerpRules rules, ProcessState state) {
        pdf.heading(messages.get("report.antwerp.budgetHeading"));
        if (outcome.budgets().isEmpty()) {
            pdf.text(messages.get("antwerp.results.noBudget"));
            return;
        }
        var locale = messages.locale();
        List<List<String>> rows = new ArrayList<>();
        List<Pdf.Bar> bars = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Long> budget : outcome.budgets().get().entrySet()) {
            rows.add(List.of(budget.getKey(), names.getOrDefault(budget.getKey(), budget.getKey()), Money.display(budget.getValue(), locale)));
            bars.add(new Pdf.Bar(names.getOrDefault(budget.getKey(), budget.getKey()), budget.getValue(),
                    Money.display(budget.getValue(), locale), true));
            total += budget.getValue();
        }
        rows.add(List.of("", messages.get("antwerp.total"), Money.display(total, locale)));
        pdf.table(List.of(messages.get("antwerp.col.theme"), messages.get("antwerp.col.name"), messages.get("antwerp.col.budget")),
                new float[] {0.1f, 0.6f, 0.3f}, new boolean[] {false, false, true}, rows);
        OutcomeNotes.budget(rules, outcome, state, messages).forEach(pdf::text);
        pdf.barChart(messages.get("report.antwerp.budgetChart"), bars);
        if (rules.chips().isPresent() || rules.budgetWeighting() == BudgetWeighting.PARTICIPANTS) {
            pdf.subheading(messages.get("report.antwerp.tables"));
            pdf.table(List.of(messages.get("report.antwerp.table"), messages.get("report.antwerp.participants"),
                    messages.get("report.antwerp.placed")), new float[] {0.3f, 0.3f, 0.4f}, new boolean[] {false, true, true},
                    OutcomeNotes.tables(rules, state, messages));
        }
    }

    private static void projects(Pdf pdf, AntwerpOutcome outcome, Map<String, String> names, Messages messages,
                                 boolean equalShares) {
        pdf.newPage();
        pdf.heading(messages.get("antwerp.results.projects"));
        if (equalShares) {
            pdf.text(messages.get("antwerp.results.equalShares"));
        }
        if (outcome.allocation().isEmpty()) {
            pdf.text(messages.get("antwerp.results.noProjects"));
            return;
        }
        var locale = messages.locale();
        Allocation.Result result = outcome.allocation().get();
        for (Map.Entry<String, Long> theme : result.themeBudgets().entrySet()) {
            List<Allocation.Row> rows = result.rows().stream().filter(row -> row.candidate().theme().equals(theme.getKey())).toList();
            long spent = rows.stream().filter(row -> row.funded() && !row.fromPool()).mapToLong(row -> row.candidate().cost()).sum();
            pdf.subheading(messages.get("alloc.theme", names.getOrDefault(theme.getKey(), theme.getKey()),
                    Money.display(theme.getValue(), locale), Money.display(spent, locale), Money.display(theme.getValue() - spent, locale)));
            OutcomeNotes.perTheme(outcome, messages).getOrDefault(theme.getKey(), List.of()).forEach(pdf::small);
            List<List<String>> table = new ArrayList<>();
            List<Pdf.Bar> bars = new ArrayList<>();
            for (Allocation.Row row : rows) {
                String funded = row.funded() ? messages.get(row.fromPool() ? "alloc.funded.pool" : "alloc.funded.yes")
                        : messages.get("alloc.funded.no");
                table.add(List.of(Integer.toString(row.rank()), row.candidate().id(), row.candidate().title(),
                        Money.display(row.candidate().cost(), locale), row.candidate().breakdown(),
                        row.candidate().votes(), funded, Money.display(row.remaining(), locale)));
                bars.add(new Pdf.Bar(row.candidate().id() + " " + row.candidate().title(), row.candidate().score().doubleValue(),
                        row.candidate().votes(), row.funded()));
            }
            pdf.table(List.of(messages.get("alloc.col.rank"), messages.get("alloc.col.id"), messages.get("alloc.col.title"),
                    messages.get("alloc.col.cost"), messages.get("alloc.col.votes"), messages.get("alloc.col.score"),
                    messages.get("alloc.col.funded"), messages.get("alloc.col.remaining")),
                    new float[] {0.06f, 0.07f, 0.30f, 0.12f, 0.09f, 0.09f, 0.14f, 0.13f},
                    new boolean[] {true, false, false, true, true, true, false, true}, table);
            pdf.barChart(messages.get("report.antwerp.scoreChart"), bars);
        }
        pdf.text(messages.get("alloc.total", Money.display(result.fundedTotal(), locale),
                result.rows().stream().filter(Allocation.Row::funded).count(), result.rows().size()));
    }

    private static void audit(Pdf pdf, ProcessState state, Messages messages) {
        pdf.heading(messages.get("antwerp.results.audit"));
        if (state.audit().isEmpty()) {
            pdf.text(messages.get("report.audit.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ProcessState.Correction correction : state.audit()) {
            rows.add(List.of(Integer.toString(correction.entry()), correction.what(),
                    messages.get(correction.undone() ? "report.audit.undone" : "report.audit.replaced", correction.by())));
        }
        pdf.table(List.of(messages.get("report.audit.entry"), messages.get("report.audit.what"), messages.get("report.audit.by")),
                new float[] {0.1f, 0.6f, 0.3f}, new boolean[] {true, false, false}, rows);
    }
}
