package tafel.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Names in the order a reader looks for them: letters as the language sorts them, numbers by their
 * value — "Deelnemer 2" before "Deelnemer 10", as pseudonyms and numbered names need.
 */
public final class NaturalOrder implements Comparator<String> {

    private final Collator letters;

    public NaturalOrder(Locale locale) {
        this.letters = Collator.getInstance(locale);
        // "deelnemer 3" between "Deelnemer 2" and "Deelnemer 10": case decides only when all else is equal
        letters.setStrength(Collator.SECONDARY);
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = runEnd(a, i);
            int endB = runEnd(b, j);
            String partA = a.substring(i, endA);
            String partB = b.substring(j, endB);
            boolean numberA = Character.isDigit(a.charAt(i));
            boolean numberB = Character.isDigit(b.charAt(j));
            int order;
            if (numberA && numberB) {
                order = compareNumbers(partA, partB);
            } else {
                order = letters.compare(partA, partB);
            }
            if (order != 0) {
                return order;
            }
            i = endA;
            j = endB;
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        // equal to the collator (case, accents) but not the same text: still a fixed order
        return rest != 0 ? rest : a.compareTo(b);
    }

    /** Where the run of digits, or of everything else, that starts at {@code from} ends. */
    private static int runEnd(String text, int from) {
        boolean digits = Character.isDigit(text.charAt(from));
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    /** By value, however long (leading zeros ignored, then the shorter with zeros first). */
    private static int compareNumbers(String a, String b) {
        String strippedA = a.replaceFirst("^0+(?=.)", "");
        String strippedB = b.replaceFirst("^0+(?=.)", "");
        if (strippedA.length() != strippedB.length()) {
            return Integer.compare(strippedA.length(), strippedB.length());
        }
        int order = strippedA.compareTo(strippedB);
        return order != 0 ? order : Integer.compare(a.length(), b.length());
    }
}
