package tafel.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.antwerp.AntwerpOutcome;
import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.app.ExportPabulib;
import tafel.app.SessionOverview;
import tafel.app.SessionParticipants;
import tafel.app.TafelException;
import tafel.io.antwerp.ProcessFolder;
import tafel.presentation.CsvWords;
import tafel.presentation.OutcomeViews;
import tafel.presentation.OutcomeViews.Step;
import tafel.presentation.SessionViews;
import tafel.report.Anonymiser;

/**
 * {@code tafel export DIR}: a session's blocks or notes, or an Antwerp process's themes, budgets
 * or projects, as CSV (machine, or Dutch Excel with --excel) or as JSON (docs/export-format.md).
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    enum Format { csv, json, pb }

    @ParentCommand
    TafelCommand root;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "report.dir")
    Path dir;

    @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "csv|json|pb", descriptionKey = "export.format")
    Format format;

    @Option(names = "--table", paramLabel = "NAME", descriptionKey = "export.table")
    String table;

    @Option(names = "--excel", descriptionKey = "export.excel")
    boolean excel;

    @Option(names = "--anonymise", descriptionKey = "report.anonymise")
    boolean anonymise;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "match.output")
    Path output;

    @Override
    public Integer call() {
        Console console = root.console();
        OutputTarget.check(output, dir);
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (new ProcessFolder(dir).exists()) {
            antwerp(console, out);
        } else {
            session(console, out);
        }
        out.flush();
        OutputTarget.write(console, output, text.toString(), dir);
        return ExitCode.OK;
    }

    private void session(Console console, PrintWriter out) {
        ConsoleNotices notices = new ConsoleNotices(console);
        if (format == Format.pb) {
            throw TafelException.of(ExitCode.USAGE, "export.pb.session");
        }
        SessionOverview session = SessionOverview.read(notices, dir, root.environment().clock());
        Anonymiser anonymiser = SessionParticipants.anonymiser(notices, session.draaiboek(), dir, anonymise,
                console.text("report.pseudonym"));
        if (format == Format.json) {
            SessionViews.exportJson(out, session, anonymiser::text, anonymiser.enabled());
            return;
        }
        switch (table == null ? "blocks" : table.toLowerCase(Locale.ROOT)) {
            case "notes" -> SessionViews.notesCsv(out, session.notes(), anonymiser::text, CsvWords.of(excel, console.messages()));
            case "blocks" -> SessionViews.blocksCsv(out, session.blocks(), "", CsvWords.of(excel, console.messages()));
            default -> throw TafelException.of(ExitCode.USAGE, "export.table.unknown", table, "blocks, notes");
        }
    }

    private void antwerp(Console console, PrintWriter out) {
        ConsoleNotices notices = new ConsoleNotices(console);
        AntwerpProcess process = AntwerpProcess.open(notices, new ProcessFolder(dir));
        if (format == Format.pb) {
            out.print(ExportPabulib.export(notices, process));
            return;
        }
        AntwerpOutcome outcome = process.outcome();
        if (format == Format.json) {
            OutcomeViews.printJson(out, process, outcome, null, console.messages());
            return;
        }
        String which = table == null ? "projects" : table.toLowerCase(Locale.ROOT);
        Step step = Arrays.stream(Step.values()).filter(candidate -> candidate.name().equals(which)).findFirst()
                .orElseThrow(() -> TafelException.of(ExitCode.USAGE, "export.table.unknown", table, "themes, budget, projects"));
        OutcomeViews.csv(out, process, outcome, step, CsvWords.of(excel, console.messages()));
    }
}
