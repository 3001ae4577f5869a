package tafel.text;

import java.text.Normalizer;
import java.util.Locale;

/** Folder-safe names from titles: "Leersessie: bewoners & ambtenaren" → "leersessie-bewoners-ambtenaren". */
public final class Slug {

    private Slug() {
    }

    public static String of(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "sessie" : slug;
    }
}
