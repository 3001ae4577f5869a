package tafel.report;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's structure tree as a screen reader walks it: one line per element, indented by
 * depth, with its alt text and the text of its own marked content.
 */
public final class StructureDump {

    private StructureDump() {
    }

    public static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> byId = new HashMap<>();
                for (PDMarkedContent marked : extractor.getMarkedContents()) {
                    collect(marked, byId);
                }
                texts.put(page, byId);
            }
            StringBuilder out = new StringBuilder();
            walk(document.getDocumentCatalog().getStructureTreeRoot(), 0, texts, out);
            return out.toString();
        }
    }

    /** The text of a marked sequence as read aloud: an inner span's ActualText instead of its glyphs. */
    private static String collect(PDMarkedContent marked, Map<Integer, String> byId) {
        StringBuilder text = new StringBuilder();
        for (Object content : marked.getContents()) {
            if (content instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (content instanceof PDMarkedContent inner) {
                String innerText = collect(inner, byId);
                text.append(inner.getActualText() != null ? inner.getActualText() : innerText);
            }
        }
        if (marked.getMCID() >= 0) {
            byId.merge(marked.getMCID(), text.toString(), String::concat);
        }
        return text.toString();
    }

    private static void walk(PDStructureNode node, int depth, Map<PDPage, Map<Integer, String>> texts, StringBuilder out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                out.append("  ".repeat(depth)).append(element.getStructureType());
                if (element.getAlternateDescription() != null) {
                    out.append(" [").append(element.getAlternateDescription()).append(']');
                }
                StringBuilder own = new StringBuilder();
                for (Object part : element.getKids()) {
                    if (part instanceof PDMarkedContentReference reference) {
                        own.append(texts.getOrDefault(reference.getPage(), Map.of()).getOrDefault(reference.getMCID(), ""));
                    }
                }
                if (own.length() > 0) {
                    out.append(": ").append(own);
                }
                out.append('\n');
                walk(element, depth + 1, texts, out);
            }
        }
    }
}
