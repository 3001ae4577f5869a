package tafel.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import tafel.io.csv.CsvInput;
import tafel.io.files.IoFailure;
import tafel.io.files.TextFiles;
import tafel.journal.JournalWriteFailed;

/**
 * What went wrong, in the terms every front end shows: a message, a hint and an exit code.
 * The commands print it on one line; the web server answers with it.
 */
public final class Failures {

    private Failures() {
    }

    /** The documented outcome of anything a use case throws: its own problems as they are, the rest explained. */
    public static TafelException explain(Throwable thrown) {
        if (thrown instanceof TafelException known) {
            return known;
        }
        Throwable cause = thrown instanceof UncheckedIOException unchecked ? unchecked.getCause() : thrown;
        if (cause instanceof JournalWriteFailed journal) {
            return TafelException.of(ExitCode.CANNOT_WRITE, "error.journal.write", journal.file().toString(),
                    IoFailure.reason(journal.failure())).withHint("error.journal.write.hint",
                    String.valueOf(journal.file().toAbsolutePath().getParent()));
        }
        if (cause instanceof TextFiles.FolderNotFile folder) {
            return TafelException.of(ExitCode.NO_INPUT, "error.file.folder", folder.getFile()).withHint("error.file.folder.hint");
        }
        if (cause instanceof CsvInput.SyntaxError syntax) {
            return TafelException.of(ExitCode.BAD_DATA, "csv.syntax", syntax.file(), syntax.line(), syntax.problem())
                    .withHint("csv.syntax.hint");
        }
        if (cause instanceof ArithmeticException overflow) {
            // every sum of amounts is exact: one that does not fit is said, not turned negative
            return TafelException.of(ExitCode.BAD_DATA, "error.overflow").withHint("error.overflow.hint");
        }
        if (cause instanceof NoSuchFileException missing) {
            return TafelException.of(ExitCode.NO_INPUT, "error.file.missing", missing.getFile());
        }
        if (cause instanceof AccessDeniedException denied) {
            return TafelException.of(ExitCode.NO_INPUT, "error.file.unreadable", denied.getFile());
        }
        if (cause instanceof IOException io) {
            return TafelException.of(ExitCode.NO_INPUT, "error.io", String.valueOf(io.getMessage()));
        }
        return TafelException.of(ExitCode.INTERNAL, "error.internal", thrown.getClass().getSimpleName(),
                String.valueOf(thrown.getMessage())).withHint("error.internal.hint");
    }
}
