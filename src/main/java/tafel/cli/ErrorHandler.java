package tafel.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import tafel.app.Failures;
import tafel.app.TafelException;

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
        TafelException problem = Failures.explain(thrown);
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
}
