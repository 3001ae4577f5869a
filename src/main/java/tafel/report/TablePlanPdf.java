package tafel.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tafel.i18n.Messages;

/**
 * Printable table plans for the evening: per round an alphabetical "who sits where" list (name and
 * table, in three columns, so 120 people fit on a page or two — hung at the door, everyone finds
 * their name) and the tables with who sits at them (for the facilitators); then a large sign per
 * table per round, to put on the table.
 */
public final class TablePlanPdf {

    /** One seat: round, table, person. */
    public record Seat(int round, String table, String id, String name) {
    }

    private static final int COLUMNS = 3;
    private static final float ROW = 15;
    private static final float SIZE = 10;

    private TablePlanPdf() {
    }

    /** @param anonymised whether the names are pseudonyms: then every page says so */
    public static byte[] render(String heading, List<Seat> seats, boolean anonymised, Messages messages) {
        Map<Integer, Map<String, List<String>>> rounds = new TreeMap<>();
        Map<Integer, List<Seat>> seatsByRound = new TreeMap<>();
        for (Seat seat : seats) {
            rounds.computeIfAbsent(seat.round(), r -> new TreeMap<>(TablePlanPdf::byNumber))
                    .computeIfAbsent(seat.table(), t -> new ArrayList<>()).add(seat.name());
            seatsByRound.computeIfAbsent(seat.round(), r -> new ArrayList<>()).add(seat);
        }
        try (Pdf pdf = new Pdf(heading, messages.locale())) {
            pdf.footer(anonymised ? heading + " · " + messages.get("document.anonymised") : heading);
            Comparator<String> alphabetical = new tafel.text.NaturalOrder(messages.locale());
            rounds.forEach((round, tables) -> {
                whoSitsWhere(pdf, heading, round, seatsByRound.get(round), alphabetical, messages);
                pdf.newPage();
                pdf.title(messages.get("plan.round.tables", round));
                pdf.small(heading);
                pdf.space(8);
                tables.forEach((table, names) -> {
                    pdf.ensure(40);
                    pdf.subheading(messages.get("show.table", table) + "  (" + names.size() + ")");
                    pdf.text(String.join(", ", names));
                });
            });
            rounds.forEach((round, tables) -> tables.forEach((table, names) -> sign(pdf, heading, round, table, names, messages)));
            if (seats.isEmpty()) {
                pdf.newPage();
                pdf.text(messages.get("cards.none"));
            }
            return pdf.finish(messages.get("report.page"));
        }
    }

    /** The round's people in alphabetical order with their table, column after column, page after page. */
    private static void whoSitsWhere(Pdf pdf, String heading, int round, List<Seat> seats, Comparator<String> alphabetical,
                                     Messages messages) {
        List<Seat> sorted = new ArrayList<>(seats);
        sorted.sort(Comparator.comparing(Seat::name, alphabetical).thenComparing(Seat::id));
        float columnWidth = Pdf.WIDTH / COLUMNS;
        int at = 0;
        while (at < sorted.size()) {
            pdf.newPage();
            pdf.title(messages.get(at == 0 ? "plan.whoWhere" : "plan.whoWhere.more", round));
            pdf.small(heading);
            pdf.space(10);
            float top = pdf.y();
            int perColumn = Math.max(1, (int) ((top - Pdf.MARGIN - 24) / ROW));
            for (int column = 0; column < COLUMNS && at < sorted.size(); column++) {
                float x = Pdf.MARGIN + column * columnWidth;
                for (int line = 0; line < perColumn && at < sorted.size(); line++, at++) {
                    Seat seat = sorted.get(at);
                    String table = seat.table();
                    float tableWidth = pdf.width(table, pdf.bold(), SIZE);
                    float baseline = top - (line + 1) * ROW;
                    // one paragraph per person, "Anouk M. 3", however the columns fall
                    pdf.begin("P");
                    pdf.show(pdf.ellipsis(seat.name(), pdf.regular(), SIZE, columnWidth - tableWidth - 16) + " ", pdf.regular(), SIZE,
                            x, baseline);
                    pdf.show(table, pdf.bold(), SIZE, x + columnWidth - 8 - tableWidth, baseline);
                    pdf.end();
                }
            }
        }
    }

    /** A page to stand on the table: its number large, the round, who sits there. */
    private static void sign(Pdf pdf, String heading, int round, String table, List<String> names, Messages messages) {
        pdf.newPage();
        pdf.space(60);
        pdf.headingAt(2, messages.get("plan.sign", table), 72, 84);
        pdf.paragraph(messages.get("match.round", round), pdf.bold(), 28, 40);
        pdf.small(heading);
        pdf.space(24);
        for (String name : names) {
            pdf.paragraph(name, pdf.regular(), 20, 28);
        }
    }

    private static int byNumber(String a, String b) {
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException text) {
            return a.compareTo(b);
        }
    }
}
