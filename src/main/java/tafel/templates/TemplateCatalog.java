package tafel.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The draaiboeken that ship with tafel. They live in {@code templates/} in the repository
 * and are bundled into the jar under the same folder; a test keeps this list and that folder
 * in step.
 */
public final class TemplateCatalog {

    public static final List<String> NAMES = List.of(
            "leersessie-ambtenaren",
            "leersessie-bewoners",
            "leersessie-bewoners-ambtenaren",
            "antwerpen-startmoment",
            "antwerpen-districtsforum",
            "antwerpen-festival");

    private TemplateCatalog() {
    }

    /** The template's name without a trailing ".yaml", if it is one of ours. */
    public static Optional<String> name(String written) {
        String bare = written.endsWith(".yaml") ? written.substring(0, written.length() - 5) : written;
        return NAMES.contains(bare) ? Optional.of(bare) : Optional.empty();
    }

    public static String text(String name) {
        String resource = "/templates/" + name + ".yaml";
        try (InputStream in = TemplateCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }
}
