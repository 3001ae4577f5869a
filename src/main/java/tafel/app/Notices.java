package tafel.app;

import java.util.List;

import tafel.draaiboek.Finding;
import tafel.io.antwerp.CsvProblem;
import tafel.text.Phrase;

/**
 * What a use case has to tell the person using it besides its result: findings in a file, rows
 * that could not be used, a line of news. The commands print them on stderr; the web server
 * will show them on the page. A use case never prints.
 */
public interface Notices {

    /** Notices nobody reads: for a screen that shows only results (the projector). */
    static Notices quiet() {
        return new Notices() {
            @Override
            public void findings(String file, List<Finding> findings) {
            }

            @Override
            public void rows(List<CsvProblem> problems) {
            }

            @Override
            public void problem(Phrase reason) {
            }

            @Override
            public void say(String key, Object... args) {
            }
        };
    }

    /** Findings of a file (rules, syntax), each with its position. */
    void findings(String file, List<Finding> findings);

    /** Rows of organiser files that were rejected or warned about, each with its file and line. */
    void rows(List<CsvProblem> problems);

    /** A reason the work cannot be done, told before the error that stops it. */
    void problem(Phrase reason);

    /** One line of news (a message key with its arguments). */
    void say(String key, Object... args);

    /**
     * Tells every row problem and stops (exit 65) when a row could not be used or a column is
     * missing: a computation over part of the rows would look complete and be wrong.
     */
    default void requireUsable(List<CsvProblem> problems, int rowsRead, int rejected) {
        rows(problems);
        if (rejected > 0 || problems.stream().anyMatch(problem -> problem.message().key().startsWith("csv.column."))) {
            throw TafelException.of(ExitCode.BAD_DATA, "csv.rejected", rowsRead, rejected).withHint("csv.rejected.hint");
        }
    }
}
