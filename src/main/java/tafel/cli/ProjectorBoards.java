package tafel.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tafel.antwerp.Allocation;
import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.Money;
import tafel.antwerp.PlanChips;
import tafel.antwerp.ProcessEvent;
import tafel.antwerp.ProcessStep;
import tafel.antwerp.TableRoster;
import tafel.antwerp.ThemeTally;
import tafel.app.AntwerpProcess;
import tafel.i18n.Decimals;
import tafel.i18n.Messages;
import tafel.i18n.OutcomeNotes;
import tafel.presentation.OutcomeViews;
import tafel.terminal.Board;

/** What the projector shows of a process: the step the evening is at (or the one asked for), in the audience's words. */
final class ProjectorBoards {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Messages messages;

    ProjectorBoards(Messages messages) {
        this.messages = messages;
    }

    /** "in: 9 of 12 · not yet: 4, 7, 11". */
    static String presence(Messages messages, TableRoster.Presence presence) {
        return presence.missing().isEmpty() ? messages.get("antwerp.presence", presence.in(), presence.expected())
                : messages.get("antwerp.presence.missing", presence.in(), presence.expected(),
                        String.join(", ", presence.missing()));
    }

    /** The furthest step with entries: where the evening is. */
    static ProcessStep current(AntwerpProcess process) {
        return !process.state().projectChoices().isEmpty() ? ProcessStep.PROJECTS
                : !process.state().budgetSplits().isEmpty() ? ProcessStep.BUDGET : ProcessStep.THEMES;
    }

    Board of(AntwerpProcess process, Optional<ProcessStep> asked, Optional<String> round) {
        AntwerpOutcome outcome = process.outcome();
        String footer = process.state().events().stream().reduce((first, second) -> second)
                .map(last -> messages.get("antwerp.screen.footer", CLOCK.format(last.at())))
                .orElse(messages.get("antwerp.screen.noEntries"));
        if (outcome.direct()) {
            return plans(process, outcome, footer);
        }
        return switch (asked.orElse(current(process))) {
            case THEMES -> themes(process, outcome, footer);
            case BUDGET -> budget(process, outcome, footer);
            case PROJECTS -> projects(process, outcome, round, footer);
        };
    }

    private Board themes(AntwerpProcess process, AntwerpOutcome outcome, String footer) {
        ThemeTally.Result tally = outcome.themes();
        List<Board.Row> rows = new ArrayList<>();
        // those that go on first, so the line below them is the cut even when a tie was drawn by lot
        tally.ranking().stream().filter(ThemeTally.RankedTheme::selected).forEach(ranked -> rows.add(row(ranked)));
        tally.ranking().stream().filter(ranked -> !ranked.selected() && ranked.tables() > 0)
                .forEach(ranked -> rows.add(row(ranked)));
        Optional<String> evening = process.state().themeChoices().stream().reduce((first, second) -> second)
                .map(ProcessEvent.ThemesChosen::evening);
        String presence = evening.map(process.themesPresence()::get)
                .map(found -> messages.get("antwerp.evening", evening.get()) + " · " + presence(messages, found)).orElse("");
        return new Board(process.contents().title(), messages.get("antwerp.results.themes", tally.selected().size(),
                process.contents().catalogue().themes().size(), tally.tablesCounted()), presence, rows,
                tally.selected().size(), messages.get("antwerp.screen.cut.themes"), footer);
    }

    private static Board.Row row(ThemeTally.RankedTheme ranked) {
        return new Board.Row(ranked.rank() + ". " + ranked.theme().name(), ranked.tables(), Integer.toString(ranked.tables()),
                ranked.selected());
    }

    private Board budget(AntwerpProcess process, AntwerpOutcome outcome, String footer) {
        List<Board.Row> rows = new ArrayList<>();
        Map<String, String> names = OutcomeViews.names(process);
        outcome.budgets().ifPresent(budgets -> budgets.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(budget -> rows.add(new Board.Row(names.get(budget.getKey()), budget.getValue(),
                        Money.display(budget.getValue(), messages.locale()), false))));
        String heading = outcome.budgets().isPresent()
                ? messages.get("antwerp.screen.budget", Money.display(process.rules().themesBudget(), messages.locale()),
                        process.state().budgetSplits().size(), process.contents().onlineSplits().size())
                : messages.get(outcome.themes().decided() ? "antwerp.results.noBudget" : "antwerp.results.themesOpen");
        String presence = process.budgetPresence().map(found -> presence(messages, found)).orElse("");
        return new Board(process.contents().title(), heading, presence, rows, 0, "", footer);
    }

    /** Chips directly on plans: a bar per plan, what its chips are worth, marked when that covers its cost. */
    private Board plans(AntwerpProcess process, AntwerpOutcome outcome, String footer) {
        List<Board.Row> rows = new ArrayList<>();
        PlanChips.Result plans = outcome.plans().orElseThrow();
        for (PlanChips.Plan plan : plans.plans()) {
            String shown = plan.chips() == 0 ? messages.get("antwerp.screen.plan.asks", Money.display(plan.project().cost(), messages.locale()))
                    : Money.display(plan.worth(), messages.locale()) + (plan.funded() ? ""
                            : " · " + OutcomeNotes.decision(plan, messages));
            rows.add(new Board.Row(plan.project().title(), plan.worth(), shown, plan.funded()));
        }
        String heading = messages.get("antwerp.screen.plans", process.state().budgetSplits().size(),
                Money.display(plans.granted(), messages.locale()));
        String presence = process.budgetPresence().map(found -> presence(messages, found)).orElse("");
        return new Board(process.contents().title(), heading, presence, rows, 0, "", footer);
    }

    private Board projects(AntwerpProcess process, AntwerpOutcome outcome, Optional<String> asked, String footer) {
        Optional<String> round = asked.or(() -> process.state().projectChoices().stream().reduce((first, second) -> second)
                .map(ProcessEvent.ProjectsChosen::round));
        List<Board.Row> rows = new ArrayList<>();
        int funded = 0;
        if (outcome.allocation().isPresent()) {
            List<Allocation.Row> ranked = outcome.allocation().get().rows().stream()
                    .sorted(Comparator.comparing((Allocation.Row row) -> !row.funded())
                            .thenComparing(row -> row.candidate().score(), Comparator.reverseOrder()))
                    .toList();
            for (Allocation.Row row : ranked) {
                rows.add(new Board.Row(row.candidate().id() + " " + row.candidate().title(),
                        row.candidate().score().movePointRight(4).longValue(),
                        Decimals.display(row.candidate().score(), messages.locale()), row.funded()));
                funded += row.funded() ? 1 : 0;
            }
        }
        String presence = round.map(process.projectsPresence()::get).map(found -> presence(messages, found)).orElse("");
        return new Board(process.contents().title(), messages.get("antwerp.screen.projects", round.orElse("-"), funded,
                rows.size()), presence, rows, funded, messages.get("antwerp.screen.cut.projects"), footer);
    }
}
