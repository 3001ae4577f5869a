package tafel.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import tafel.i18n.Messages;

/**
 * The cards a table host finds on the table: four A6 cards on an A4 page, each with the table,
 * its host, a QR code of the table's own link (drawn as vector squares, sharp at any size) and the
 * link written out, and the evening's steps in two lines.
 */
public final class TableCards {

    /** One table's card. */
    public record Card(String table, String host, String url) {
    }

    private static final float CARD_WIDTH = Pdf.A4_WIDTH / 2;
    private static final float CARD_HEIGHT = Pdf.A4_HEIGHT / 2;
    private static final float PAD = 22;
    private static final float QR_SIZE = 190;
    /**
     * White modules around the code inside its square, as the QR standard asks: without them the
     * card's title and link, a few points away, could be taken for part of the code (a reader
     * missed a card now and then).
     */
    private static final int QUIET_ZONE = 4;

    private TableCards() {
    }

    public static byte[] render(List<Card> cards, String title, Messages messages) {
        try (Pdf pdf = new Pdf(title, messages.locale())) {
            pdf.footer("");
            for (int i = 0; i < cards.size(); i++) {
                if (i % 4 == 0) {
                    pdf.newPage();
                    MatchCards.cutMarks(pdf);
                }
                card(pdf, cards.get(i), title, messages, (i % 2) * CARD_WIDTH, Pdf.A4_HEIGHT - ((i % 4) / 2) * CARD_HEIGHT);
            }
            return pdf.finish(null);
        }
    }

    private static void card(Pdf pdf, Card card, String title, Messages messages, float x, float top) {
        float left = x + PAD;
        float width = CARD_WIDTH - 2 * PAD;
        float y = top - PAD - 8;
        pdf.begin("Sect");
        pdf.show(pdf.ellipsis(title, pdf.regular(), 8, width), pdf.regular(), 8, left, y);
        y -= 30;
        pdf.show(messages.get("tablecards.table", card.table()), pdf.bold(), 26, left, y);
        if (!card.host().isEmpty()) {
            y -= 16;
            pdf.show(pdf.ellipsis(messages.get("tablecards.host", card.host()), pdf.regular(), 10, width), pdf.regular(), 10,
                    left, y);
        }
        y -= 12 + QR_SIZE;
        float qrBottom = y;
        pdf.figure(messages.get("tablecards.qr", card.url()), content -> qr(content, card.url(), left + (width - QR_SIZE) / 2,
                qrBottom, QR_SIZE));
        y -= 16;
        for (String line : pdf.wrap(card.url(), pdf.regular(), 8, width)) {
            pdf.show(line, pdf.regular(), 8, left, y);
            y -= 10;
        }
        y -= 6;
        pdf.begin("P");
        for (String line : pdf.wrap(messages.get("tablecards.steps"), pdf.regular(), 9, width)) {
            pdf.show(line, pdf.regular(), 9, left, y);
            y -= 12;
        }
        pdf.end();
        pdf.end();
    }

    /** The link as a QR code of dark squares, {@code size} points wide, bottom-left at (x, y). */
    private static void qr(PDPageContentStream content, String url, float x, float y, float size) throws IOException {
        try {
            BitMatrix modules = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            float cell = size / modules.getWidth();
            content.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < modules.getHeight(); row++) {
                for (int column = 0; column < modules.getWidth(); column++) {
                    if (modules.get(column, row)) {
                        content.addRect(x + column * cell, y + size - (row + 1) * cell, cell, cell);
                    }
                }
            }
            content.fill();
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("no QR code for " + url, tooLong);
        }
    }
}
