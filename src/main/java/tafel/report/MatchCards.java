package tafel.report;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import tafel.i18n.Messages;

/**
 * Printable 1-on-1 cards: four A6 cards on an A4 page, with cut marks. Each card has the names of
 * everyone in the conversation (a trio on one card), where they meet and when, what they share,
 * the block's questions and ruled lines to write down what was discussed.
 */
public final class MatchCards {

    /**
     * One card: the round, the person the others meet, the others (one, or two for a trio), what
     * they share, the spot in the room (a number per conversation of the round) and, when the
     * draaiboek says, the time ("19:40 – 19:55").
     */
    public record Card(int round, String host, List<String> others, List<String> shared, int spot, String time) {
        public Card {
            others = List.copyOf(others);
            shared = List.copyOf(shared);
        }
    }

    private static final float CARD_WIDTH = Pdf.A4_WIDTH / 2;
    private static final float CARD_HEIGHT = Pdf.A4_HEIGHT / 2;
    private static final float PAD = 22;

    private MatchCards() {
    }

    /** @param anonymised whether the names are pseudonyms: then every page says so */
    public static byte[] render(List<Card> cards, String heading, List<String> questions, boolean anonymised, Messages messages) {
        try (Pdf pdf = new Pdf(heading, messages.locale())) {
            pdf.footer(anonymised ? messages.get("document.anonymised") : "");
            for (int i = 0; i < cards.size(); i++) {
                if (i % 4 == 0) {
                    pdf.newPage();
                    cutMarks(pdf);
                }
                float x = (i % 2) * CARD_WIDTH;
                float top = Pdf.A4_HEIGHT - ((i % 4) / 2) * CARD_HEIGHT;
                card(pdf, cards.get(i), heading, questions, messages, x, top);
            }
            if (cards.isEmpty()) {
                pdf.newPage();
                pdf.text(messages.get("cards.none"));
            }
            return pdf.finish(null);
        }
    }

    private static void card(Pdf pdf, Card card, String heading, List<String> questions, Messages messages, float x, float top) {
        float left = x + PAD;
        float width = CARD_WIDTH - 2 * PAD;
        float y = top - PAD - 8;
        pdf.begin("Sect");
        pdf.show(pdf.ellipsis(heading, pdf.regular(), 8, width - 60), pdf.regular(), 8, left, y);
        String round = messages.get("match.round", card.round());
        pdf.show(round, pdf.regular(), 8, left + width - pdf.width(round, pdf.regular(), 8), y);
        y -= 14;
        String where = card.time().isEmpty() ? messages.get("cards.spot", card.spot())
                : messages.get("cards.spotAndTime", card.spot(), card.time());
        pdf.show(where, pdf.bold(), 10, left, y);
        y -= 22;
        pdf.show(pdf.ellipsis(card.host(), pdf.bold(), 15, width), pdf.bold(), 15, left, y);
        y -= 16;
        pdf.show(messages.get("cards.with"), pdf.regular(), 9, left, y);
        for (String other : card.others()) {
            y -= 18;
            pdf.show(pdf.ellipsis(other, pdf.bold(), 15, width), pdf.bold(), 15, left, y);
        }
        y -= 20;
        String shared = card.shared().isEmpty() ? messages.get("cards.sharedNone")
                : messages.get("cards.shared", String.join(", ", card.shared()));
        pdf.begin("P");
        for (String line : pdf.wrap(shared, pdf.regular(), 9, width)) {
            pdf.show(line, pdf.regular(), 9, left, y);
            y -= 12;
        }
        pdf.end();
        y -= 6;
        for (String question : questions) {
            pdf.begin("P");
            for (String line : pdf.wrap("• " + question, pdf.regular(), 9, width)) {
                if (y < top - CARD_HEIGHT + PAD + 60) {
                    break;
                }
                pdf.show(line, pdf.regular(), 9, left, y);
                y -= 12;
            }
            pdf.end();
        }
        y -= 8;
        pdf.show(messages.get("cards.write"), pdf.bold(), 9, left, y);
        float firstLine = y - 20;
        // lines to write on: nothing to read
        pdf.artifact(content -> {
            content.setStrokingColor(0.6f, 0.6f, 0.6f);
            content.setLineWidth(0.5f);
            for (float line = firstLine; line > top - CARD_HEIGHT + PAD; line -= 18) {
                content.moveTo(left, line);
                content.lineTo(left + width, line);
                content.stroke();
            }
            content.setStrokingColor(0f, 0f, 0f);
        });
        pdf.end();
    }

    /** Short marks where the sheet is cut into four: at the middle of each edge and the centre. */
    static void cutMarks(Pdf pdf) {
        float w = Pdf.A4_WIDTH;
        float h = Pdf.A4_HEIGHT;
        float mark = 12;
        pdf.artifact(content -> {
            content.setLineWidth(0.5f);
            line(content, w / 2, 0, w / 2, mark);
            line(content, w / 2, h - mark, w / 2, h);
            line(content, 0, h / 2, mark, h / 2);
            line(content, w - mark, h / 2, w, h / 2);
            line(content, w / 2 - mark, h / 2, w / 2 + mark, h / 2);
            line(content, w / 2, h / 2 - mark, w / 2, h / 2 + mark);
        });
    }

    private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }
}
