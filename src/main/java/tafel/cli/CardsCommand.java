package tafel.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tafel.app.DraaiboekFiles;
import tafel.app.ExitCode;
import tafel.app.InputFiles;
import tafel.app.TafelException;
import tafel.draaiboek.Block;
import tafel.draaiboek.Draaiboek;
import tafel.io.csv.CsvInput;
import tafel.report.Anonymiser;
import tafel.report.MatchCards;

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
        String heading = console.text("cards.heading");
        List<String> questions = List.of();
        if (draaiboek != null) {
            Draaiboek loaded = DraaiboekFiles.openUsable(new ConsoleNotices(console), draaiboek);
            heading = loaded.title();
            Optional<Block> chosen = block != null ? loaded.block(block)
                    : loaded.allBlocks().stream().filter(b -> b.matches().isPresent() || !b.questions().isEmpty()).findFirst();
            if (block != null && chosen.isEmpty()) {
                throw TafelException.of(ExitCode.USAGE, "cards.block.unknown", block, draaiboek);
            }
            if (chosen.isPresent()) {
                questions = chosen.get().questions();
                heading = loaded.title() + " · " + chosen.get().code() + " " + chosen.get().title();
            }
        }
        CsvInput table = InputFiles.csv(matches);
        Optional<Integer> round = table.column("round", "ronde");
        Optional<Integer> leftName = table.column("left_name");
        Optional<Integer> rightName = table.column("right_name");
        Optional<Integer> shared = table.column("shared_tags");
        if (leftName.isEmpty() || rightName.isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "cards.columns", matches.toString(), table.foundColumns());
        }
        List<String> names = new ArrayList<>();
        table.rows().forEach(row -> {
            names.add(row.cell(leftName.get()));
            names.add(row.cell(rightName.get()));
        });
        Anonymiser anonymiser = anonymise ? Anonymiser.of(names.stream().distinct().sorted().toList(),
                console.text("report.pseudonym")) : Anonymiser.off();
        List<MatchCards.Card> cards = new ArrayList<>();
        for (CsvInput.Row row : table.rows()) {
            int number = row.round(round);
            List<String> tags = shared.map(row::cell).filter(text -> !text.isBlank())
                    .map(text -> Arrays.stream(text.split("[;|]")).map(String::strip).toList()).orElse(List.of());
            cards.add(new MatchCards.Card(number, anonymiser.name(row.cell(leftName.get())),
                    anonymiser.name(row.cell(rightName.get())), tags));
        }
        OutputTarget.write(console, output, MatchCards.render(cards, heading, questions, console.messages()),
                matches, draaiboekFile());
        return ExitCode.OK;
    }

    /** The draaiboek as a file, when it was given as one (a template name is no file to protect). */
    private Path draaiboekFile() {
        return draaiboek == null ? null : Path.of(draaiboek);
    }
}
