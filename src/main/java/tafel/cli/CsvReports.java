package tafel.cli;

import java.util.List;

import tafel.app.ExitCode;
import tafel.app.TafelException;
import tafel.io.antwerp.CsvProblem;

/** Reporting the rejected rows of organiser CSVs the same way in every command. */
final class CsvReports {

    private CsvReports() {
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
