package tafel.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Replaces people's names by pseudonyms ("Deelnemer K7Q"), also inside free text such as notes.
 *
 * <p>A pseudonym is made from the person's id (a hash of it, a few letters long), not from their
 * place in a list: the same person then has the same pseudonym in the report, on the cards, on the
 * table plan and in an export, whichever people each of them holds. In text, a name is found
 * however it is written: the whole name or any part of it (first name, surname), in any case,
 * with or without accents ("zoe", "JANSEN", "Zoë Jansen"). A part that two people share
 * becomes the bare label, a Dutch particle such as "van" or "de" is only replaced as part of a
 * whole name. When off, nothing changes.
 */
public final class Anonymiser {

    /** A person as the documents know them: the id the pseudonym is made from, and the name to hide. */
    public record Named(String id, String name) {
    }

    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "t", "ter", "ten", "te", "op",
            "in", "la", "le", "du", "da", "di", "von", "vom", "zu", "el", "al", "bin", "ben", "y");
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final boolean enabled;
    private final boolean participantList;
    private final String label;
    private final Map<String, String> byName = new LinkedHashMap<>();
    /** Whole names as their normalised words, longest first, with their pseudonym. */
    private final List<Map.Entry<List<String>, String>> wholeNames = new ArrayList<>();
    /** A normalised name part and its pseudonym, or the bare label when two people share it. */
    private final Map<String, String> parts = new HashMap<>();

    private Anonymiser(boolean enabled, boolean participantList, String label) {
        this.enabled = enabled;
        this.participantList = participantList;
        this.label = label;
    }

    public static Anonymiser off() {
        return new Anonymiser(false, false, "");
    }

    /** @param label such as "Deelnemer" */
    public static Anonymiser of(List<Named> people, String label) {
        return of(people, label, true);
    }

    /**
     * @param participantList whether the people include the participants (not only, say, the
     *                        facilitators): without them names in free text cannot be found
     */
    public static Anonymiser of(List<Named> people, String label, boolean participantList) {
        Anonymiser anonymiser = new Anonymiser(true, participantList, label);
        Map<String, String> codes = codes(people.stream().map(Named::id).distinct().toList());
        for (Named person : people) {
            if (person.name().isBlank()) {
                continue;
            }
            String pseudonym = label + " " + codes.get(person.id());
            anonymiser.byName.putIfAbsent(person.name(), pseudonym);
            List<String> words = words(person.name());
            if (!words.isEmpty()) {
                anonymiser.wholeNames.add(Map.entry(words, pseudonym));
            }
            for (String word : words) {
                if (word.length() >= 2 && !PARTICLES.contains(word)) {
                    anonymiser.parts.merge(word, pseudonym, (one, other) -> one.equals(other) ? one : label);
                }
            }
        }
        anonymiser.wholeNames.sort((a, b) -> Integer.compare(b.getKey().size(), a.getKey().size()));
        return anonymiser;
    }

    /** Short codes from the ids, lengthened until no two ids share one. */
    private static Map<String, String> codes(List<String> ids) {
        for (int length = 3; ; length++) {
            Map<String, String> codes = new HashMap<>();
            java.util.Set<String> used = new java.util.HashSet<>();
            boolean clash = false;
            for (String id : ids) {
                String code = code(id, length);
                clash |= !used.add(code);
                codes.put(id, code);
            }
            if (!clash || length >= 12) {
                return codes;
            }
        }
    }

    private static String code(String id, int length) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < length; i++) {
                code.append(CODE_LETTERS.charAt((hash[i] & 0xff) % CODE_LETTERS.length()));
            }
            return code.toString();
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java", missing);
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** Whether the participants' names are known: without them, names in free text cannot be hidden. */
    public boolean knowsNames() {
        return participantList && !byName.isEmpty();
    }

    /** A known name's pseudonym; an unknown name becomes its initials. */
    public String name(String name) {
        if (!enabled || name.isBlank()) {
            return name;
        }
        String known = byName.get(name);
        return known != null ? known : text(name).equals(name) ? initials(name) : text(name);
    }

    /** Every known name, and every part of one, replaced wherever and however it is written. */
    public String text(String text) {
        if (!enabled || wholeNames.isEmpty()) {
            return text;
        }
        List<int[]> spans = wordSpans(text);
        List<String> keys = spans.stream().map(span -> normal(text.substring(span[0], span[1]))).toList();
        StringBuilder out = new StringBuilder();
        int written = 0;
        for (int w = 0; w < spans.size(); ) {
            int matched = 0;
            String pseudonym = null;
            for (Map.Entry<List<String>, String> whole : wholeNames) {
                int size = whole.getKey().size();
                if (size > 1 && w + size <= spans.size() && keys.subList(w, w + size).equals(whole.getKey())
                        && joinedBySpaces(text, spans, w, size)) {
                    matched = size;
                    pseudonym = whole.getValue();
                    break;
                }
            }
            if (matched == 0 && parts.containsKey(keys.get(w))) {
                matched = 1;
                pseudonym = parts.get(keys.get(w));
            }
            if (matched == 0) {
                w++;
                continue;
            }
            out.append(text, written, spans.get(w)[0]).append(pseudonym);
            written = spans.get(w + matched - 1)[1];
            w += matched;
        }
        return out.append(text, written, text.length()).toString();
    }

    /** Whether the words w … w+size−1 are separated by nothing but spaces and hyphens (one name, not a list). */
    private static boolean joinedBySpaces(String text, List<int[]> spans, int w, int size) {
        for (int i = w; i < w + size - 1; i++) {
            if (!text.substring(spans.get(i)[1], spans.get(i + 1)[0]).matches("[\\s\\-]+")) {
                return false;
            }
        }
        return true;
    }

    /** How many letters follow from {@code at}: after an apostrophe, one ("Jansen's") is a possessive, more (D'Souza) a name. */
    private static int lettersAfter(String text, int at) {
        int count = 0;
        for (int i = at; i < text.length() && Character.isLetter(text.codePointAt(i)); i += Character.charCount(text.codePointAt(i))) {
            count++;
        }
        return count;
    }

    /** Start and end of every word: letters and marks, with an apostrophe inside a name (D'Souza) kept. */
    private static List<int[]> wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int code = text.codePointAt(i);
            if (!Character.isLetter(code)) {
                i += Character.charCount(code);
                continue;
            }
            int start = i;
            while (i < text.length()) {
                int c = text.codePointAt(i);
                boolean inner = (c == '\'' || c == '’') && i > start && lettersAfter(text, i + 1) > 1;
                if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK && !inner) {
                    break;
                }
                i += Character.charCount(c);
            }
            spans.add(new int[] {start, i});
        }
        return spans;
    }

    private static List<String> words(String name) {
        return wordSpans(name).stream().map(span -> normal(name.substring(span[0], span[1]))).toList();
    }

    /** Lower case without accents: "Zoë" and "ZOE" and "zoe" are one word; so are "Yılmaz" and "Yilmaz", "Øyvind" and "Oyvind". */
    static String normal(String word) {
        String plain = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('’', '\'')
                .toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            switch (c) {
                case 'ı' -> folded.append('i');
                case 'ø' -> folded.append('o');
                case 'ł' -> folded.append('l');
                case 'đ' -> folded.append('d');
                case 'æ' -> folded.append("ae");
                case 'œ' -> folded.append("oe");
                case 'ß' -> folded.append("ss");
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }

    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                initials.appendCodePoint(part.codePointAt(0)).append('.');
            }
        }
        return initials.toString();
    }
}
