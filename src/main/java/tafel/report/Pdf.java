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
 * character neither has is drawn as □ and reported, never silently replaced. Everything drawn is
 * tagged as it is drawn ({@link StructureTree}): headings, paragraphs, tables with header cells,
 * lists and figures with their alt text for a screen reader, the rest marked as page furniture —
 * a PDF/UA-1 document.
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
    private final StructureTree structure;
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
        structure = new StructureTree(document, title, language);
    }

    /** Drawing on the page's content stream that may fail as a stream does. */
    @FunctionalInterface
    public interface Drawing {
        void draw(PDPageContentStream content) throws IOException;
    }

    /**
     * Opens a structure element (a card's section, a list, a table row …) for what is drawn next,
     * until {@link #end()}: the order and grouping a screen reader follows.
     */
    public void begin(String structureType) {
        structure.begin(structureType);
    }

    public void end() {
        structure.end();
    }

    /** Drawing that carries no content of its own (rules, cut marks, frames): skipped by screen readers. */
    public void artifact(Drawing drawing) {
        try {
            if (structure.marked()) {
                drawing.draw(content);
                return;
            }
            structure.beginArtifact(content, null);
            drawing.draw(content);
            structure.endArtifact(content);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    /**
     * A picture (a chart, a QR code, a logo) that a screen reader reads as {@code alternative}; the
     * text drawn inside it is part of the picture.
     */
    public void figure(String alternative, Drawing drawing) {
        org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement figure = structure.begin("Figure");
        figure.setAlternateDescription(alternative);
        try {
            structure.beginMarked(figure, content);
            drawing.draw(content);
            structure.endMarked(content);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        structure.end();
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
    public void logo(byte[] image, String alternative) {
        try {
            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject picture =
                    org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(document, image, "logo");
            float scale = Math.min(140f / picture.getWidth(), 60f / picture.getHeight());
            float width = picture.getWidth() * scale;
            float height = picture.getHeight() * scale;
            figure(alternative, drawn -> drawn.drawImage(picture, MARGIN + WIDTH - width, A4_HEIGHT - MARGIN + 20 - height,
                    width, height));
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

    /** A new page; an element or artifact being drawn across the break goes on there. */
    public void newPage() {
        try {
            var carried = structure.marking();
            boolean artifact = structure.inArtifact();
            if (carried != null) {
                structure.endMarked(content);
            } else if (artifact) {
                structure.endArtifact(content);
            }
            closeContent();
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            structure.page(page);
            content = new PDPageContentStream(document, page);
            if (carried != null) {
                structure.beginMarked(carried, content);
            } else if (artifact) {
                structure.beginArtifact(content, null);
            }
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

    /** The document's title: its first-level heading. */
    public void title(String text) {
        headingAt(1, text, 24, 30);
    }

    /** A heading with room for itself and the first lines or table rows after it: never alone at a page's foot. */
    public void heading(String text) {
        ensure(100);
        space(8);
        headingAt(2, text, 15, 20);
        space(2);
    }

    public void subheading(String text) {
        ensure(60);
        space(4);
        headingAt(3, text, 11.5f, 15);
    }

    /** A heading of the given level (1 = title) in bold at the given size, tagged as such. */
    public void headingAt(int level, String text, float size, float leading) {
        structure.beginHeading(level);
        lines(text, bold, size, leading);
        structure.end();
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
        structure.begin("P");
        for (int i = 0; i < lines.size(); i++) {
            ensure(14);
            if (i == 0) {
                // the space is drawn too, so text read from the page says "Datum: 1 december", not "Datum:1 december"
                show(label + " ", bold, 10, MARGIN, y - 10);
            }
            show(lines.get(i), regular, 10, MARGIN + labelWidth, y - 10);
            y -= 13.5f;
        }
        structure.end();
    }

    /** A list with a bullet before each item, wrapped under the item's text: read as a list of so many items. */
    public void bullets(List<String> items) {
        float indent = width("•  ", regular, 10);
        structure.begin("L");
        for (String item : items) {
            structure.begin("LI");
            List<String> lines = wrap(item, regular, 10, WIDTH - indent);
            for (int i = 0; i < lines.size(); i++) {
                ensure(13.5f);
                if (i == 0) {
                    structure.begin("Lbl");
                    show("•", regular, 10, MARGIN, y - 10);
                    structure.end();
                    structure.begin("LBody");
                }
                show(lines.get(i), regular, 10, MARGIN + indent, y - 10);
                y -= 13.5f;
            }
            structure.end();
            structure.end();
        }
        structure.end();
    }

    /** Text as one paragraph element; each line of {@code text} starts a new line. */
    public void paragraph(String text, PDType0Font font, float size, float leading) {
        structure.begin("P");
        lines(text, font, size, leading);
        structure.end();
    }

    private void lines(String text, PDType0Font font, float size, float leading) {
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
        structure.begin("Table");
        tableRow(headers, widths, right, bold, size, leading, false);
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
            structure.begin("TR");
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                structure.begin("TD");
                for (int line = 0; line < cells.get(i).size(); line++) {
                    String text = cells.get(i).get(line);
                    float at = right[i] ? x + widths[i] - CELL_PAD - width(text.stripTrailing(), regular, size) : x + CELL_PAD;
                    show(text, regular, size, at, y - size - line * leading);
                }
                structure.end();
                x += widths[i];
            }
            structure.end();
            y -= height * leading + 2;
            rule(0.25f, 0.8f);
        }
        structure.end();
        space(6);
    }

    /**
     * The header row: tagged as the table's column headers the first time, an artifact where it is
     * repeated at the top of a following page (read once, seen on every page).
     */
    private void tableRow(List<String> headers, float[] widths, boolean[] right, PDType0Font font, float size, float leading,
                          boolean repeated) {
        Drawing row = drawn -> {
            float x = MARGIN;
            for (int i = 0; i < headers.size(); i++) {
                String text = ellipsis(headers.get(i), font, size, widths[i] - 2 * CELL_PAD);
                float at = right[i] ? x + widths[i] - CELL_PAD - width(text, font, size) : x + CELL_PAD;
                if (!repeated) {
                    structure.beginColumnHeader();
                }
                show(text, font, size, at, y - size);
                if (!repeated) {
                    structure.end();
                }
                x += widths[i];
            }
        };
        try {
            if (repeated) {
                structure.beginArtifact(content, "Pagination");
                row.draw(content);
                structure.endArtifact(content);
            } else {
                structure.begin("TR");
                row.draw(content);
                structure.end();
            }
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        y -= leading + 2;
        rule(0.8f, 0f);
    }

    private void rule(float thickness, float grey) {
        artifact(drawn -> {
            drawn.setStrokingColor(grey, grey, grey);
            drawn.setLineWidth(thickness);
            drawn.moveTo(MARGIN, y + 1);
            drawn.lineTo(MARGIN + WIDTH, y + 1);
            drawn.stroke();
            drawn.setStrokingColor(0f, 0f, 0f);
        });
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
        String alternative = caption + ": " + String.join("; ", bars.stream().map(bar -> bar.label() + " " + bar.valueText()).toList());
        // the field, not the figure's argument: a long chart goes on over a page break
        figure(alternative, start -> {
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
        });
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
        StringBuilder alternative = new StringBuilder(caption).append(':');
        for (int row = 0; row < labels.size(); row++) {
            alternative.append(row == 0 ? " " : "; ").append(labels.get(row));
            for (int i = 0; i < series.size() && i < values.get(row).size(); i++) {
                alternative.append(i == 0 ? " – " : ", ").append(series.get(i)).append(' ')
                        .append(Math.round(values.get(row).get(i) * 100)).append('%');
            }
        }
        figure(alternative.toString(), start -> {
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
            float axis = MARGIN + labelWidth;
            content.moveTo(axis, axisTop);
            content.lineTo(axis, y + 3);
            content.stroke();
        });
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
        structure.begin("P");
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
        structure.end();
        space(6);
    }

    private void flushWords(List<float[]> line, List<String> words, float height) {
        ensure(height);
        for (int i = 0; i < line.size(); i++) {
            float size = line.get(i)[1];
            show(words.get(i) + " ", size > 14 ? bold : regular, size, line.get(i)[0], y - height + size * 0.3f);
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
            boolean own = !structure.marked();
            if (own) {
                structure.beginText(content);
            }
            // right-to-left or joined letters are drawn in visual order and presentation forms; a
            // screen reader (and copy and paste) gets the text as written
            boolean reordered = !VisualText.of(text).equals(text);
            if (reordered) {
                structure.beginActualText(content, text);
            }
            content.beginText();
            content.newLineAtOffset(x, baseline);
            for (Run run : runs(text, font, true)) {
                content.setFont(run.font(), size);
                content.showText(run.text());
            }
            content.endText();
            if (reordered) {
                content.endMarkedContent();
            }
            if (own) {
                structure.endMarked(content);
            }
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

    /**
     * The text in lines no wider than {@code maxWidth}; a line that ends between words keeps a
     * space at its end, so text read from the page (a screen reader, copy and paste) does not
     * glue the last word of one line to the first of the next.
     */
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
                lines.add(line + " ");
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
                // the same on every page: a screen reader is not made to read it again and again
                structure.beginArtifact(foot, "Pagination");
                show(footer, regular, 7.5f, MARGIN, MARGIN - 20);
                if (pageWord != null) {
                    String number = pageWord + " " + (i + 1) + " / " + pages;
                    show(number, regular, 7.5f, MARGIN + WIDTH - width(number, regular, 7.5f), MARGIN - 20);
                }
                structure.endArtifact(foot);
            } catch (IOException broken) {
                throw new UncheckedIOException(broken);
            }
        }
        content = null;
        structure.finish();
        // PDFBox makes the file's identifier from the clock unless given a seed: from the pages
        // instead, so the same report is the same file, byte for byte
        document.setDocumentId(contentHash());
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    private long contentHash() {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (PDPage each : document.getPages()) {
                try (InputStream in = each.getContents()) {
                    digest.update(in.readAllBytes());
                }
            }
            return java.nio.ByteBuffer.wrap(digest.digest()).getLong();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
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
