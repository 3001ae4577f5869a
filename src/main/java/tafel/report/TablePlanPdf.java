package tafel.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tafel.i18n.Messages;

/**
 * Printable table plans: one page per round with who sits at which table, then one page per
 * person with their table in each round, to hand out.
 */
public final class TablePlanPdf {

    /** One seat: round, table, person. */
    public record Seat(int round, String table, String id, String name) {
    }

    private TablePlanPdf() {
    }

    /** @param anonymised whether the names are pseudonyms: then every page says so */
    public static byte[] render(String heading, List<Seat> seats, boolean anonymised, Messages messages) {
        Map<Integer, Map<String, List<String>>> rounds = new TreeMap<>();
        Map<String, List<Seat>> people = new java.util.LinkedHashMap<>();
        for (Seat seat : seats) {
            rounds.computeIfAbsent(seat.round(), r -> new TreeMap<>(TablePlanPdf::byNumber))
                    .computeIfAbsent(seat.table(), t -> new ArrayList<>()).add(seat.name());
            people.computeIfAbsent(seat.id(), id -> new ArrayList<>()).add(seat);
        }
        try (Pdf pdf = new Pdf(heading)) {
            pdf.footer(anonymised ? heading + " · " + messages.get("document.anonymised") : heading);
            rounds.forEach((round, tables) -> {
                pdf.newPage();
                pdf.title(messages.get("match.round", round));
                pdf.small(heading);
                pdf.space(8);
                tables.forEach((table, names) -> {
                    pdf.subheading(messages.get("show.table", table) + "  (" + names.size() + ")");
                    pdf.text(String.join(", ", names));
                });
            });
            people.values().forEach(list -> {
                pdf.newPage();
                pdf.space(40);
                pdf.title(list.get(0).name());
                pdf.small(heading);
                pdf.space(12);
                for (Seat seat : list) {
                    pdf.paragraph(messages.get("plan.seat", seat.round(), seat.table()), pdf.bold(), 16, 26);
                }
            });
            if (seats.isEmpty()) {
                pdf.newPage();
                pdf.text(messages.get("cards.none"));
            }
            return pdf.finish(messages.get("report.page"));
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
