package tafel.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The tagged PDF's logical structure, built while the pages are drawn: a screen reader reads the
 * elements (headings, paragraphs, tables with header cells, lists, figures with their alt text) in
 * the order they were drawn, and skips what is marked as an artifact (rules, page numbers, cut
 * marks, a table header repeated on the next page). Every piece of drawn content belongs to exactly
 * one of the two — what PDF/UA-1 asks of a public body's documents.
 */
final class StructureTree {

    /** Elements that hold text themselves; text drawn under any other element gets a paragraph of its own. */
    private static final Set<String> TEXT_HOLDERS = Set.of("P", "H1", "H2", "H3", "H4", "H5", "H6", "TH", "TD", "Lbl",
            "LBody", "Caption", "Figure");
    private static final String UA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final Deque<PDStructureElement> open = new ArrayDeque<>();
    /** Per page (its StructParents key), the element each marked-content id belongs to. */
    private final Map<Integer, COSArray> elementsByPage = new LinkedHashMap<>();
    private PDPage page;
    private int pageKey = -1;
    private PDStructureElement marking;
    private boolean inArtifact;
    /** The headings above the current point: the level each asked for and the level it got. */
    private final Deque<int[]> headings = new ArrayDeque<>();

    StructureTree(PDDocument document, String title, Locale language) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDStructureElement whole = new PDStructureElement("Document", root);
        root.appendKid(whole);
        open.push(whole);
        catalog.setMetadata(metadata(document, title, language));
    }

    /** XMP with the title and the claim of PDF/UA-1, which checkers and assistive software look for. */
    private static PDMetadata metadata(PDDocument document, String title, Locale language) {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(title);
        dublinCore.addLanguage(language.toLanguageTag());
        XMPSchema accessibility = new XMPSchema(xmp, UA_NAMESPACE, "pdfuaid");
        accessibility.setIntegerPropertyValueAsSimple("part", 1);
        xmp.addSchema(accessibility);
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            new XmpSerializer().serialize(xmp, bytes, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(bytes.toByteArray());
            return metadata;
        } catch (IOException | TransformerException broken) {
            throw new IllegalStateException("XMP metadata could not be written", broken);
        }
    }

    /** Opens an element under the current one; what is drawn until {@link #end()} belongs to it. */
    PDStructureElement begin(String type) {
        PDStructureElement element = new PDStructureElement(type, open.peek());
        open.peek().appendKid(element);
        open.push(element);
        return element;
    }

    /**
     * A heading of the level asked for (1 = the title) or, where the headings above it skip a level,
     * one level below the nearest heading above it — and its siblings alike: a screen reader's list
     * of headings stays a tree without gaps.
     */
    PDStructureElement beginHeading(int level) {
        while (!headings.isEmpty() && headings.peek()[0] >= level) {
            headings.pop();
        }
        int actual = headings.isEmpty() ? 1 : headings.peek()[1] + 1;
        headings.push(new int[] {level, actual});
        return begin("H" + actual);
    }

    /** A table's column header cell, said to head its column. */
    PDStructureElement beginColumnHeader() {
        PDStructureElement header = begin("TH");
        PDTableAttributeObject attributes = new PDTableAttributeObject();
        attributes.setScope(PDTableAttributeObject.SCOPE_COLUMN);
        header.addAttribute(attributes);
        return header;
    }

    void end() {
        PDStructureElement closing = open.pop();
        if (open.isEmpty()) {
            throw new IllegalStateException("the document element was closed");
        }
        if (marking == closing) {
            throw new IllegalStateException("an element was closed while its content was still being drawn");
        }
    }

    /** Whether drawn content already belongs somewhere (an open marked sequence or artifact). */
    boolean marked() {
        return marking != null || inArtifact;
    }

    /**
     * Starts the content of the current element on this page (or of a new paragraph, when the
     * current element only groups others); to be ended with {@link #endMarked}.
     */
    void beginText(PDPageContentStream content) throws IOException {
        PDStructureElement owner = open.peek();
        if (!TEXT_HOLDERS.contains(owner.getStructureType())) {
            owner = new PDStructureElement("P", owner);
            open.peek().appendKid(owner);
        }
        beginMarked(owner, content);
    }

    void beginMarked(PDStructureElement element, PDPageContentStream content) throws IOException {
        COSArray elements = elementsByPage.computeIfAbsent(pageKey, key -> new COSArray());
        int id = elements.size();
        elements.add(element);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(id);
        reference.setPage(page);
        element.appendKid(reference);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, id);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        marking = element;
    }

    /** A span of the current content whose text, for reading, is {@code text} rather than the glyphs drawn. */
    void beginActualText(PDPageContentStream content, String text) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setString(COSName.getPDFName("ActualText"), text);
        content.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(properties));
    }

    void endMarked(PDPageContentStream content) throws IOException {
        content.endMarkedContent();
        marking = null;
    }

    /** The current element's content so far, or null when nothing is open: to carry over a page break. */
    PDStructureElement marking() {
        return marking;
    }

    void beginArtifact(PDPageContentStream content, String kind) throws IOException {
        if (kind == null) {
            content.beginMarkedContent(COSName.ARTIFACT);
        } else {
            COSDictionary properties = new COSDictionary();
            properties.setName(COSName.TYPE, kind);
            content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
        }
        inArtifact = true;
    }

    void endArtifact(PDPageContentStream content) throws IOException {
        content.endMarkedContent();
        inArtifact = false;
    }

    boolean inArtifact() {
        return inArtifact;
    }

    /** A new page: its marked-content ids start at 0 and are found through its own key. */
    void page(PDPage newPage) {
        page = newPage;
        pageKey = elementsByPage.size();
        elementsByPage.put(pageKey, new COSArray());
        newPage.setStructParents(pageKey);
        // reading order follows the structure, also for anything a viewer adds later
        newPage.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    /** Writes the lookup from each page's marked content back to its elements; call once, after the last page. */
    void finish() {
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        Map<Integer, COSObjectable> numbers = new LinkedHashMap<>();
        elementsByPage.forEach((key, elements) -> numbers.put(key, elements));
        parentTree.setNumbers(numbers);
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(elementsByPage.size());
    }
}
