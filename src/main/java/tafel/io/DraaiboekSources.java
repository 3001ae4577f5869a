package tafel.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import tafel.io.files.TextFiles;
import tafel.templates.TemplateCatalog;

/** Turns what the user typed (a path, or the name of a built-in template) into draaiboek text. */
public final class DraaiboekSources {

    private DraaiboekSources() {
    }

    /**
     * Reads the file at {@code written}; when there is no such file but a built-in template
     * has that name, reads the template instead.
     *
     * @throws NoSuchFileException when it is neither
     */
    public static DraaiboekSource open(String written) throws IOException {
        Path path = Path.of(written);
        if (Files.isRegularFile(path)) {
            TextFiles.Decoded decoded = TextFiles.read(path);
            Path folder = Optional.ofNullable(path.toAbsolutePath().getParent()).orElse(Path.of("."));
            return new DraaiboekSource(written, decoded.text(), Optional.of(folder), decoded.legacyEncoding());
        }
        Optional<String> template = TemplateCatalog.name(written);
        if (template.isPresent() && !written.contains("/") && !written.contains("\\")) {
            return new DraaiboekSource(template.get(), TemplateCatalog.text(template.get()), Optional.empty(), false);
        }
        if (Files.isDirectory(path)) {
            throw new TextFiles.FolderNotFile(path);
        }
        throw new NoSuchFileException(written);
    }
}
