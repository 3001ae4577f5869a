package tafel.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.SessionRecord;
import tafel.draaiboek.Draaiboek;
import tafel.io.SessionFolder;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;
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
        SessionFolder.Contents contents = SessionRecord.read(new ConsoleNotices(console), new SessionFolder(dir));
        if (contents.torn().isPresent()) {
            console.say("status.torn", contents.torn().get().line());
        }
        Draaiboek draaiboek = SessionFolder.draaiboekOf(contents).orElseThrow();
        SessionState state = SessionState.replay(draaiboek, contents.events());
        // The journal's own last moment, not the wall clock: a status of the same journal is always the same.
        OffsetDateTime now = state.lastEventAt().orElse(OffsetDateTime.now(root.environment().clock()));
        List<BlockStatus> rows = BlockStatus.of(state, now);
        switch (format.format()) {
            case csv -> printCsv(console, rows);
            case json -> printJson(console, state, rows);
            default -> printTable(console, state, rows);
        }
        return ExitCode.OK;
    }

    static String minutes(Duration duration) {
        BigDecimal value = BigDecimal.valueOf(duration.getSeconds()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        value = value.stripTrailingZeros();
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    }

    private static String iso(Optional<OffsetDateTime> at) {
        return at.map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse("");
    }

    private static String title(Console console, BlockStatus row) {
        return row.block().title().isEmpty() ? console.text("show.pause") : row.block().title();
    }

    private void printCsv(Console console, List<BlockStatus> rows) {
        try (CsvOutput csv = CsvOutput.machine(console.out(), "code", "title", "planned_minutes", "adjust_minutes",
                "actual_minutes", "paused_minutes", "overrun_minutes", "start", "end", "notes")) {
            for (BlockStatus row : rows) {
                csv.row(row.key(), title(console, row), row.plannedMinutes(), row.adjustMinutes(), minutes(row.actual()),
                        minutes(row.paused()), minutes(row.overrun()), iso(row.start()), iso(row.end()), row.notes());
            }
        }
        console.out().flush();
    }

    private void printJson(Console console, SessionState state, List<BlockStatus> rows) {
        JsonOutput json = new JsonOutput();
        ObjectNode root = json.object().put("title", state.draaiboek().title())
                .put("started", iso(state.started())).put("ended", iso(state.ended()));
        ArrayNode blocks = root.putArray("blocks");
        for (BlockStatus row : rows) {
            blocks.addObject().put("code", row.key()).put("title", title(console, row))
                    .put("planned_minutes", row.plannedMinutes()).put("adjust_minutes", row.adjustMinutes())
                    .put("actual_minutes", new BigDecimal(minutes(row.actual())))
                    .put("paused_minutes", new BigDecimal(minutes(row.paused())))
                    .put("overrun_minutes", new BigDecimal(minutes(row.overrun())))
                    .put("start", iso(row.start())).put("end", iso(row.end())).put("notes", row.notes());
        }
        Totals totals = Totals.of(rows);
        root.putObject("totals").put("planned_minutes", totals.planned())
                .put("actual_minutes", new BigDecimal(minutes(totals.actual())))
                .put("overrun_minutes", new BigDecimal(minutes(totals.overrun()))).put("notes", totals.notes());
        json.print(console.out(), root);
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

    private record Totals(int planned, Duration actual, Duration overrun, int notes) {
        static Totals of(List<BlockStatus> rows) {
            int planned = rows.stream().mapToInt(BlockStatus::plannedMinutes).sum();
            Duration actual = rows.stream().map(BlockStatus::actual).reduce(Duration.ZERO, Duration::plus);
            Duration overrun = rows.stream().map(BlockStatus::overrun).reduce(Duration.ZERO, Duration::plus);
            return new Totals(planned, actual, overrun, rows.stream().mapToInt(BlockStatus::notes).sum());
        }
    }
}
