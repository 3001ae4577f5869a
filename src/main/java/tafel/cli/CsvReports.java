package tafel.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import tafel.app.ExitCode;
import tafel.app.TafelException;
import tafel.io.antwerp.CsvProblem;
import tafel.io.csv.CsvInput;
import tafel.io.files.TextFiles;

/** Opening organiser CSVs and reporting their rejected rows the same way in every command. */
final class CsvReports {

    private CsvReports() {
    }

    static CsvInput open(Path file) {
        try {
            return CsvInput.read(file);
        } catch (NoSuchFileException missing) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.file.missing", file.toString());
        } catch (AccessDeniedException denied) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.file.unreadable", file.toString());
        } catch (TextFiles.FolderNotFile folder) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.file.folder", file.toString()).withHint("error.file.folder.hint");
        } catch (CsvInput.SyntaxError syntax) {
            throw TafelException.of(ExitCode.BAD_DATA, "csv.syntax", syntax.file(), syntax.line(), syntax.problem())
                    .withHint("csv.syntax.hint");
        } catch (IOException | IllegalArgumentException unreadable) {
            throw TafelException.of(ExitCode.BAD_DATA, "csv.unreadable", file.toString(),
                    String.valueOf(unreadable.getMessage()));
        }
    }

    /** Prints every problem as {@code file:line: message}; stops with exit 65 when any row was rejected. */
    static void check(Console console, List<CsvProblem> problems, int rowsRead, int rejected) {
        for (CsvProblem problem : problems) {
            console.err().println(problem.file() + ":" + problem.line() + ": " + console.messages().get(problem.message()));
        }
        console.err().flush();
        if (rejected > 0 || problems.stream().anyMatch(problem -> problem.message().key().startsWith("csv.column."))) {
            throw TafelException.of(ExitCode.BAD_DATA, "csv.rejected", rowsRead, rejected)
                    .withHint("csv.rejected.hint");
        }
    }
}
