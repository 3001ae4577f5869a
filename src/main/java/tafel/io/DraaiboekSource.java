package tafel.io;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a draaiboek's text came from: a file (whose folder relative paths are resolved
 * against) or a built-in template.
 *
 * @param name   how to name it in messages: the path as the user typed it, or the template name
 * @param folder the folder that relative paths in the draaiboek are resolved against
 */
public record DraaiboekSource(String name, String text, Optional<Path> folder, boolean legacyEncoding) {
}
