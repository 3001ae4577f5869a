package tafel.io.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Optional;

import tafel.text.Phrase;

/**
 * The one way tafel writes what a user asked for with {@code -o}: never over one of the
 * command's own inputs, never into a folder that holds a journal, never a device replaced by a
 * file. Regular files are written atomically; devices and pipes are written to as they are.
 */
public final class OutputFiles {

    /** The file whose presence makes a folder a session or process folder. */
    public static final String JOURNAL = "events.jsonl";

    private OutputFiles() {
    }

    /** Why {@code target} may not be written by a command that read {@code inputs}, or empty when it may. */
    public static Optional<Phrase> refusal(Path target, Collection<Path> inputs) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return Optional.of(Phrase.of("output.refused.folder", target));
        }
        for (Path input : inputs) {
            if (sameFile(absolute, input)) {
                return Optional.of(Phrase.of("output.refused.input", target));
            }
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            return Optional.empty(); // a device or a pipe: written to, never replaced
        }
        return journalFolderAround(located(absolute)).map(folder -> Phrase.of("output.refused.journal-folder", target, folder));
    }

    /** Writes {@code content} to {@code target}, which {@link #refusal} allowed. */
    public static void write(Path target, byte[] content) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            // A character device or a FIFO: renaming a file over it would destroy it (as root, /dev/null for everyone)
            try (OutputStream stream = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                stream.write(content);
                stream.flush();
            }
            return;
        }
        // A link to a file: replace the file it points at, not the link
        Path real = Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
        AtomicFiles.write(real, content);
    }

    private static boolean sameFile(Path target, Path input) {
        Path other = input.toAbsolutePath().normalize();
        if (other.equals(target)) {
            return true;
        }
        try {
            return Files.exists(target) && Files.exists(other) && Files.isSameFile(target, other);
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** Where the target really is once links are followed, so a link cannot lead an output into a journal folder. */
    private static Path located(Path target) {
        try {
            if (Files.exists(target)) {
                return target.toRealPath();
            }
            Path parent = target.getParent();
            return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(target.getFileName()) : target;
        } catch (IOException unresolvable) {
            return target;
        }
    }

    /** The nearest folder at or above the target's folder that holds a journal. */
    private static Optional<Path> journalFolderAround(Path target) {
        for (Path folder = target.getParent(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(JOURNAL), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }
}
