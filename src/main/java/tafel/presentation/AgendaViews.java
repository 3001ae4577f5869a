package tafel.presentation;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tafel.draaiboek.Agenda;
import tafel.draaiboek.AgendaEntry;
import tafel.draaiboek.Draaiboek;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;

/** A draaiboek's agenda for programs: one row per block and sub-block as CSV; nested blocks as JSON. */
public final class AgendaViews {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    /** Deeper nesting than any draaiboek has; the loader's depth limit is lower. */
    private static final int DEPTHS = 16;

    private AgendaViews() {
    }

    /** An entry's title, or {@code pauseWord} for an untitled pause. */
    public static String title(AgendaEntry entry, String pauseWord) {
        return entry.block().title().isEmpty() && entry.block().pause() ? pauseWord : entry.block().title();
    }

    public static void csv(PrintWriter out, Agenda agenda, String pauseWord) {
        try (CsvOutput csv = CsvOutput.machine(out, "code", "title", "minutes", "start", "end")) {
            for (AgendaEntry entry : agenda.entries()) {
                csv.row(entry.block().code(), title(entry, pauseWord), entry.minutes(),
                        CLOCK.format(entry.start()), CLOCK.format(entry.end()));
            }
        }
        out.flush();
    }

    public static void json(PrintWriter out, Draaiboek draaiboek, Agenda agenda, String pauseWord) {
        JsonOutput json = new JsonOutput();
        ObjectNode root = json.object()
                .put("title", draaiboek.title())
                .put("start", CLOCK.format(agenda.start()))
                .put("end", CLOCK.format(agenda.end()))
                .put("total_minutes", agenda.totalMinutes());
        draaiboek.date().ifPresent(date -> root.put("date", date.toString()));
        ArrayNode blocks = root.putArray("blocks");
        ArrayNode[] byDepth = new ArrayNode[DEPTHS];
        byDepth[0] = blocks;
        for (AgendaEntry entry : agenda.entries()) {
            ObjectNode node = byDepth[entry.depth()].addObject()
                    .put("code", entry.block().code())
                    .put("title", title(entry, pauseWord))
                    .put("minutes", entry.minutes())
                    .put("start", CLOCK.format(entry.start()))
                    .put("end", CLOCK.format(entry.end()))
                    .put("pause", entry.block().pause());
            if (!entry.workFormName().isEmpty()) {
                node.put("method", entry.workFormName());
            }
            if (entry.block().hasSubBlocks() && entry.depth() + 1 < byDepth.length) {
                byDepth[entry.depth() + 1] = node.putArray("blocks");
            }
        }
        json.print(out, root);
    }
}
