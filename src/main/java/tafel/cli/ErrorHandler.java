package tafel.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import tafel.app.ExitCode;
import tafel.app.TafelException;
import tafel.io.csv.CsvInput;
import tafel.io.files.IoFailure;
import tafel.io.files.TextFiles;
import tafel.journal.JournalWriteFailed;

/**
 * Turns anything a command throws into one line in the user's language and a documented exit
 * code. A stack trace only with {@code --debug}: facilitators are not programmers.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    private final Console console;

    ErrorHandler(Console console) {
        this.console = console;
    }

    @Override
    public int handleExecutionException(Exception thrown, CommandLine commandLine, ParseResult parseResult) {
        TafelException problem = explain(thrown);
        console.err().println("tafel: " + console.style().error(console.messages().get(problem.phrase())));
        if (problem.hint() != null) {
            console.err().println("  " + console.messages().get(problem.hint()));
        }
        if (console.debug()) {
            thrown.printStackTrace(console.err());
        }
        console.err().flush();
        return problem.exitCode();
    }

    private static TafelException explain(Throwable thrown) {
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
