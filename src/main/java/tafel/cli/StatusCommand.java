package tafel.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.SessionOverview;
import tafel.presentation.SessionViews;
import tafel.presentation.SessionViews.Totals;
import tafel.session.BlockStatus;
import tafel.session.SessionState;
import tafel.terminal.Confirmation;

/** {@code tafel status DIR}: per block planned and actual minutes, clock times, overrun, notes. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false)
final class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @ParentCommand
    TafelCommand root;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "status.dir")
    Path dir;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Console console = root.console();
        SessionOverview session = SessionOverview.read(new ConsoleNotices(console), dir, root.environment().clock());
        session.contents().torn().ifPresent(torn -> console.say("status.torn", torn.line()));
        String pause = console.text("show.pause");
        switch (format.format()) {
            case csv -> SessionViews.blocksCsv(console.out(), session.blocks(), pause, tafel.presentation.CsvWords.machine());
            case json -> SessionViews.statusJson(console.out(), session, pause);
            default -> printTable(console, session.state(), session.blocks());
        }
        return ExitCode.OK;
    }

    private static String title(Console console, BlockStatus row) {
        return row.block().title().isEmpty() ? console.text("show.pause") : row.block().title();
    }

    private void printTable(Console console, SessionState state, List<BlockStatus> rows) {
        var out = console.out();
        out.println(console.style().bold(state.draaiboek().title()));
        TextTable table = new TextTable(List.of(console.text("status.col.code"), console.text("status.col.title"),
                console.text("status.col.planned"), console.text("status.col.actual"), console.text("status.col.over"),
                console.text("status.col.start"), console.text("status.col.end"), console.text("status.col.notes")),
                false, false, true, true, true, false, false, true);
        for (BlockStatus row : rows) {
            String planned = row.plannedMinutes() + (row.adjustMinutes() == 0 ? ""
                    : " (" + (row.adjustMinutes() > 0 ? "+" : "") + row.adjustMinutes() + ")");
            table.row(row.key(), title(console, row), planned,
                    row.start().isPresent() ? Confirmation.clock(row.actual()) : "",
                    row.start().isPresent() ? overrun(row.overrun()) : "",
                    row.start().map(CLOCK::format).orElse(""), row.end().map(CLOCK::format).orElse(""),
                    row.notes() == 0 ? "" : row.notes());
        }
        table.print(out, console.style());
        Totals totals = Totals.of(rows);
        out.println();
        out.println(console.text("status.total", totals.planned(), Confirmation.clock(totals.actual()),
                overrun(totals.overrun()), totals.notes()));
        out.println(console.text(state.isEnded() ? "status.ended" : state.isStarted() ? "status.running" : "status.notStarted",
                state.started().map(CLOCK::format).orElse(""), state.ended().map(CLOCK::format).orElse("")));
        out.flush();
    }

    private static String overrun(Duration overrun) {
        return (overrun.isNegative() ? "-" : "+") + Confirmation.clock(overrun);
    }
}
