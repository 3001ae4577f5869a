package tafel.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.Money;
import tafel.antwerp.ProcessState;
import tafel.antwerp.ProjectScoring;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeTally;
import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.io.antwerp.ProcessFolder;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;

/** {@code tafel antwerp results DIR}: the whole state of the process, or one step of it. */
@Command(name = "results", mixinStandardHelpOptions = true, sortOptions = false)
final class AntwerpResultsCommand implements Callable<Integer> {

    enum Step { themes, budget, projects }

    @ParentCommand
    AntwerpCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "antwerp.dir")
    Path dir;

    @Option(names = "--step", paramLabel = "themes|budget|projects", descriptionKey = "antwerp.results.step")
    Step step;

    @Option(names = "--big", descriptionKey = "antwerp.results.big")
    boolean big;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Console console = parent.console();
        AntwerpProcess process = AntwerpProcess.open(new ConsoleNotices(console), new ProcessFolder(dir));
        AntwerpOutcome outcome = process.outcome();
        ResultsPrinter printer = new ResultsPrinter(console, process);
        switch (format.format()) {
            case csv -> printer.csv(outcome, step != null ? step : outcome.allocation().isPresent() ? Step.projects
                    : outcome.budgets().isPresent() ? Step.budget : Step.themes);
            case json -> printer.json(outcome, step);
            default -> printer.table(outcome, step, big);
        }
        return ExitCode.OK;
    }

    /** Prints an outcome; shared with the entry commands, which show the tally after each entry. */
    static final class ResultsPrinter {

        private final Console console;
        private final AntwerpProcess process;
        private final Locale locale;

        ResultsPrinter(Console console, AntwerpProcess process) {
            this.console = console;
            this.process = process;
            this.locale = console.messages().locale();
        }

        private Map<String, String> names() {
            Map<String, String> names = new LinkedHashMap<>();
            process.contents().catalogue().themes().forEach(theme -> names.put(theme.id(), theme.name()));
            return names;
        }

        void csv(AntwerpOutcome outcome, Step step) {
            switch (step) {
                case themes -> {
                    try (CsvOutput csv = CsvOutput.machine(console.out(), "theme", "name", "tables", "rank", "selected")) {
                        outcome.themes().ranking().forEach(ranked -> csv.row(ranked.theme().id(), ranked.theme().name(),
                                ranked.tables(), ranked.rank(), ranked.selected() ? "yes" : "no"));
                    }
                }
                case budget -> {
                    try (CsvOutput csv = CsvOutput.machine(console.out(), "theme", "name", "budget")) {
                        outcome.budgets().ifPresent(budgets -> budgets.forEach((theme, cents) ->
                                csv.row(theme, names().get(theme), Money.plain(cents))));
                    }
                }
                default -> outcome.allocation().ifPresentOrElse(result -> new AllocationOutput(console, names()).csv(result),
                        () -> {
                            try (CsvOutput csv = CsvOutput.machine(console.out(), "id", "title", "theme", "cost", "votes",
                                    "rank", "funded", "remaining")) {
                                // no projects step yet: the header only
                            }
                        });
            }
            console.out().flush();
        }

        void json(AntwerpOutcome outcome, Step step) {
            JsonOutput json = new JsonOutput();
            ObjectNode root = json.object().put("title", process.contents().title())
                    .put("budget", new BigDecimal(Money.plain(process.rules().budget())));
            if (step == null || step == Step.themes) {
                ObjectNode themes = root.putObject("themes").put("tables", outcome.themes().tablesCounted())
                        .put("decided", outcome.themes().decided());
                ArrayNode ranking = themes.putArray("ranking");
                outcome.themes().ranking().forEach(ranked -> ranking.addObject().put("theme", ranked.theme().id())
                        .put("name", ranked.theme().name()).put("tables", ranked.tables()).put("rank", ranked.rank())
                        .put("selected", ranked.selected()).put("tied_at_cut", ranked.tiedAtCut()));
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
                ArrayNode themes = budget.putArray("themes");
                outcome.budgets().ifPresent(budgets -> budgets.forEach((theme, cents) -> themes.addObject()
                        .put("theme", theme).put("name", names().get(theme)).put("budget", new BigDecimal(Money.plain(cents)))));
            }
            if (step == null || step == Step.projects) {
                Map<String, String> notes = notes(outcome);
                outcome.allocation().ifPresent(result -> root.set("projects",
                        new AllocationOutput(console, names()).json(json, result, notes)));
            }
            if (step == null) {
                ArrayNode audit = root.putArray("audit");
                process.state().audit().forEach(correction -> audit.addObject().put("entry", correction.entry())
                        .put("what", correction.what()).put("by", correction.by())
                        .put("kind", correction.undone() ? "undone" : "replaced"));
            }
            json.print(console.out(), root);
        }

        private Map<String, String> notes(AntwerpOutcome outcome) {
            Map<String, String> notes = new LinkedHashMap<>();
            for (ProjectScoring.ThemeScores theme : outcome.scores()) {
                if (theme.fundedWithoutVote()) {
                    notes.put(theme.theme(), console.text("antwerp.withoutVote"));
                }
                theme.projects().stream().filter(scored -> !scored.project().conditions().isEmpty()).forEach(scored ->
                        notes.merge(theme.theme(), console.text("antwerp.conditions", scored.project().id(),
                                scored.project().conditions()), (a, b) -> a + "\n  " + b));
            }
            return notes;
        }

        void table(AntwerpOutcome outcome, Step step, boolean big) {
            var out = console.out();
            if (step == null) {
                out.println(console.style().bold(console.text("antwerp.results.title", process.contents().title(),
                        Money.display(process.rules().budget(), locale))));
                out.println();
            }
            if (step == null || step == Step.themes) {
                themes(outcome.themes(), big);
            }
            if (step == null || step == Step.budget) {
                budget(outcome, big);
            }
            if (step == null || step == Step.projects) {
                out.println(console.style().bold(console.text("antwerp.results.projects")));
                if (outcome.allocation().isEmpty()) {
                    out.println("  " + console.text("antwerp.results.noProjects"));
                    out.println();
                } else {
                    new AllocationOutput(console, names()).table(outcome.allocation().get(), notes(outcome),
                            process.rules().leftover() == tafel.antwerp.Leftover.POOL);
                    out.println();
                }
            }
            if (step == null && !process.state().audit().isEmpty()) {
                out.println(console.style().bold(console.text("antwerp.results.audit")));
                for (ProcessState.Correction correction : process.state().audit()) {
                    out.println("  " + console.text(correction.undone() ? "antwerp.audit.undone" : "antwerp.audit.replaced",
                            correction.entry(), correction.what(), correction.by()));
                }
            }
            out.flush();
        }

        void themes(ThemeTally.Result tally, boolean big) {
            var out = console.out();
            out.println(console.style().bold(console.text("antwerp.results.themes", tally.selected().size(),
                    process.contents().catalogue().themes().size(), tally.tablesCounted())));
            if (big) {
                int most = tally.ranking().stream().mapToInt(ThemeTally.RankedTheme::tables).max().orElse(1);
                int width = tally.ranking().stream().mapToInt(ranked -> ranked.theme().name().length()).max().orElse(10);
                for (ThemeTally.RankedTheme ranked : tally.ranking()) {
                    if (ranked.tables() == 0) {
                        continue;
                    }
                    String bar = "█".repeat(Math.max(1, ranked.tables() * 40 / Math.max(1, most)));
                    String line = String.format("%3d  %-" + width + "s  %s %d%s", ranked.rank(), ranked.theme().name(), bar,
                            ranked.tables(), ranked.selected() ? "  ✔" : ranked.tiedAtCut() ? "  =" : "");
                    out.println(ranked.selected() ? console.style().bold(line) : line);
                    out.println();
                }
            } else {
                TextTable table = new TextTable(List.of(console.text("antwerp.col.rank"), console.text("antwerp.col.theme"),
                        console.text("antwerp.col.name"), console.text("antwerp.col.tables"),
                        console.text("antwerp.col.selected")), true, false, false, true, false);
                long unchosen = tally.ranking().stream().filter(ranked -> ranked.tables() == 0).count();
                for (ThemeTally.RankedTheme ranked : tally.ranking()) {
                    if (ranked.tables() > 0) {
                        table.row(ranked.rank(), ranked.theme().id(), ranked.theme().name(), ranked.tables(),
                                ranked.selected() ? console.text("alloc.funded.yes") : ranked.tiedAtCut() ? "=" : "");
                    }
                }
                table.print(out, console.style());
                if (unchosen > 0) {
                    out.println(console.text("antwerp.unchosen", unchosen));
                }
            }
            tally.tie().ifPresent(tie -> {
                String names = String.join(", ", tie.themes().stream().map(Theme::name).toList());
                out.println(console.style().warning(console.text("antwerp.tie", tie.themes().size(), tie.tables(),
                        tie.places(), names)));
                String rule = process.rules().tieRule().configName();
                if (!tally.decided()) {
                    out.println(console.style().warning(console.text("antwerp.tie.open", dirHint())));
                } else {
                    List<String> chosen = tally.selected().stream().filter(tie.themes()::contains).map(Theme::name).toList();
                    out.println(process.rules().tieRule() == tafel.antwerp.TieRule.LOT
                            ? console.text("antwerp.tie.drawn", Long.toString(process.rules().lotSeed()), String.join(", ", chosen))
                            : console.text("antwerp.tie.resolved", rule, String.join(", ", chosen)));
                }
            });
            out.println();
        }

        private String dirHint() {
            return process.folder().dir().toString();
        }

        void budget(AntwerpOutcome outcome, boolean big) {
            var out = console.out();
            out.println(console.style().bold(console.text("antwerp.results.budget", process.state().budgetSplits().size(),
                    process.contents().onlineSplits().size(), process.rules().onlineWeight().movePointRight(2).stripTrailingZeros()
                            .toPlainString(), Money.display(process.rules().unit(), locale))));
            if (outcome.staleSplits() > 0) {
                out.println(console.style().warning(console.text("antwerp.results.stale", outcome.staleSplits())));
            }
            if (outcome.budgets().isEmpty()) {
                out.println("  " + console.text(outcome.themes().decided() ? "antwerp.results.noBudget" : "antwerp.results.themesOpen"));
                out.println();
                return;
            }
            TextTable table = new TextTable(List.of(console.text("antwerp.col.theme"), console.text("antwerp.col.name"),
                    console.text("antwerp.col.budget")), false, false, true);
            outcome.budgets().get().forEach((theme, cents) -> table.row(theme, names().get(theme), Money.display(cents, locale)));
            table.row("", console.text("antwerp.total"),
                    Money.display(outcome.budgets().get().values().stream().mapToLong(Long::longValue).sum(), locale));
            table.print(out, console.style());
            out.println();
        }
    }
}
