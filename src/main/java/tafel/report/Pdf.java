package tafel.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small layout layer over PDFBox for A4 reports: a text cursor that flows down the page and
 * onto new pages, wrapped paragraphs, headings, tables whose header repeats on every page,
 * horizontal bar charts drawn as vectors (black and grey, readable in black and white), word
 * lists sized by frequency, and page numbers. Text is set in an embedded Liberation Sans (names
 * like Ünver, Şahin, Zoë, Vietnamese and Polish, the € sign) and, character by character, in
 * DejaVu Sans for what it lacks (Arabic joined and right to left, symbols, emoji in outline); a
 * character neither has is drawn as □ and reported, never silently replaced.
 */
public final class Pdf implements AutoCloseable {

    public static final float MARGIN = 56;
    static final float A4_WIDTH = PDRectangle.A4.getWidth();
    static final float A4_HEIGHT = PDRectangle.A4.getHeight();
    static final float WIDTH = A4_WIDTH - 2 * MARGIN;
    private static final float BOTTOM = MARGIN + 24;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<PDType0Font, Map<Integer, Boolean>> printable = new HashMap<>();
    /** DejaVu Sans, for what Liberation Sans lacks (Arabic, many symbols, emoji in outline); loaded when first needed. */
    private PDType0Font fallbackRegular;
    private PDType0Font fallbackBold;
    private final Set<String> unprintable = new LinkedHashSet<>();
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    private String footer = "";

    /**
     * @param language the reader's language, set as the document's language (screen readers pick
     *                 their voice by it) and, with the title shown instead of the file name, the
     *                 first things accessibility checks ask of a public body's PDF
     */
    public Pdf(String title, java.util.Locale language) {
        regular = font("liberation/LiberationSans-Regular.ttf");
        bold = font("liberation/LiberationSans-Bold.ttf");
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("tafel");
        document.getDocumentCatalog().setLanguage(language.toLanguageTag());
        org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences preferences =
                new org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences(
                        new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private PDType0Font font(String resource) {
        try (InputStream in = Pdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + resource);
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    /**
     * An organisation's logo at the top right of the page, at most 140 × 60 pt, its proportions kept;
     * an image PDFBox cannot read is left out rather than breaking the report.
     */
    public void logo(byte[] image) {
        try {
            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject picture =
                    org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(document, image, "logo");
            float scale = Math.min(140f / picture.getWidth(), 60f / picture.getHeight());
            float width = picture.getWidth() * scale;
            float height = picture.getHeight() * scale;
            content.drawImage(picture, MARGIN + WIDTH - width, A4_HEIGHT - MARGIN + 20 - height, width, height);
        } catch (IOException | IllegalArgumentException unreadable) {
            // checked when the process was read; a file that changed since simply goes without
        }
    }

    /** The text shown at the foot of every page, next to the page number. */
    public void footer(String text) {
        footer = text;
    }

    public PDType0Font regular() {
        return regular;
    }

    public PDType0Font bold() {
        return bold;
    }

    public PDDocument document() {
        return document;
    }

    public void newPage() {
        closeContent();
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        y = A4_HEIGHT - MARGIN;
    }

    /** Starts a new page when less than {@code height} points are left. */
    public void ensure(float height) {
        if (page == null || y - height < BOTTOM) {
            newPage();
        }
    }

    public void space(float height) {
        y -= height;
    }

    public float y() {
        return y;
    }

    public void title(String text) {
        paragraph(text, bold, 24, 30);
    }

    /** A heading with room for itself and the first lines or table rows after it: never alone at a page's foot. */
    public void heading(String text) {
        ensure(100);
        space(8);
        paragraph(text, bold, 15, 20);
        space(2);
    }

    public void subheading(String text) {
        ensure(60);
        space(4);
        paragraph(text, bold, 11.5f, 15);
    }

    public void text(String text) {
        paragraph(text, regular, 10, 13.5f);
    }

    public void small(String text) {
        paragraph(text, regular, 8.5f, 11);
    }

    /** A label in bold followed by its text, wrapped under the text. */
    public void field(String label, String text) {
        if (text.isBlank()) {
            return;
        }
        float labelWidth = width(label + " ", bold, 10);
        List<String> lines = wrap(text, regular, 10, WIDTH - labelWidth);
        for (int i = 0; i < lines.size(); i++) {
            ensure(14);
            if (i == 0) {
                show(label, bold, 10, MARGIN, y - 10);
            }
            show(lines.get(i), regular, 10, MARGIN + labelWidth, y - 10);
            y -= 13.5f;
        }
    }

    public void paragraph(String text, PDType0Font font, float size, float leading) {
        for (String paragraph : text.split("\n")) {
            for (String line : wrap(paragraph, font, size, WIDTH)) {
                ensure(leading);
                show(line, font, size, MARGIN, y - size);
                y -= leading;
            }
        }
    }

    /** A table with wrapped cells; the header row is repeated at the top of every page it spans. */
    /** Room on each side of a cell's text: a number right-aligned next to text left-aligned stays apart ("1  3", not "13"). */
    private static final float CELL_PAD = 4;

    public void table(List<String> headers, float[] fractions, boolean[] right, List<List<String>> rows) {
        float size = 8.5f;
        float leading = 11;
        float[] widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = fractions[i] * WIDTH;
        }
        ensure(leading * 3);
        tableRow(headers, widths, right, bold, size, leading, true);
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < row.size(); i++) {
                List<String> wrapped = wrap(row.get(i), regular, size, widths[i] - 2 * CELL_PAD);
                cells.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            if (y - height * leading - 2 < BOTTOM) {
                newPage();
                tableRow(headers, widths, right, bold, size, leading, true);
            }
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                for (int line = 0; line < cells.get(i).size(); line++) {
                    String text = cells.get(i).get(line);
                    float at = right[i] ? x + widths[i] - CELL_PAD - width(text, regular, size) : x + CELL_PAD;
                    show(text, regular, size, at, y - size - line * leading);
                }
                x += widths[i];
            }
            y -= height * leading + 2;
            rule(0.25f, 0.8f);
        }
        space(6);
    }

