package tafel.report;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * A line of text in the order and the letter forms it is drawn in. PDFBox draws glyphs left to
 * right as given; Arabic written in memory in reading order, with letters in their plain forms,
 * would print backwards and unjoined. So letters take their joined forms (ICU's ArabicShaping,
 * into the presentation forms fonts carry) and the line is put in visual order (the Unicode bidi
 * algorithm, paragraph direction from its first strong character, mirrored brackets). Text with
 * nothing right-to-left is returned as it is.
 */
final class VisualText {

    private VisualText() {
    }

    static String of(String text) {
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        String shaped;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(text);
        } catch (ArabicShapingException unshapeable) {
            shaped = text;
        }
        Bidi bidi = new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }
}
