package tafel.cli;

import tafel.draaiboek.Finding;
import tafel.draaiboek.Severity;
import tafel.presentation.FindingViews;

/** Puts findings into words as {@code file:line:column: error: message hint}, one line each. */
final class Diagnostics {

    private final Console console;

    Diagnostics(Console console) {
        this.console = console;
    }

    String line(String file, Finding finding) {
        String severity = finding.severity() == Severity.ERROR
                ? console.style().error(finding.severity().label())
                : console.style().warning(finding.severity().label());
        String hint = FindingViews.hint(console.messages(), finding);
        return file + ":" + finding.position().line() + ":" + finding.position().column() + ": "
                + severity + ": " + FindingViews.message(console.messages(), finding) + (hint.isEmpty() ? "" : " " + hint);
    }

    void print(String file, Iterable<Finding> findings) {
        for (Finding finding : findings) {
            console.err().println(line(file, finding));
        }
        console.err().flush();
    }
}
