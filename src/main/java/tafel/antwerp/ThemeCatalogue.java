package tafel.antwerp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tafel.text.ClosestMatch;

/** The themes a table can choose from, in catalogue order (which also breaks ties, as documented). */
public record ThemeCatalogue(List<Theme> themes) {

    public ThemeCatalogue {
        themes = List.copyOf(themes);
    }

    /**
     * Finds a theme by id, or by name ignoring case, accents and extra spaces; failing that, by
     * the start of its name ("veiligheid" for "Veiligheid in de buurt") or a one-letter slip
     * ("hondenweide"), but only when exactly one theme fits, so a guess is never ambiguous.
     */
    public Optional<Theme> find(String written) {
        String wanted = written.strip();
        for (Theme theme : themes) {
            if (theme.id().equals(wanted)) {
                return Optional.of(theme);
            }
        }
        String key = normal(wanted);
        Optional<Theme> exact = themes.stream()
                .filter(theme -> normal(theme.name()).equals(key) || normal(theme.id()).equals(key)).findFirst();
        if (exact.isPresent() || key.length() < 2) {
            return exact;
        }
        // a start that fits one name only is that name; a near miss is suggested, never taken
        List<Theme> prefixed = starting(key);
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** The themes whose names start with what was written: more than one when it is ambiguous. */
    public List<Theme> startingWith(String written) {
        String key = normal(written.strip());
        return key.length() < 2 ? List.of() : starting(key);
    }

    private List<Theme> starting(String key) {
        return themes.stream().filter(theme -> normal(theme.name()).startsWith(key)).toList();
    }

    /** The closest name, for "did you mean". */
    public Optional<String> suggest(String written) {
        List<String> names = new ArrayList<>();
        themes.forEach(theme -> names.add(theme.name()));
        return ClosestMatch.among(written.strip(), names);
    }

    public int indexOf(String id) {
        for (int i = 0; i < themes.size(); i++) {
            if (themes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Theme byId(String id) {
        return themes.get(indexOf(id));
    }

    /** A name as tables may type it: case, accents and extra spaces do not count. */
    public static String normal(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
