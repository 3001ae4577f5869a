package tafel.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.MakeCards;

/** {@code tafel cards --matches FILE -o cards.pdf}: printable 1-on-1 cards, four per A4. */
@Command(name = "cards", mixinStandardHelpOptions = true, sortOptions = false)
final class CardsCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Option(names = "--matches", required = true, paramLabel = "FILE", descriptionKey = "cards.matches")
    Path matches;

    @Option(names = "--draaiboek", paramLabel = "FILE", descriptionKey = "cards.draaiboek")
    String draaiboek;

    @Option(names = "--block", paramLabel = "CODE", descriptionKey = "cards.block")
    String block;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf", descriptionKey = "report.output")
    Path output;

    @Option(names = "--anonymise", descriptionKey = "report.anonymise")
    boolean anonymise;

    @Override
    public Integer call() {
        Console console = root.console();
        OutputTarget.check(output, matches, draaiboekFile());
        byte[] pdf = MakeCards.matchCards(new ConsoleNotices(console), matches, Optional.ofNullable(draaiboek),
                Optional.ofNullable(block), anonymise, console.messages());
        OutputTarget.write(console, output, pdf, matches, draaiboekFile());
        return ExitCode.OK;
    }

    /** The draaiboek as a file, when it was given as one (a template name is no file to protect). */
    private Path draaiboekFile() {
        return draaiboek == null ? null : Path.of(draaiboek);
    }
}
