package tafel.presentation;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tafel.app.SessionOverview;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;
import tafel.session.BlockStatus;
import tafel.session.SessionEvent;

/**
 * A session as run, for programs: the blocks with planned and actual minutes, and the notes —
 * one definition each, shared by {@code status}, {@code notes} and {@code export}
 * (docs/export-format.md).
 */
public final class SessionViews {

    private static final DateTimeFormatter AT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private SessionViews() {
    }

    /** Minutes with at most two decimals and no trailing zeros: {@code 12}, {@code 12.5}. */
    public static String minutes(Duration duration) {
        BigDecimal value = BigDecimal.valueOf(duration.getSeconds()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        value = value.stripTrailingZeros();
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    }

    /** Sums over all blocks, as the status's last line and its JSON show them. */
    public record Totals(int planned, Duration actual, Duration overrun, int notes) {

        public static Totals of(List<BlockStatus> rows) {
            int planned = rows.stream().mapToInt(BlockStatus::plannedMinutes).sum();
            Duration actual = rows.stream().map(BlockStatus::actual).reduce(Duration.ZERO, Duration::plus);
            Duration overrun = rows.stream().map(BlockStatus::overrun).reduce(Duration.ZERO, Duration::plus);
            return new Totals(planned, actual, overrun, rows.stream().mapToInt(BlockStatus::notes).sum());
        }
    }

    /** @param pauseWord the title an untitled block gets ({@code ""} keeps it empty) */
    public static void blocksCsv(PrintWriter out, List<BlockStatus> rows, String pauseWord, CsvWords words) {
        try (CsvOutput csv = CsvOutput.of(words.excel(), out, words.header("code", "title", "planned_minutes", "adjust_minutes",
                "actual_minutes", "paused_minutes", "overrun_minutes", "start", "end", "notes"))) {
            for (BlockStatus row : rows) {
                csv.row(row.key(), title(row, pauseWord), row.plannedMinutes(), row.adjustMinutes(), minutes(row.actual()),
                        minutes(row.paused()), minutes(row.overrun()), words.time(row.start()), words.time(row.end()), row.notes());
            }
        }
        out.flush();
    }

    /** @param text what a note's text becomes (names replaced when anonymised) */
    public static void notesCsv(PrintWriter out, List<SessionEvent.Note> notes, UnaryOperator<String> text, CsvWords words) {
        try (CsvOutput csv = CsvOutput.of(words.excel(), out, words.header("block", "part", "at", "tag", "text"))) {
            notes.forEach(note -> csv.row(note.block(), note.part(), words.time(note.at()), words.tag(note.tag()), text.apply(note.text())));
        }
        out.flush();
    }

    /** {@code status --format json}: blocks with paused and overrun minutes, and the totals. */
    public static void statusJson(PrintWriter out, SessionOverview session, String pauseWord) {
        JsonOutput json = new JsonOutput();
        ObjectNode root = json.object().put("title", session.draaiboek().title())
                .put("started", iso(session.state().started())).put("ended", iso(session.state().ended()));
        ArrayNode blocks = root.putArray("blocks");
        for (BlockStatus row : session.blocks()) {
            blocks.addObject().put("code", row.key()).put("title", title(row, pauseWord))
                    .put("planned_minutes", row.plannedMinutes()).put("adjust_minutes", row.adjustMinutes())
                    .put("actual_minutes", new BigDecimal(minutes(row.actual())))
                    .put("paused_minutes", new BigDecimal(minutes(row.paused())))
                    .put("overrun_minutes", new BigDecimal(minutes(row.overrun())))
                    .put("start", iso(row.start())).put("end", iso(row.end())).put("notes", row.notes());
        }
        Totals totals = Totals.of(session.blocks());
        root.putObject("totals").put("planned_minutes", totals.planned())
                .put("actual_minutes", new BigDecimal(minutes(totals.actual())))
                .put("overrun_minutes", new BigDecimal(minutes(totals.overrun()))).put("notes", totals.notes());
        json.print(out, root);
    }

    /** {@code notes --format json}: every top-level block with its notes. */
    public static void notesJson(PrintWriter out, SessionOverview session, String pauseWord) {
        JsonOutput json = new JsonOutput();
        ArrayNode blocks = json.array();
        session.notesByBlock().forEach((key, notes) -> {
            ObjectNode block = blocks.addObject().put("block", key).put("title", session.title(key, pauseWord));
            ArrayNode list = block.putArray("notes");
            notes.forEach(note -> list.addObject().put("at", AT.format(note.at()))
                    .put("part", note.part()).put("tag", note.tag()).put("text", note.text()));
        });
        json.print(out, blocks);
    }

    /** {@code export --format json} of a session: blocks and notes, marked when anonymised. */
    public static void exportJson(PrintWriter out, SessionOverview session, UnaryOperator<String> text, boolean anonymised) {
        JsonOutput json = new JsonOutput();
        ObjectNode root = json.object().put("kind", "session").put("title", session.draaiboek().title())
                .put("started", iso(session.state().started()))
                .put("ended", iso(session.state().ended())).put("anonymised", anonymised);
        ArrayNode blocks = root.putArray("blocks");
        session.blocks().forEach(row -> blocks.addObject().put("code", row.key()).put("title", row.block().title())
                .put("planned_minutes", row.plannedMinutes()).put("adjust_minutes", row.adjustMinutes())
                .put("actual_minutes", new BigDecimal(minutes(row.actual())))
                .put("start", iso(row.start())).put("end", iso(row.end()))
                .put("notes", row.notes()));
        ArrayNode list = root.putArray("notes");
        session.notes().forEach(note -> list.addObject().put("block", note.block()).put("part", note.part())
                .put("at", AT.format(note.at())).put("tag", note.tag()).put("text", text.apply(note.text())));
        json.print(out, root);
    }

    private static String title(BlockStatus row, String pauseWord) {
        return row.block().title().isEmpty() ? pauseWord : row.block().title();
    }

    private static String iso(Optional<OffsetDateTime> at) {
        return at.map(AT::format).orElse("");
    }
}
