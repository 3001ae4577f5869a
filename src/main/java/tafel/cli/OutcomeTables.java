package tafel.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.Money;
import tafel.antwerp.PlanChips;
import tafel.antwerp.ProcessState;
import tafel.antwerp.ProjectRule;
import tafel.antwerp.TableRoster;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeTally;
import tafel.app.AntwerpProcess;
import tafel.i18n.EntryWords;
import tafel.i18n.OutcomeNotes;
import tafel.presentation.OutcomeViews;
import tafel.presentation.OutcomeViews.Step;

/**
 * An Antwerp outcome as tables and bars for people on the terminal; shared by {@code antwerp results}
 * and the entry commands, which show the tally after each entry. CSV and JSON are in presentation.
 */
final class OutcomeTables {

    private final Console console;
    private final AntwerpProcess process;
    private final Locale locale;

    OutcomeTables(Console console, AntwerpProcess process) {
        this.console = console;
        this.process = process;
        this.locale = console.messages().locale();
    }

    private Map<String, String> names() {
        return OutcomeViews.names(process);
    }

    /** "in: 9 of 12 · not yet: 4, 7, 11", per evening or round when there are several. */
    private void presence(Map<String, TableRoster.Presence> byGroup, String groupKey) {
        byGroup.forEach((group, presence) -> console.out().println(
                (byGroup.size() > 1 ? console.text(groupKey, group) + " · " : "") + presence(presence)));
    }

    private String presence(TableRoster.Presence presence) {
        return ProjectorBoards.presence(console.messages(), presence);
    }

    private Map<String, String> notes(AntwerpOutcome outcome) {
        return OutcomeViews.notes(outcome, console.messages());
    }

    void table(AntwerpOutcome outcome, Step step, boolean big) {
        var out = console.out();
        if (step == null) {
            out.println(console.style().bold(console.text("antwerp.results.title", process.contents().title(),
                    Money.display(process.rules().budget(), locale))));
            out.println();
        }
        if (outcome.direct()) {
            // chips directly on plans: no theme or project step to show
            budget(outcome, big);
        } else if (step == null || step == Step.themes) {
            themes(outcome.themes(), big);
        }
        if (!outcome.direct() && (step == null || step == Step.budget)) {
            budget(outcome, big);
        }
        if (!outcome.direct() && (step == null || step == Step.projects)) {
            out.println(console.style().bold(console.text("antwerp.results.projects")));
            if (process.rules().projectRule() == ProjectRule.EQUAL_SHARES) {
                out.println("  " + console.text("antwerp.results.equalShares"));
            }
            presence(process.projectsPresence(), "antwerp.round");
            if (outcome.allocation().isEmpty()) {
                out.println("  " + console.text("antwerp.results.noProjects"));
                out.println();
            } else {
                new AllocationOutput(console, names()).table(outcome.allocation().get(), notes(outcome),
                        process.rules().leftover() == tafel.antwerp.Leftover.POOL && process.rules().joker() == 0);
                if (process.rules().joker() > 0) {
                    var pot = outcome.allocation().get();
                    out.println(console.text("antwerp.results.joker", Money.display(process.rules().joker(), locale),
                            Money.display(pot.poolStart(), locale), Money.display(pot.poolRemaining(), locale)));
                }
                out.println();
            }
        }
        if (step == null && !process.state().audit().isEmpty()) {
            out.println(console.style().bold(console.text("antwerp.results.audit")));
            for (ProcessState.Correction correction : process.state().audit()) {
                out.println("  " + console.text(correction.undone() ? "antwerp.audit.undone" : "antwerp.audit.replaced",
                        correction.entry(), EntryWords.describe(correction.event(), names(), console.messages()),
                        correction.by()));
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
        presence(process.themesPresence(), "antwerp.evening");
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
        if (outcome.direct()) {
            plans(outcome);
            return;
        }
        var out = console.out();
        out.println(console.style().bold(console.text("antwerp.results.budget", process.state().budgetSplits().size(),
                process.contents().onlineSplits().size(), process.rules().onlineWeight().movePointRight(2).stripTrailingZeros()
                        .toPlainString(), Money.display(process.rules().unit(), locale))));
        process.budgetPresence().ifPresent(presence -> out.println(presence(presence)));
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
        long total = outcome.budgets().get().values().stream().mapToLong(Long::longValue).sum();
        table.row("", console.text("antwerp.total"), Money.display(total, locale));
        table.print(out, console.style());
        OutcomeNotes.budget(process.rules(), outcome, process.state(), console.messages()).forEach(out::println);
        out.println();
    }

    /** Chips directly on plans: per plan its chips, what they are worth, what it asked, and whether it is funded. */
    private void plans(AntwerpOutcome outcome) {
        var out = console.out();
        out.println(console.style().bold(console.text("antwerp.results.plans", process.state().budgetSplits().size())));
        process.budgetPresence().ifPresent(presence -> out.println(presence(presence)));
        if (outcome.staleSplits() > 0) {
            out.println(console.style().warning(console.text("antwerp.results.stale", outcome.staleSplits())));
        }
        PlanChips.Result plans = outcome.plans().orElseThrow();
        if (plans.plans().isEmpty() || process.state().budgetSplits().isEmpty()) {
            out.println("  " + console.text(plans.plans().isEmpty() ? "antwerp.results.noPlans" : "antwerp.results.noChips"));
            out.println();
            return;
        }
        TextTable table = new TextTable(List.of(console.text("antwerp.col.plan"), console.text("antwerp.col.name"),
                console.text("antwerp.col.chips"), console.text("antwerp.col.worth"), console.text("antwerp.col.asked"),
                console.text("antwerp.col.decision")), false, false, true);
        for (PlanChips.Plan plan : plans.plans()) {
            table.row(plan.project().id(), plan.project().title(), String.valueOf(plan.chips()),
                    Money.display(plan.worth(), locale), Money.display(plan.project().cost(), locale),
                    OutcomeNotes.decision(plan, console.messages()));
        }
        table.row("", console.text("antwerp.total.granted"), "", Money.display(plans.granted(), locale), "", "");
        table.print(out, console.style());
        OutcomeNotes.budget(process.rules(), outcome, process.state(), console.messages()).forEach(out::println);
        out.println();
    }
}
