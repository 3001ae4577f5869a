package tafel.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.antwerp.Allocation;
import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.Money;
import tafel.antwerp.ThemeTally;
import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.app.SessionRecord;
import tafel.app.TafelException;
import tafel.draaiboek.Draaiboek;
import tafel.io.SessionFolder;
import tafel.io.antwerp.ProcessFolder;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;
import tafel.presentation.OutcomeViews;
import tafel.report.Anonymiser;
import tafel.session.BlockStatus;
import tafel.session.SessionEvent;
import tafel.session.SessionState;

/**
 * {@code tafel export DIR}: a session's blocks or notes, or an Antwerp process's themes, budgets
 * or projects, as CSV (machine, or Dutch Excel with --excel) or as JSON (docs/export-format.md).
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    enum Format { csv, json }

    @ParentCommand
    TafelCommand root;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "report.dir")
    Path dir;

    @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "csv|json", descriptionKey = "export.format")
    Format format;

    @Option(names = "--table", paramLabel = "NAME", descriptionKey = "export.table")
    String table;

    @Option(names = "--excel", descriptionKey = "export.excel")
    boolean excel;

    @Option(names = "--anonymise", descriptionKey = "report.anonymise")
    boolean anonymise;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "match.output")
    Path output;

    private static final DateTimeFormatter AT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

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

    private CsvOutput csv(PrintWriter out, String... header) {
        return CsvOutput.of(excel, out, header);
    }

    private void session(Console console, PrintWriter out) {
        SessionFolder.Contents contents = SessionRecord.read(new ConsoleNotices(console), new SessionFolder(dir));
        Draaiboek draaiboek = SessionFolder.draaiboekOf(contents).orElseThrow();
        SessionState state = SessionState.replay(draaiboek, contents.events());
        OffsetDateTime now = state.lastEventAt().orElse(OffsetDateTime.now(root.environment().clock()));
        List<BlockStatus> rows = BlockStatus.of(state, now);
        List<SessionEvent.Note> notes = contents.events().stream().filter(SessionEvent.Note.class::isInstance)
                .map(SessionEvent.Note.class::cast).toList();
        Anonymiser anonymiser = SessionParticipants.anonymiser(console, draaiboek, dir, anonymise);
        String which = table == null ? "blocks" : table.toLowerCase(Locale.ROOT);
        if (format == Format.json) {
            JsonOutput json = new JsonOutput();
            ObjectNode root = json.object().put("kind", "session").put("title", draaiboek.title())
                    .put("started", state.started().map(AT::format).orElse(""))
                    .put("ended", state.ended().map(AT::format).orElse("")).put("anonymised", anonymiser.enabled());
            ArrayNode blocks = root.putArray("blocks");
            rows.forEach(row -> blocks.addObject().put("code", row.key()).put("title", row.block().title())
                    .put("planned_minutes", row.plannedMinutes()).put("adjust_minutes", row.adjustMinutes())
                    .put("actual_minutes", new BigDecimal(StatusCommand.minutes(row.actual())))
                    .put("start", row.start().map(AT::format).orElse("")).put("end", row.end().map(AT::format).orElse(""))
                    .put("notes", row.notes()));
            ArrayNode list = root.putArray("notes");
            notes.forEach(note -> list.addObject().put("block", note.block()).put("part", note.part())
                    .put("at", AT.format(note.at())).put("tag", note.tag()).put("text", anonymiser.text(note.text())));
            json.print(out, root);
            return;
        }
        switch (which) {
            case "notes" -> {
                try (CsvOutput csv = csv(out, "block", "part", "at", "tag", "text")) {
                    notes.forEach(note -> csv.row(note.block(), note.part(), AT.format(note.at()), note.tag(),
                            anonymiser.text(note.text())));
                }
            }
            case "blocks" -> {
                try (CsvOutput csv = csv(out, "code", "title", "planned_minutes", "adjust_minutes", "actual_minutes",
                        "paused_minutes", "overrun_minutes", "start", "end", "notes")) {
                    rows.forEach(row -> csv.row(row.key(), row.block().title(), row.plannedMinutes(), row.adjustMinutes(),
                            StatusCommand.minutes(row.actual()), StatusCommand.minutes(row.paused()),
                            StatusCommand.minutes(row.overrun()), row.start().map(AT::format).orElse(""),
                            row.end().map(AT::format).orElse(""), row.notes()));
                }
            }
            default -> throw TafelException.of(ExitCode.USAGE, "export.table.unknown", table, "blocks, notes");
        }
    }

    private void antwerp(Console console, PrintWriter out) {
        AntwerpProcess process = AntwerpProcess.open(new ConsoleNotices(console), new ProcessFolder(dir));
        AntwerpOutcome outcome = process.outcome();
        if (format == Format.json) {
            JsonOutput json = new JsonOutput();
            json.print(out, OutcomeViews.json(json, process, outcome, null, console.messages()));
            return;
        }
        String which = table == null ? "projects" : table.toLowerCase(Locale.ROOT);
        switch (which) {
            case "themes" -> {
                try (CsvOutput csv = csv(out, "theme", "name", "tables", "rank", "selected")) {
                    for (ThemeTally.RankedTheme ranked : outcome.themes().ranking()) {
                        csv.row(ranked.theme().id(), ranked.theme().name(), ranked.tables(), ranked.rank(),
                                ranked.selected() ? "yes" : "no");
                    }
                }
            }
            case "budget" -> {
                try (CsvOutput csv = csv(out, "theme", "name", "budget")) {
                    outcome.budgets().ifPresent(budgets -> {
                        for (Map.Entry<String, Long> budget : budgets.entrySet()) {
                            csv.row(budget.getKey(), process.contents().catalogue().byId(budget.getKey()).name(),
                                    Money.plain(budget.getValue()));
                        }
                    });
                }
            }
            case "projects" -> {
                try (CsvOutput csv = csv(out, "id", "title", "theme", "cost", "votes", "rank", "funded", "remaining")) {
                    outcome.allocation().ifPresent(result -> {
                        for (Allocation.Row row : result.rows()) {
                            csv.row(row.candidate().id(), row.candidate().title(), row.candidate().theme(),
                                    Money.plain(row.candidate().cost()), row.candidate().votes(), row.rank(),
                                    row.funded() ? "yes" : "no", Money.plain(row.remaining()));
                        }
                    });
                }
            }
            default -> throw TafelException.of(ExitCode.USAGE, "export.table.unknown", table, "themes, budget, projects");
        }
    }
}
