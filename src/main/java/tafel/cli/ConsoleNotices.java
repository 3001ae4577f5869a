package tafel.cli;

import java.util.List;

import tafel.app.Notices;
import tafel.draaiboek.Finding;
import tafel.io.antwerp.CsvProblem;
import tafel.text.Phrase;

/** The use cases' notices on the terminal: findings and rows as {@code file:line: message} on stderr. */
record ConsoleNotices(Console console) implements Notices {

    @Override
    public void findings(String file, List<Finding> findings) {
        new Diagnostics(console).print(file, findings);
    }

    @Override
    public void rows(List<CsvProblem> problems) {
        for (CsvProblem problem : problems) {
            console.err().println(problem.file() + ":" + problem.line() + ": " + console.messages().get(problem.message()));
        }
        console.err().flush();
    }

    @Override
    public void problem(Phrase reason) {
        console.err().println("tafel: " + console.messages().get(reason));
        console.err().flush();
    }

    @Override
    public void say(String key, Object... args) {
        console.say(key, args);
    }
}
