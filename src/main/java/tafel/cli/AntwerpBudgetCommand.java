package tafel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.app.InputFiles;
import tafel.app.TafelException;
import tafel.io.antwerp.BatchRows;
import tafel.io.antwerp.CsvProblem;
import tafel.io.antwerp.ProcessFolder;
import tafel.io.csv.CsvInput;
import tafel.terminal.AntwerpEntry;
import tafel.text.Phrase;

/** {@code tafel antwerp budget DIR}: each table's split of the whole budget over the selected themes. */
@Command(name = "budget", mixinStandardHelpOptions = true, sortOptions = false)
final class AntwerpBudgetCommand implements Callable<Integer> {

    @ParentCommand
    AntwerpCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "antwerp.dir")
    Path dir;

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "antwerp.budget.input")
    Path input;

    @Option(names = "--online", paramLabel = "FILE", descriptionKey = "antwerp.budget.online")
    Path online;

    @Option(names = "--undo", paramLabel = "ENTRY", descriptionKey = "antwerp.undo")
    Integer undo;

    @Override
    public Integer call() throws IOException {
        Console console = parent.console();
        ProcessFolder folder = new ProcessFolder(dir);
        AntwerpProcess process = AntwerpProcess.open(new ConsoleNotices(console), folder);
        ThemeTally.Result themes = process.outcome().themes();
        if (!themes.decided() || themes.selected().isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.budget.themesOpen").withHint("antwerp.budget.themesOpen.hint", dir.toString());
        }
        List<String> selected = themes.selected().stream().map(Theme::id).toList();
        AntwerpResultsCommand.ResultsPrinter printer = new AntwerpResultsCommand.ResultsPrinter(console, process);
        if (undo != null) {
            AntwerpUndo.undo(console, process, undo, parent.environment());
        } else if (input == null && online == null) {
            List<String> names = themes.selected().stream().map(Theme::name).toList();
            AntwerpProcess current = process;
            new AntwerpEntry(console.messages(), console.out()).budget(names, process.rules().budget(),
                    line -> enter(current, selected, line.table(), line.items()),
                    () -> printer.budget(current.outcome(), false));
            return ExitCode.OK;
        }
        if (online != null) {
            CsvInput check = InputFiles.csv(online);
            AntwerpProcess reread = AntwerpProcess.replace(new ConsoleNotices(console), folder, ProcessFolder.ONLINE_BUDGET, online.toString(),
                    Files.readAllBytes(online));
            console.say("antwerp.budget.online", reread.contents().onlineSplits().size(), check.rows().size());
            process = reread;
        }
        if (input != null) {
            batch(console, process, selected);
        }
        new AntwerpResultsCommand.ResultsPrinter(console, process).budget(process.outcome(), false);
        return ExitCode.OK;
    }

    /** Interactive: "TABLE: theme=amount, theme=25%, …". */
    private AntwerpEntry.Entered enter(AntwerpProcess process, List<String> selected, String table, List<String> items) {
        List<EntryRules.Share> shares = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String item : items) {
            int equals = item.lastIndexOf('=');
            Optional<EntryRules.Share> share = equals < 0 ? Optional.empty()
                    : ProcessFolder.share(item.substring(0, equals).strip(), item.substring(equals + 1));
            share.ifPresentOrElse(shares::add, () -> problems.add(parent.console().text("entry.split.item", item)));
        }
        if (!problems.isEmpty()) {
            return AntwerpEntry.Entered.refused(problems);
        }
        EntryRules.Checked<Map<String, Long>> checked = EntryRules.split(shares, process.contents().catalogue(), selected,
                process.rules().budget());
        if (!checked.ok()) {
            return AntwerpEntry.Entered.refused(checked.problems().stream().map(parent.console().messages()::get).toList());
        }
        process.append(List.of(new ProcessEvent.BudgetSplit(parent.environment().now(),
                process.state().nextEntry(), table, checked.value(), process.state().budgetSplit(table).map(ProcessEvent::entry))));
        return AntwerpEntry.Entered.saved(checked.value().entrySet().stream()
                .map(entry -> process.contents().catalogue().byId(entry.getKey()).name() + " "
                        + tafel.antwerp.Money.display(entry.getValue(), parent.console().messages().locale())).toList());
    }

    private void batch(Console console, AntwerpProcess process, List<String> selected) {
        CsvInput table = InputFiles.csv(input);
        List<CsvProblem> problems = new ArrayList<>();
        BatchRows.Read read = BatchRows.budget(table, "table", problems);
        int rejected = read.rejected();
        List<ProcessEvent> events = new ArrayList<>();
        int entry = process.state().nextEntry();
        for (BatchRows.Group group : read.groups()) {
            int before = problems.size();
            List<EntryRules.Share> shares = ProcessFolder.shares(group, input.toString(), problems);
            if (problems.size() > before) {
                rejected++;
                continue;
            }
            EntryRules.Checked<Map<String, Long>> checked = EntryRules.split(shares, process.contents().catalogue(),
                    selected, process.rules().budget());
            if (!checked.ok()) {
                rejected++;
                checked.problems().forEach(problem -> problems.add(new CsvProblem(input.toString(), group.line(),
                        Phrase.of("batch.table", group.key().get(0), problem))));
                continue;
            }
            events.add(new ProcessEvent.BudgetSplit(parent.environment().now(), entry++, group.key().get(0),
                    checked.value(), process.state().budgetSplit(group.key().get(0)).map(ProcessEvent::entry)));
        }
        CsvReports.check(console, problems, read.rows(), rejected);
        process.append(events);
        console.say("antwerp.budget.read", events.size(), read.rows(), input.toString());
    }
}
