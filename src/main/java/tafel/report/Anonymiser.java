package tafel.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces people's names by stable pseudonyms ("Deelnemer 3"), also inside free text such as
 * notes. The numbering follows the order given (callers sort by id), so the same people always
 * get the same pseudonyms. When off, it changes nothing.
 */
public final class Anonymiser {

    private final boolean enabled;
    private final Map<String, String> pseudonyms = new LinkedHashMap<>();

    private Anonymiser(boolean enabled) {
        this.enabled = enabled;
    }

    public static Anonymiser off() {
        return new Anonymiser(false);
    }

    /** @param names the names in a stable order; {@code label} such as "Deelnemer" */
    public static Anonymiser of(List<String> names, String label) {
        Anonymiser anonymiser = new Anonymiser(true);
        int number = 0;
        for (String name : names) {
            if (!name.isBlank() && !anonymiser.pseudonyms.containsKey(name)) {
                anonymiser.pseudonyms.put(name, label + " " + (++number));
            }
        }
        return anonymiser;
    }

    public boolean enabled() {
        return enabled;
    }

    public String name(String name) {
        return enabled ? pseudonyms.getOrDefault(name, name.isBlank() ? name : initials(name)) : name;
    }

    /** Every known name in the text replaced, longest first (so "Zoë Ünver" goes before "Zoë"). */
    public String text(String text) {
        if (!enabled) {
            return text;
        }
        List<String> names = new ArrayList<>(pseudonyms.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        String result = text;
        for (String name : names) {
            result = result.replace(name, pseudonyms.get(name));
        }
        return result;
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
