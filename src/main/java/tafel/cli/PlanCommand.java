package tafel.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.InputFiles;
import tafel.app.TafelException;
import tafel.io.csv.CsvInput;
import tafel.report.Anonymiser;
import tafel.report.TablePlanPdf;

/** {@code tafel plan --tables FILE -o plan.pdf}: a page per round and a page per person. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false)
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Option(names = "--tables", required = true, paramLabel = "FILE", descriptionKey = "plan.tables")
    Path tables;

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "plan.title")
    String title;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf", descriptionKey = "report.output")
    Path output;

    @Option(names = "--anonymise", descriptionKey = "report.anonymise")
    boolean anonymise;

    @Override
    public Integer call() {
        Console console = root.console();
        OutputTarget.check(output, tables);
        CsvInput table = InputFiles.csv(tables);
        Optional<Integer> round = table.column("round", "ronde");
        Optional<Integer> number = table.column("table", "tafel");
        Optional<Integer> id = table.column("participant_id", "id");
        Optional<Integer> name = table.column("participant_name", "name", "naam");
        if (number.isEmpty() || id.isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "plan.columns", tables.toString(), table.foundColumns());
        }
        List<String> ids = new ArrayList<>();
        table.rows().forEach(row -> ids.add(name.map(row::cell).orElse(row.cell(id.get()))));
        Anonymiser anonymiser = anonymise ? Anonymiser.of(ids.stream().distinct().sorted().toList(),
                console.text("report.pseudonym")) : Anonymiser.off();
        List<TablePlanPdf.Seat> seats = new ArrayList<>();
        for (CsvInput.Row row : table.rows()) {
            int r = row.round(round);
            String who = name.map(row::cell).filter(text -> !text.isBlank()).orElse(row.cell(id.get()));
            seats.add(new TablePlanPdf.Seat(r, row.cell(number.get()), row.cell(id.get()), anonymiser.name(who)));
        }
        String heading = title != null ? title : console.text("plan.heading");
        OutputTarget.write(console, output, TablePlanPdf.render(heading, seats, console.messages()), tables);
        return ExitCode.OK;
    }
}
