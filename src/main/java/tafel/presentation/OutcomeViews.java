package tafel.presentation;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.ProjectScoring;
import tafel.antwerp.Money;
import tafel.antwerp.Rounding;
import tafel.antwerp.TableRoster;
import tafel.app.AntwerpProcess;
import tafel.i18n.Messages;
import tafel.i18n.OutcomeNotes;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;

/**
 * The outcome of an Antwerp process for programs, one definition each, shared by
 * {@code antwerp results}, {@code export} and the coming web API (docs/export-format.md).
 */
public final class OutcomeViews {

    /** The steps of the Antwerp model, as {@code --step} names them. */
    public enum Step { themes, budget, projects }

    private OutcomeViews() {
    }

    /** The step a CSV shows when none is asked for: the furthest the process has come. */
    public static Step furthest(AntwerpOutcome outcome) {
        return outcome.allocation().isPresent() ? Step.projects
                : outcome.budgets().isPresent() || outcome.direct() ? Step.budget : Step.themes;
    }

    /** @param words plain CSV for programs, or Dutch Excel's dialect in the reader's words */
    public static void csv(PrintWriter out, AntwerpProcess process, AntwerpOutcome outcome, Step step, CsvWords words) {
        boolean excel = words.excel();
        switch (step) {
            case themes -> {
                try (CsvOutput csv = CsvOutput.of(excel, out, words.header("theme", "name", "tables", "rank", "selected"))) {
                    outcome.themes().ranking().forEach(ranked -> csv.row(ranked.theme().id(), ranked.theme().name(),
                            ranked.tables(), ranked.rank(), words.yesNo(ranked.selected())));
                }
            }
            case budget -> outcome.plans().ifPresentOrElse(plans -> {
                try (CsvOutput csv = CsvOutput.of(excel, out, words.header("plan", "title", "chips", "worth", "cost", "funded",
                        "short_by"))) {
                    plans.plans().forEach(plan -> csv.row(plan.project().id(), plan.project().title(), plan.chips(),
                            Money.plain(plan.worth()), Money.plain(plan.project().cost()), words.yesNo(plan.funded()),
                            Money.plain(plan.shortBy())));
                }
            }, () -> {
                try (CsvOutput csv = CsvOutput.of(excel, out, words.header("theme", "name", "budget"))) {
                    outcome.budgets().ifPresent(budgets -> budgets.forEach((theme, cents) ->
                            csv.row(theme, names(process).get(theme), Money.plain(cents))));
                }
            });
            default -> projectsCsv(out, process, outcome, words);
        }
        out.flush();
    }

    /**
     * The projects as decided: the theme's name next to its id, live (table) and online votes and
     * the score in columns of their own (the votes column of allocate holds the score here).
     */
    private static void projectsCsv(PrintWriter out, AntwerpProcess process, AntwerpOutcome outcome, CsvWords words) {
        Map<String, ProjectScoring.Scored> scored = new java.util.HashMap<>();
        outcome.scores().forEach(theme -> theme.projects().forEach(project -> scored.put(project.project().id(), project)));
        Map<String, String> themeNames = names(process);
        try (CsvOutput csv = CsvOutput.of(words.excel(), out, words.header("id", "title", "theme", "theme_name", "cost",
                "live_votes", "online_votes", "score", "rank", "funded", "remaining"))) {
            outcome.allocation().ifPresent(result -> {
                for (tafel.antwerp.Allocation.Row row : result.rows()) {
                    ProjectScoring.Scored votes = scored.get(row.candidate().id());
                    String partly = outcome.partialAwards().containsKey(row.candidate().id()) ? "partial" : null;
                    csv.row(row.candidate().id(), row.candidate().title(), row.candidate().theme(),
                            themeNames.getOrDefault(row.candidate().theme(), ""), Money.plain(row.candidate().cost()),
                            votes == null ? "" : votes.liveVotes(), votes == null ? "" : votes.onlineVotes(),
                            row.candidate().score().setScale(4, java.math.RoundingMode.HALF_UP).toPlainString(), row.rank(),
                            partly != null ? words.word(partly) : words.yesNo(row.funded()), Money.plain(row.remaining()));
                }
            });
        }
    }

    /** The JSON of {@link #json} printed: {@code antwerp results --format json} and {@code export --format json}. */
    public static void printJson(PrintWriter out, AntwerpProcess process, AntwerpOutcome outcome, Step step,
                                 Messages messages) {
        JsonOutput json = new JsonOutput();
        json.print(out, json(json, process, outcome, step, messages));
    }

