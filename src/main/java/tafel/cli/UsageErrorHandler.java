package tafel.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import tafel.app.ExitCode;

/** A wrong command line: say what is wrong, suggest the closest option, point at --help; exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    private final Console console;

    UsageErrorHandler(Console console) {
        this.console = console;
    }

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine commandLine = problem.getCommandLine();
        console.err().println("tafel: " + console.style().error(UsageMessages.of(console.messages(), problem.getMessage())));
        if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            console.err().println(UsageMessages.suggestions(console.messages(), unmatched.getSuggestions()));
        }
        console.err().println(console.text("error.usage.hint", commandLine.getCommandSpec().qualifiedName()));
        if (console.debug()) {
            problem.printStackTrace(console.err());
        }
        console.err().flush();
        return ExitCode.USAGE;
    }
}
