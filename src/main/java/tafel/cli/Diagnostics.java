package tafel.cli;

import tafel.draaiboek.Finding;
import tafel.draaiboek.Severity;

/** Puts findings into words as {@code file:line:column: error: message hint}, one line each. */
final class Diagnostics {

    private final Console console;

    Diagnostics(Console console) {
        this.console = console;
    }

    String message(Finding finding) {
        return console.messages().get(finding.messageKey(), finding.args());
    }

    String hint(Finding finding) {
        return finding.hintKey() == null ? "" : console.messages().get(finding.hintKey(), finding.hintArgs());
    }

    String line(String file, Finding finding) {
        String severity = finding.severity() == Severity.ERROR
                ? console.style().error(finding.severity().label())
                : console.style().warning(finding.severity().label());
        String hint = hint(finding);
        return file + ":" + finding.position().line() + ":" + finding.position().column() + ": "
                + severity + ": " + message(finding) + (hint.isEmpty() ? "" : " " + hint);
    }

    void print(String file, Iterable<Finding> findings) {
        for (Finding finding : findings) {
            console.err().println(line(file, finding));
        }
        console.err().flush();
    }
}
