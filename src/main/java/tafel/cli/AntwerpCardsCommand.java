package tafel.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.MakeCards;
import tafel.app.WriteAccess;
import tafel.io.antwerp.ProcessFolder;

/** {@code tafel antwerp cards DIR -o tafelkaarten.pdf}: a card per table with its QR code for the room's server. */
@Command(name = "cards", mixinStandardHelpOptions = true, sortOptions = false)
final class AntwerpCardsCommand implements Callable<Integer> {

    @ParentCommand
    AntwerpCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "antwerp.dir")
    Path dir;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf", descriptionKey = "report.output")
    Path output;

    @Option(names = "--url", paramLabel = "http://ADDRESS:PORT/", descriptionKey = "tablecards.url")
    String url;

    @Override
    public Integer call() throws Exception {
        Console console = parent.console();
        OutputTarget.check(output, dir);
        // the cards may make the tables' tokens, so they write the folder like any other writer
        try (WriteAccess.Claim claim = WriteAccess.claim(dir, "antwerp cards", parent.environment().now())) {
            byte[] pdf = MakeCards.tableCards(new ConsoleNotices(console), new ProcessFolder(dir), Optional.ofNullable(url),
                    console.messages(), new SecureRandom());
            OutputTarget.write(console, output, pdf, dir);
        }
        return ExitCode.OK;
    }
}
