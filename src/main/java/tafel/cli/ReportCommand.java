package tafel.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.MakeReport;

/** {@code tafel report DIR -o report.pdf}: the PDF report of a session folder or an Antwerp process folder. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "report.dir")
    Path dir;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf", descriptionKey = "report.output")
    Path output;

    @Option(names = "--anonymise", descriptionKey = "report.anonymise")
    boolean anonymise;

    @Override
    public Integer call() throws IOException {
        Console console = root.console();
        OutputTarget.check(output, dir);
        byte[] pdf = MakeReport.pdf(new ConsoleNotices(console), dir, anonymise, console.messages(),
                OffsetDateTime.now(root.environment().clock()));
        OutputTarget.write(console, output, pdf, dir);
        return ExitCode.OK;
    }
}
