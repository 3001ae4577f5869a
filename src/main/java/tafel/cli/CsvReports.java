package tafel.cli;

import java.util.List;

import tafel.io.antwerp.CsvProblem;

/** Reporting the rejected rows of organiser CSVs the same way in every command. */
final class CsvReports {

    private CsvReports() {
    }

    /** Prints every problem as {@code file:line: message}; stops with exit 65 when any row was rejected. */
    static void check(Console console, List<CsvProblem> problems, int rowsRead, int rejected) {
        new ConsoleNotices(console).requireUsable(problems, rowsRead, rejected);
    }
}
