package tafel.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tafel.antwerp.Allocation;
import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.AntwerpRules;
import tafel.antwerp.BudgetWeighting;
import tafel.antwerp.Money;
import tafel.antwerp.PlanChips;
import tafel.antwerp.ProcessState;
import tafel.antwerp.Project;
import tafel.antwerp.ProjectRule;
import tafel.antwerp.ProjectScoring;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeTally;
import tafel.i18n.Decimals;
import tafel.i18n.EntryWords;
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

    /**
     * What the first page says besides the outcome: who and where, how many took part online, the
     * projects that were not feasible (with why).
     *
     * @param about         organisation and place, as the rules file writes them
     * @param onlineVoters  how many voted online for projects
     * @param notFeasible   the projects judged not feasible, not on any ballot
     */
    /** @param logo an image for the top of page one (PNG or JPEG bytes), when the rules name one */
    public record Facts(List<String> about, int onlineVoters, List<Project> notFeasible, Optional<byte[]> logo) {
        public Facts {
            about = List.copyOf(about);
            notFeasible = List.copyOf(notFeasible);
        }

        public Facts(List<String> about, int onlineVoters, List<Project> notFeasible) {
            this(about, onlineVoters, notFeasible, Optional.empty());
        }
    }

    public static byte[] render(String title, AntwerpRules rules, AntwerpOutcome outcome, Map<String, String> themeNames,
                                ProcessState state, Messages messages, OffsetDateTime madeAt) {
        return render(title, rules, outcome, themeNames, state, new Facts(List.of(), 0, List.of()), messages, madeAt);
    }

    public static byte[] render(String title, AntwerpRules rules, AntwerpOutcome outcome, Map<String, String> themeNames,
                                ProcessState state, Facts facts, Messages messages, OffsetDateTime madeAt) {
        return render(title, rules, outcome, themeNames, state, facts, messages, madeAt, text -> { });
    }

    /** @param unprintable told each text with a character no embedded font has (printed as □) */
    public static byte[] render(String title, AntwerpRules rules, AntwerpOutcome outcome, Map<String, String> themeNames,
                                ProcessState state, Facts facts, Messages messages, OffsetDateTime madeAt,
                                java.util.function.Consumer<String> unprintable) {
        try (Pdf pdf = new Pdf(title, messages.locale())) {
            pdf.footer(title + " · " + messages.get("report.madeWith", madeAt.toLocalDate().toString()));
            pdf.newPage();
            if (outcome.direct()) {
                // chips directly on plans: no themes, no budget per theme, no project vote to report
                heading(pdf, title, state, facts, messages);
                plans(pdf, rules, outcome, state, messages);
                pdf.heading(messages.get("report.antwerp.rules"));
                RulesInWords.lines(rules, messages).forEach(pdf::text);
                audit(pdf, state, themeNames, messages);
                return pdf.finish(messages.get("report.page"), unprintable);
            }
            summary(pdf, title, rules, outcome, themeNames, state, facts, messages);
            pdf.heading(messages.get("report.antwerp.rules"));
            RulesInWords.lines(rules, messages).forEach(pdf::text);

            themes(pdf, outcome.themes(), messages);
            budgets(pdf, outcome, themeNames, messages, rules, state);
            projects(pdf, outcome, themeNames, messages, rules.projectRule() == ProjectRule.EQUAL_SHARES);
            audit(pdf, state, themeNames, messages);
            return pdf.finish(messages.get("report.page"), unprintable);
        }
    }

    /** The title, who organised it and where, and the days the entries were made. */
    private static void heading(Pdf pdf, String title, ProcessState state, Facts facts, Messages messages) {
        var locale = messages.locale();
        facts.logo().ifPresent(logo -> pdf.logo(logo, messages.get("report.logo", String.join(", ", facts.about()))));
        pdf.small(messages.get("report.antwerp.kind"));
        pdf.title(title);
        List<String> where = new ArrayList<>(facts.about());
        List<LocalDate> days = state.events().stream().map(event -> event.at().toLocalDate()).sorted().toList();
        if (!days.isEmpty()) {
            DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
            where.add(days.get(0).equals(days.get(days.size() - 1)) ? day.format(days.get(0))
                    : day.format(days.get(0)) + " – " + day.format(days.get(days.size() - 1)));
        }
        if (!where.isEmpty()) {
            pdf.text(String.join(" · ", where));
        }
    }

    /**
     * Chips directly on plans (Emmen 2023): who placed chips, and per plan its chips, what they are
     * worth, what it asked and whether it is funded; what stays unspent and why; chips per table.
     */
    private static void plans(Pdf pdf, AntwerpRules rules, AntwerpOutcome outcome, ProcessState state, Messages messages) {
        var locale = messages.locale();
        pdf.space(6);
        pdf.subheading(messages.get("report.summary.turnout"));
        int people = state.budgetSplits().stream().mapToInt(split -> split.participants().orElse(0)).sum();
        pdf.text(messages.get("report.plans.turnout", state.budgetSplits().size(), people));
        pdf.heading(messages.get("report.summary.decided"));
        PlanChips.Result plans = outcome.plans().orElseThrow();
        if (state.budgetSplits().isEmpty()) {
            pdf.text(messages.get("antwerp.results.noChips"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (PlanChips.Plan plan : plans.plans()) {
            rows.add(List.of(plan.project().id() + " " + plan.project().title(), String.valueOf(plan.chips()),
                    Money.display(plan.worth(), locale), Money.display(plan.project().cost(), locale),
                    OutcomeNotes.decision(plan, messages)));
        }
        rows.add(List.of(messages.get("antwerp.total.granted"), "", Money.display(plans.granted(), locale), "", ""));
        pdf.table(List.of(messages.get("antwerp.col.plan"), messages.get("antwerp.col.chips"), messages.get("antwerp.col.worth"),
                messages.get("antwerp.col.asked"), messages.get("antwerp.col.decision")),
                new float[] {0.34f, 0.1f, 0.14f, 0.14f, 0.28f}, new boolean[] {false, true, true, true, false}, rows);
        OutcomeNotes.budget(rules, outcome, state, messages).forEach(pdf::text);
        pdf.subheading(messages.get("report.plans.tables"));
        pdf.table(List.of(messages.get("report.antwerp.table"), messages.get("report.antwerp.participants"),
                messages.get("report.antwerp.placed")), new float[] {0.3f, 0.3f, 0.4f}, new boolean[] {false, true, true},
                OutcomeNotes.tables(rules, state, messages));
    }

    /**
     * Page one: what was decided — the funded projects with their amounts and the total, what stays
     * unspent and why, the themes and their budgets, how a tie was decided, who took part.
     */
    private static void summary(Pdf pdf, String title, AntwerpRules rules, AntwerpOutcome outcome, Map<String, String> names,
                                ProcessState state, Facts facts, Messages messages) {
        var locale = messages.locale();
        heading(pdf, title, state, facts, messages);
        pdf.space(6);
        ThemeTally.Result tally = outcome.themes();
        pdf.subheading(messages.get("report.summary.turnout"));
        long rounds = state.projectChoices().stream().map(choice -> choice.round()).distinct().count();
        pdf.text(messages.get("report.summary.turnoutText", tally.tablesCounted(), state.budgetSplits().size(),
                state.projectChoices().size(), rounds, facts.onlineVoters()));
        pdf.subheading(messages.get("report.summary.themes"));
        List<String> themes = tally.selected().stream().map(theme -> outcome.budgets()
                .map(budgets -> theme.name() + " " + Money.display(budgets.getOrDefault(theme.id(), 0L), locale))
                .orElse(theme.name())).toList();
        pdf.text(themes.isEmpty() ? messages.get("report.summary.noThemes") : String.join(" · ", themes));
        tally.tie().ifPresent(tie -> pdf.text(messages.get("report.summary.tie." + rules.tieRule().configName(),
                String.join(", ", tie.themes().stream().map(Theme::name).toList()), rules.lotSeed(),
                String.join(", ", state.tiePicks().stream().map(id -> names.getOrDefault(id, id)).toList()))));
        pdf.heading(messages.get("report.summary.decided"));
        if (outcome.allocation().isEmpty()) {
            pdf.text(messages.get("report.summary.notYet"));
        } else {
            Allocation.Result result = outcome.allocation().get();
            List<List<String>> rows = new ArrayList<>();
            for (Allocation.Row row : result.rows()) {
                if (row.funded()) {
                    rows.add(List.of(row.candidate().id() + " " + row.candidate().title(),
                            names.getOrDefault(row.candidate().theme(), row.candidate().theme()),
                            Money.display(row.candidate().cost(), locale)));
                }
            }
            outcome.partialAwards().forEach((id, amount) -> result.rows().stream().filter(row -> row.candidate().id().equals(id))
                    .findFirst().ifPresent(row -> rows.add(List.of(row.candidate().id() + " " + row.candidate().title() + " "
                            + messages.get("report.summary.partly"), names.getOrDefault(row.candidate().theme(), ""),
                            Money.display(amount, locale)))));
            long funded = result.fundedTotal() + outcome.partialAwards().values().stream().mapToLong(Long::longValue).sum();
            rows.add(List.of(messages.get("antwerp.total"), "", Money.display(funded, locale)));
            pdf.table(List.of(messages.get("report.summary.project"), messages.get("antwerp.col.theme"),
                    messages.get("report.summary.amount")), new float[] {0.55f, 0.27f, 0.18f}, new boolean[] {false, false, true}, rows);
            long unspent = rules.budget() - funded;
            pdf.text(messages.get("report.summary.money", rows.size() - 1, Money.display(funded, locale),
                    Money.display(rules.budget(), locale), Money.display(Math.max(0, unspent), locale)));
            if (unspent > 0) {
                pdf.text(messages.get("report.summary.unspentWhy"));
            }
            facts.notFeasible().forEach(project -> pdf.small(messages.get("report.summary.notFeasible", project.id(),
                    project.title(), project.conditions().isBlank() ? messages.get("report.summary.noReason") : project.conditions())));
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
            // the reader knows a theme by its name; its id is the catalogue's business
            rows.add(List.of(Integer.toString(ranked.rank()), ranked.theme().name(),
                    Integer.toString(ranked.tables()), ranked.selected() ? messages.get("alloc.funded.yes") : ranked.tiedAtCut() ? "=" : ""));
            bars.add(new Pdf.Bar(ranked.theme().name(), ranked.tables(), Integer.toString(ranked.tables()), ranked.selected()));
        }
        pdf.table(List.of(messages.get("antwerp.col.rank"), messages.get("antwerp.col.theme"),
                messages.get("antwerp.col.tables"), messages.get("antwerp.col.selected")), new float[] {0.1f, 0.62f, 0.14f, 0.14f},
                new boolean[] {true, false, true, false}, rows);
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
            rows.add(List.of(names.getOrDefault(budget.getKey(), budget.getKey()), Money.display(budget.getValue(), locale)));
            bars.add(new Pdf.Bar(names.getOrDefault(budget.getKey(), budget.getKey()), budget.getValue(),
                    Money.display(budget.getValue(), locale), true));
            total += budget.getValue();
        }
        rows.add(List.of(messages.get("antwerp.total"), Money.display(total, locale)));
        pdf.table(List.of(messages.get("antwerp.col.theme"), messages.get("antwerp.col.budget")),
                new float[] {0.7f, 0.3f}, new boolean[] {false, true}, rows);
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
        // votes at the tables and online in columns of their own, as the score formula weighs them apart
        Map<String, ProjectScoring.Scored> votes = new java.util.HashMap<>();
        outcome.scores().forEach(scores -> scores.projects().forEach(scored -> votes.put(scored.project().id(), scored)));
        for (Map.Entry<String, Long> theme : result.themeBudgets().entrySet()) {
            List<Allocation.Row> rows = result.rows().stream().filter(row -> row.candidate().theme().equals(theme.getKey())).toList();
            long spent = rows.stream().filter(row -> row.funded() && !row.fromPool()).mapToLong(row -> row.candidate().cost()).sum();
            // a theme's table and its chart on one page when they fit on one: about 40 pt per project for both
            pdf.ensure(Math.min(Pdf.A4_HEIGHT - 3 * Pdf.MARGIN, 70 + 40f * rows.size()));
            pdf.subheading(messages.get("alloc.theme", names.getOrDefault(theme.getKey(), theme.getKey()),
                    Money.display(theme.getValue(), locale), Money.display(spent, locale), Money.display(theme.getValue() - spent, locale)));
            OutcomeNotes.perTheme(outcome, messages).getOrDefault(theme.getKey(), List.of()).forEach(pdf::small);
            List<List<String>> table = new ArrayList<>();
            List<Pdf.Bar> bars = new ArrayList<>();
            for (Allocation.Row row : rows) {
                // why not: what it lacked when its turn came
                String funded = row.funded() ? messages.get(row.fromPool() ? "alloc.funded.pool" : "alloc.funded.yes")
                        : row.candidate().cost() > row.remaining() ? messages.get("report.notFunded.short",
                                Money.display(row.candidate().cost() - row.remaining(), locale))
                        : messages.get("alloc.funded.no");
                ProjectScoring.Scored counted = votes.get(row.candidate().id());
                table.add(List.of(Integer.toString(row.rank()), row.candidate().id(), row.candidate().title(),
                        Money.display(row.candidate().cost(), locale), counted == null ? "" : Long.toString(counted.liveVotes()),
                        counted == null ? "" : Long.toString(counted.onlineVotes()),
                        Decimals.display(row.candidate().score(), locale), funded, Money.display(row.remaining(), locale)));
                bars.add(new Pdf.Bar(row.candidate().id() + " " + row.candidate().title(), row.candidate().score().doubleValue(),
                        Decimals.display(row.candidate().score(), locale), row.funded()));
            }
            pdf.table(List.of(messages.get("alloc.col.rank"), messages.get("alloc.col.id"), messages.get("alloc.col.title"),
                    messages.get("alloc.col.cost"), messages.get("report.col.liveVotes"), messages.get("report.col.onlineVotes"),
                    messages.get("alloc.col.score"), messages.get("alloc.col.funded"), messages.get("alloc.col.remaining")),
                    new float[] {0.08f, 0.06f, 0.24f, 0.11f, 0.07f, 0.07f, 0.09f, 0.16f, 0.12f},
                    new boolean[] {true, false, false, true, true, true, true, false, true}, table);
            pdf.barChart(messages.get("report.antwerp.scoreChart"), bars);
        }
        pdf.text(messages.get("alloc.total", Money.display(result.fundedTotal(), locale),
                result.rows().stream().filter(Allocation.Row::funded).count(), result.rows().size()));
    }

    private static void audit(Pdf pdf, ProcessState state, Map<String, String> names, Messages messages) {
        pdf.heading(messages.get("antwerp.results.audit"));
        if (state.audit().isEmpty()) {
            pdf.text(messages.get("report.audit.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ProcessState.Correction correction : state.audit()) {
            rows.add(List.of(Integer.toString(correction.entry()), EntryWords.describe(correction.event(), names, messages),
                    messages.get(correction.undone() ? "report.audit.undone" : "report.audit.replaced", correction.by())));
        }
        pdf.table(List.of(messages.get("report.audit.entry"), messages.get("report.audit.what"), messages.get("report.audit.by")),
                new float[] {0.1f, 0.6f, 0.3f}, new boolean[] {true, false, false}, rows);
    }
}
