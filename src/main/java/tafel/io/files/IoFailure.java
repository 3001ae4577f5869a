package tafel.io.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

import tafel.text.Phrase;

/**
 * Why a file could not be read or written, in words the user's language has: the operating
 * system's own message is English whatever the user reads, so the common causes get a key.
 */
public final class IoFailure {

    private IoFailure() {
    }

    public static Phrase reason(IOException failure) {
        String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        String reason = failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null
                ? fileSystem.getReason().toLowerCase(Locale.ROOT) : message;
        if (reason.contains("no space left") || reason.contains("disk quota")) {
            return Phrase.of("io.reason.full");
        }
        if (reason.contains("read-only file system")) {
            return Phrase.of("io.reason.read-only");
        }
        if (failure instanceof AccessDeniedException || reason.contains("permission denied")
                || reason.contains("operation not permitted")) {
            return Phrase.of("io.reason.denied");
        }
        if (failure instanceof NoSuchFileException || reason.contains("no such file")) {
            return Phrase.of("io.reason.missing");
        }
        if (failure instanceof NotDirectoryException || reason.contains("not a directory")) {
            return Phrase.of("io.reason.not-folder");
        }
        if (reason.contains("is a directory")) {
            return Phrase.of("io.reason.is-folder");
        }
        return Phrase.of("io.reason.other", String.valueOf(failure.getMessage()));
    }
}
