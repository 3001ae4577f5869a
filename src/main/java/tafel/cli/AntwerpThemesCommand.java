package tafel.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.antwerp.EntryRules;
import tafel.antwerp.ProcessEvent;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeTally;
import tafel.antwerp.TieRule;
import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.app.InputFiles;
import tafel.app.TafelException;
import tafel.io.antwerp.BatchRows;
import tafel.io.antwerp.CsvProblem;
import tafel.io.antwerp.ProcessFolder;
import tafel.io.csv.CsvInput;
import tafel.terminal.AntwerpEntry;

/** {@code tafel antwerp themes DIR}: each table's five themes, typed in live or read from a batch file. */
@Command(name = "themes", mixinStandardHelpOptions = true, sortOptions = false)
final class AntwerpThemesCommand implements Callable<Integer> {

    @ParentCommand
    AntwerpCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "antwerp.dir")
    Path dir;

    @Option(names = "--evening", defaultValue = "1", paramLabel = "NAME", descriptionKey = "antwerp.themes.evening")
    String evening;

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "antwerp.themes.input")
    Path input;

    @Option(names = "--pick", paramLabel = "THEME", split = ",", descriptionKey = "antwerp.themes.pick")
    List<String> picks = new ArrayList<>();

    @Option(names = "--undo", paramLabel = "ENTRY", descriptionKey = "antwerp.undo")
    Integer undo;

    @Option(names = "--big", descriptionKey = "antwerp.results.big")
    boolean big;

    @Override
    public Integer call() throws Exception {
        Console console = parent.console();
        AntwerpProcess process = AntwerpProcess.open(new ConsoleNotices(console), new ProcessFolder(dir));
        AntwerpResultsCommand.ResultsPrinter printer = new AntwerpResultsCommand.ResultsPrinter(console, process);
        if (undo != null) {
            AntwerpUndo.undo(console, process, undo, parent.environment());
        } else if (!picks.isEmpty()) {
            pick(console, process);
        } else if (input != null) {
            batch(console, process);
        } else {
            new AntwerpEntry(console.messages(), console.out()).themes(process.contents().catalogue(),
                    process.rules().themesPerTable(), evening, written -> enter(process, written.table(), written.themes()),
                    () -> printer.themes(process.outcome().themes(), big));
            return ExitCode.OK;
        }
        printer.themes(process.outcome().themes(), big);
        return ExitCode.OK;
    }

    /** One table typed in live: checked, journaled, or refused with the reasons. */
    private AntwerpEntry.Entered enter(AntwerpProcess process, String table, List<String> written) {
        EntryRules.Checked<List<String>> checked = EntryRules.themes(written, process.contents().catalogue(),
                process.rules().themesPerTable());
        if (!checked.ok()) {
            return AntwerpEntry.Entered.refused(checked.problems().stream().map(parent.console().messages()::get).toList());
        }
        process.append(List.of(new ProcessEvent.ThemesChosen(parent.environment().now(),
                process.state().nextEntry(), evening, table, checked.value(),
                process.state().themeChoice(evening, table).map(ProcessEvent::entry))));
        return AntwerpEntry.Entered.saved(checked.value().stream()
                .map(id -> process.contents().catalogue().byId(id).name()).toList());
    }

    private void batch(Console console, AntwerpProcess process) {
        CsvInput table = InputFiles.csv(input);
        List<CsvProblem> problems = new ArrayList<>();
        BatchRows.Read read = BatchRows.themes(table, evening, problems);
        int rejected = read.rejected();
        List<ProcessEvent> events = new ArrayList<>();
        int entry = process.state().nextEntry();
        for (BatchRows.Group group : read.groups()) {
            List<String> written = group.values().stream().map(BatchRows.Value::item).toList();
            EntryRules.Checked<List<String>> checked = EntryRules.themes(written, process.contents().catalogue(),
                    process.rules().themesPerTable());
            if (!checked.ok()) {
                rejected++;
                checked.problems().forEach(problem -> problems.add(new CsvProblem(input.toString(), group.line(),
                        tafel.text.Phrase.of("batch.table", group.key().get(0) + "/" + group.key().get(1), problem))));
                continue;
            }
            Optional<Integer> replaces = process.state().themeChoice(group.key().get(0), group.key().get(1))
                    .map(ProcessEvent::entry);
            events.add(new ProcessEvent.ThemesChosen(parent.environment().now(), entry++, group.key().get(0),
                    group.key().get(1), checked.value(), replaces));
        }
        CsvReports.check(console, problems, read.rows(), rejected);
        process.append(events);
        console.say("antwerp.themes.read", events.size(), read.rows(), input.toString());
    }

    private void pick(Console console, AntwerpProcess process) {
        ThemeTally.Result tally = process.outcome().themes();
        if (process.rules().tieRule() != TieRule.FACILITATOR || tally.tie().isEmpty()) {
            throw TafelException.of(ExitCode.USAGE, "antwerp.pick.noTie");
        }
        ThemeTally.Tie tie = tally.tie().get();
        List<String> ids = new ArrayList<>();
        for (String written : picks) {
            Optional<Theme> theme = process.contents().catalogue().find(written);
            if (theme.isEmpty() || !tie.themes().contains(theme.get())) {
                throw TafelException.of(ExitCode.USAGE, "antwerp.pick.notTied", written,
                        String.join(", ", tie.themes().stream().map(Theme::name).toList()));
            }
            ids.add(theme.get().id());
        }
        if (ids.stream().distinct().count() != tie.places()) {
            throw TafelException.of(ExitCode.USAGE, "antwerp.pick.count", tie.places());
        }
        process.append(List.of(new ProcessEvent.TieResolved(parent.environment().now(),
                process.state().nextEntry(), ids)));
        console.say("antwerp.pick.done", String.join(", ", picks));
    }
}