    private void tableRow(List<String> headers, float[] widths, boolean[] right, PDType0Font font, float size, float leading,
                          boolean header) {
        float x = MARGIN;
        for (int i = 0; i < headers.size(); i++) {
            String text = ellipsis(headers.get(i), font, size, widths[i] - 2 * CELL_PAD);
            float at = right[i] ? x + widths[i] - CELL_PAD - width(text, font, size) : x + CELL_PAD;
            show(text, font, size, at, y - size);
            x += widths[i];
        }
        y -= leading + 2;
        if (header) {
            rule(0.8f, 0f);
        }
    }

    private void rule(float thickness, float grey) {
        try {
            content.setStrokingColor(grey, grey, grey);
            content.setLineWidth(thickness);
            content.moveTo(MARGIN, y + 1);
            content.lineTo(MARGIN + WIDTH, y + 1);
            content.stroke();
            content.setStrokingColor(0f, 0f, 0f);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    /** One bar of a chart: a label, a value, how the value is written, and whether it is emphasised (black). */
    public record Bar(String label, double value, String valueText, boolean emphasised) {
    }

    /** A horizontal bar chart; emphasised bars black, others light grey with an outline. */
    public void barChart(String caption, List<Bar> bars) {
        if (bars.isEmpty()) {
            return;
        }
        float size = 8;
        float row = 13;
        float labelWidth = Math.min(WIDTH * 0.38f, (float) bars.stream().mapToDouble(bar -> width(bar.label(), regular, size))
                .max().orElse(40) + 6);
        float valueWidth = (float) bars.stream().mapToDouble(bar -> width(bar.valueText(), regular, size)).max().orElse(20) + 6;
        float barSpace = WIDTH - labelWidth - valueWidth;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        ensure(row * Math.min(bars.size(), 6) + 24);
        subheading(caption);
        try {
            for (Bar bar : bars) {
                ensure(row);
                String label = ellipsis(bar.label(), regular, size, labelWidth - 6);
                show(label, regular, size, MARGIN, y - size - 1);
                float length = max <= 0 ? 0 : (float) (bar.value() / max * barSpace);
                float top = y - 2;
                if (bar.emphasised()) {
                    content.setNonStrokingColor(0.1f, 0.1f, 0.1f);
                } else {
                    content.setNonStrokingColor(0.82f, 0.82f, 0.82f);
                }
                content.addRect(MARGIN + labelWidth, top - 9, Math.max(0.5f, length), 9);
                content.fill();
                content.setStrokingColor(0f, 0f, 0f);
                content.setLineWidth(0.4f);
                content.addRect(MARGIN + labelWidth, top - 9, Math.max(0.5f, length), 9);
                content.stroke();
                content.setNonStrokingColor(0f, 0f, 0f);
                show(bar.valueText(), regular, size, MARGIN + labelWidth + length + 4, y - size - 1);
                y -= row;
            }
            // the axis
            content.setLineWidth(0.6f);
            content.moveTo(MARGIN + labelWidth, y + row * bars.size() + 2);
            content.lineTo(MARGIN + labelWidth, y + 2);
            content.stroke();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        space(8);
    }

    /**
     * Several series side by side per row (a category's share of the votes next to each rule's share
     * of the money): per row one bar per series, each series its own shade — light grey, black, mid
     * grey, white — named in a legend, so it reads in black and white.
     *
     * @param values per row, a value between 0 and 1 per series (written as a percentage)
     * @param bar    the height of one bar; the caller chooses it so the chart fits where it must
     */
    public void groupedBarChart(String caption, List<String> series, List<String> labels, List<List<Double>> values,
                                float bar) {
        if (labels.isEmpty()) {
            return;
        }
        float size = Math.min(8, Math.max(6, bar + 1.5f));
        float labelWidth = Math.min(WIDTH * 0.34f,
                (float) labels.stream().mapToDouble(label -> width(label, regular, size)).max().orElse(40) + 8);
        float barSpace = WIDTH - labelWidth - 30;
        subheading(caption);
        try {
            float x = MARGIN;
            for (int i = 0; i < series.size(); i++) {
                shade(i);
                content.addRect(x, y - 8, 8, 7);
                content.fillAndStroke();
                content.setNonStrokingColor(0f, 0f, 0f);
                show(series.get(i), regular, 7.5f, x + 11, y - 7.5f);
                x += 11 + width(series.get(i), regular, 7.5f) + 14;
            }
            y -= 14;
            float gap = 1;
            float axisTop = y + 2;
            for (int row = 0; row < labels.size(); row++) {
                List<Double> shares = values.get(row);
                float height = shares.size() * bar + (shares.size() - 1) * gap;
                String label = ellipsis(labels.get(row), regular, size, labelWidth - 8);
                show(label, regular, size, MARGIN, y - height / 2 - size / 3);
                float top = y;
                for (int i = 0; i < shares.size(); i++) {
                    float length = (float) (Math.max(0, Math.min(1, shares.get(i))) * barSpace);
                    shade(i);
                    content.addRect(MARGIN + labelWidth, top - bar, Math.max(0.5f, length), bar);
                    content.fillAndStroke();
                    content.setNonStrokingColor(0f, 0f, 0f);
                    if (bar >= 4) {
                        float valueSize = Math.min(7, bar + 1);
                        show(Math.round(shares.get(i) * 100) + "%", regular, valueSize, MARGIN + labelWidth + length + 3,
                                top - bar + (bar - valueSize * 0.7f) / 2);
                    }
                    top -= bar + gap;
                }
                y -= height + 5;
            }
            content.setLineWidth(0.6f);
            content.setStrokingColor(0f, 0f, 0f);
            float start = MARGIN + labelWidth;
            content.moveTo(start, axisTop);
            content.lineTo(start, y + 3);
            content.stroke();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        space(6);
    }

    private void shade(int series) throws IOException {
        float[] greys = {0.82f, 0.1f, 0.5f, 1f};
        float grey = greys[series % greys.length];
        content.setNonStrokingColor(grey, grey, grey);
        content.setStrokingColor(0f, 0f, 0f);
        content.setLineWidth(0.4f);
    }

    /** Words sized by how often they were given, set line by line: the one-word check-in at a glance. */
    public void wordCloud(List<Map.Entry<String, Integer>> words) {
        if (words.isEmpty()) {
            return;
        }
        int most = words.stream().mapToInt(Map.Entry::getValue).max().orElse(1);
        float x = MARGIN;
        float lineHeight = 0;
        List<float[]> line = new ArrayList<>();
        List<String> lineWords = new ArrayList<>();
        for (Map.Entry<String, Integer> word : words) {
            float size = 9 + 19f * (word.getValue() - 1) / Math.max(1, most - 1);
            String text = word.getKey() + (word.getValue() > 1 ? " (" + word.getValue() + ")" : "");
            float w = width(text, bold, size) + 12;
            if (x + w > MARGIN + WIDTH && !line.isEmpty()) {
                flushWords(line, lineWords, lineHeight);
                x = MARGIN;
                lineHeight = 0;
            }
            line.add(new float[] {x, size});
            lineWords.add(text);
            lineHeight = Math.max(lineHeight, size * 1.3f);
            x += w;
        }
        flushWords(line, lineWords, lineHeight);
        space(6);
    }

    private void flushWords(List<float[]> line, List<String> words, float height) {
        ensure(height);
        for (int i = 0; i < line.size(); i++) {
            float size = line.get(i)[1];
            show(words.get(i), size > 14 ? bold : regular, size, line.get(i)[0], y - height + size * 0.3f);
        }
        y -= height;
        line.clear();
        words.clear();
    }

    /**
     * Writes text at a position (baseline): right-to-left script in its visual order with Arabic
     * letters joined, each character in the first font that has it ({@link #runs}).
     */
    public void show(String text, PDType0Font font, float size, float x, float baseline) {
        if (text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.newLineAtOffset(x, baseline);
            for (Run run : runs(text, font, true)) {
                content.setFont(run.font(), size);
                content.showText(run.text());
            }
            content.endText();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    public PDPageContentStream content() {
        return content;
    }

    public float width(String text, PDType0Font font, float size) {
        try {
            float width = 0;
            for (Run run : runs(text, font, false)) {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            }
            return width;
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    public List<String> wrap(String text, PDType0Font font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= maxWidth || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
                while (width(line.toString(), font, size) > maxWidth && line.length() > 1) {
                    // a single word wider than the column: break it
                    int cut = line.length() - 1;
                    while (cut > 1 && width(line.substring(0, cut), font, size) > maxWidth) {
                        cut--;
                    }
                    lines.add(line.substring(0, cut));
                    line.delete(0, cut);
                }
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    String ellipsis(String text, PDType0Font font, float size, float maxWidth) {
        if (width(text, font, size) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && width(cut + "…", font, size) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** A piece of text set in one font. */
    private record Run(String text, PDType0Font font) {
    }

    /**
     * The text as it is drawn, in pieces by font: in visual order ({@link VisualText}), controls as
     * spaces, each character in {@code font}, else in its DejaVu counterpart, else in DejaVu Sans; a
     * character no font has becomes □ and, when {@code drawn} (not while measuring), its text is kept
     * for {@link #unprintable()} — never a silent "?".
     */
    private List<Run> runs(String text, PDType0Font font, boolean drawn) {
        List<Run> runs = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        PDType0Font current = null;
        String visual = VisualText.of(text);
        for (int i = 0; i < visual.length(); ) {
            int code = visual.codePointAt(i);
            i += Character.charCount(code);
            if (code == '\t' || code == '\r' || code == '\n') {
                code = ' ';
            }
            PDType0Font chosen = fontFor(code, font);
            if (chosen == null) {
                if (drawn) {
                    unprintable.add(text);
                }
                code = '\u25A1';
                chosen = fontFor(code, font);
            }
            if (chosen != current && piece.length() > 0) {
                runs.add(new Run(piece.toString(), current));
                piece.setLength(0);
            }
            current = chosen;
            piece.appendCodePoint(code);
        }
        if (piece.length() > 0) {
            runs.add(new Run(piece.toString(), current));
        }
        return runs;
    }

    private PDType0Font fontFor(int code, PDType0Font font) {
        if (has(font, code)) {
            return font;
        }
        PDType0Font fallback = font == bold ? fallbackBold() : fallbackRegular();
        if (has(fallback, code)) {
            return fallback;
        }
        return fallback != fallbackRegular() && has(fallbackRegular(), code) ? fallbackRegular() : null;
    }

    private boolean has(PDType0Font font, int code) {
        return printable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(code, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException notInFont) {
                return false;
            }
        });
    }

    private PDType0Font fallbackRegular() {
        if (fallbackRegular == null) {
            fallbackRegular = font("fonts/dejavu/DejaVuSans.ttf");
        }
        return fallbackRegular;
    }

    private PDType0Font fallbackBold() {
        if (fallbackBold == null) {
            fallbackBold = font("fonts/dejavu/DejaVuSans-Bold.ttf");
        }
        return fallbackBold;
    }

    /** Texts with a character no embedded font has (printed as □), in the order met: for a warning that names them. */
    public List<String> unprintable() {
        return List.copyOf(unprintable);
    }

    /** As {@link #finish(String)}, then every text with a character no font has to {@code unprintable}. */
    public byte[] finish(String pageWord, java.util.function.Consumer<String> unprintableText) {
        byte[] bytes = finish(pageWord);
        unprintable.forEach(unprintableText);
        return bytes;
    }

    /** Page numbers ("page 3 / 12", none when {@code pageWord} is null) and the footer on every page; then the PDF's bytes. */
    public byte[] finish(String pageWord) {
        closeContent();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                page = document.getPage(i);
                content = foot;
                show(footer, regular, 7.5f, MARGIN, MARGIN - 20);
                if (pageWord != null) {
                    String number = pageWord + " " + (i + 1) + " / " + pages;
                    show(number, regular, 7.5f, MARGIN + WIDTH - width(number, regular, 7.5f), MARGIN - 20);
                }
            } catch (IOException broken) {
                throw new UncheckedIOException(broken);
            }
        }
        content = null;
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException broken) {
                throw new UncheckedIOException(broken);
            }
            content = null;
        }
    }

    @Override
    public void close() {
        try {
            closeContent();
            document.close();
        } catch (IOException | UncheckedIOException ignoredOnClose) {
            // closing after a failure: the first error is the one reported
        }
    }
}