    /** The whole outcome ({@code step} null) or one step, with the audit when whole. */
    public static ObjectNode json(JsonOutput json, AntwerpProcess process, AntwerpOutcome outcome, Step step,
                                  Messages messages) {
        ObjectNode root = json.object().put("title", process.contents().title())
                .put("total_budget", new BigDecimal(Money.plain(process.rules().budget())))
                .put("project_rule", process.rules().projectRule().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (step == null || step == Step.themes) {
            ObjectNode themes = root.putObject("themes").put("tables", outcome.themes().tablesCounted())
                    .put("decided", outcome.themes().decided());
            ArrayNode ranking = themes.putArray("ranking");
            outcome.themes().ranking().forEach(ranked -> ranking.addObject().put("theme", ranked.theme().id())
                    .put("name", ranked.theme().name()).put("tables", ranked.tables()).put("rank", ranked.rank())
                    .put("selected", ranked.selected()).put("tied_at_cut", ranked.tiedAtCut()));
            process.roster().ifPresent(roster -> {
                themes.put("tables_expected", roster.tables().size());
                missing(themes.putObject("tables_missing"), process.themesPresence());
            });
            outcome.themes().tie().ifPresent(tie -> {
                ObjectNode node = themes.putObject("tie").put("tables", tie.tables()).put("places", tie.places())
                        .put("rule", process.rules().tieRule().configName());
                ArrayNode tied = node.putArray("themes");
                tie.themes().forEach(theme -> tied.add(theme.id()));
            });
        }
        if (step == null || step == Step.budget) {
            ObjectNode budget = root.putObject("budget").put("tables", process.state().budgetSplits().size())
                    .put("left_out_splits", outcome.staleSplits())
                    .put("online_splits", process.contents().onlineSplits().size());
            process.budgetPresence().ifPresent(presence -> {
                budget.put("tables_expected", presence.expected());
                ArrayNode missing = budget.putArray("tables_missing");
                presence.missing().forEach(missing::add);
            });
            outcome.plans().ifPresent(plans -> {
                ArrayNode list = budget.putArray("plans");
                plans.plans().forEach(plan -> list.addObject().put("plan", plan.project().id())
                        .put("title", plan.project().title()).put("chips", plan.chips())
                        .put("worth", new BigDecimal(Money.plain(plan.worth())))
                        .put("cost", new BigDecimal(Money.plain(plan.project().cost()))).put("funded", plan.funded())
                        .put("short_by", new BigDecimal(Money.plain(plan.shortBy()))));
                budget.put("granted", new BigDecimal(Money.plain(plans.granted())))
                        .put("unspent", new BigDecimal(Money.plain(plans.unspent())));
            });
            ArrayNode themes = budget.putArray("themes");
            outcome.budgets().filter(budgets -> !outcome.direct()).ifPresent(budgets -> budgets.forEach((theme, cents) -> themes.addObject()
                    .put("theme", theme).put("name", names(process).get(theme))
                    .put("budget", new BigDecimal(Money.plain(cents)))));
            outcome.budgets().filter(budgets -> !outcome.direct()).ifPresent(budgets -> {
                long total = budgets.values().stream().mapToLong(Long::longValue).sum();
                if (total != process.rules().themesBudget()) {
                    budget.put(process.rules().rounding() == Rounding.HALF_UP ? "rounding_difference" : "unspent",
                            new BigDecimal(Money.plain(process.rules().themesBudget() - total)));
                }
            });
        }
        if (step == null || step == Step.projects) {
            Map<String, String> notes = notes(outcome, messages);
            outcome.allocation().ifPresent(result -> root.set("projects",
                    AllocationViews.json(json, result, names(process), notes)));
            process.roster().ifPresent(roster -> {
                ObjectNode rounds = root.putObject("project_rounds").put("tables_expected", roster.tables().size());
                missing(rounds.putObject("tables_missing"), process.projectsPresence());
            });
        }
        if (step == null) {
            ArrayNode audit = root.putArray("audit");
            process.state().audit().forEach(correction -> audit.addObject().put("entry", correction.entry())
                    .put("what", correction.what()).put("by", correction.by())
                    .put("kind", correction.undone() ? "undone" : "replaced"));
        }
        return root;
    }

    /** Per evening or round, the roster tables that have not entered yet. */
    private static void missing(ObjectNode node, Map<String, TableRoster.Presence> byGroup) {
        byGroup.forEach((group, presence) -> {
            ArrayNode list = node.putArray(group);
            presence.missing().forEach(list::add);
        });
    }

    /** A note per theme: funded without a vote, and the "ja, mits" conditions of its projects. */
    public static Map<String, String> notes(AntwerpOutcome outcome, Messages messages) {
        Map<String, String> notes = new LinkedHashMap<>();
        OutcomeNotes.perTheme(outcome, messages).forEach((theme, lines) -> notes.put(theme, String.join("\n  ", lines)));
        return notes;
    }

    /** Theme names by id, in catalogue order. */
    public static Map<String, String> names(AntwerpProcess process) {
        Map<String, String> names = new LinkedHashMap<>();
        process.budgetCatalogue().themes().forEach(theme -> names.put(theme.id(), theme.name()));
        return names;
    }
}
