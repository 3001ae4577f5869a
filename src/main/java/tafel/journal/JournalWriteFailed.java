package tafel.journal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An entry could not be written to the journal (a full disk, a pulled USB stick). Nothing of it
 * was confirmed and nothing of it stays in the journal; everything confirmed before is there.
 */
public final class JournalWriteFailed extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public JournalWriteFailed(Path file, IOException cause) {
        super(cause.getMessage(), cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The operating system's failure, for a plain reason in the user's language. */
    public IOException failure() {
        return (IOException) getCause();
    }
}
