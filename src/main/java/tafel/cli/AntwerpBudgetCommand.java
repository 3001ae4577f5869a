package tafel.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.antwerp.ProcessStep;
import tafel.antwerp.ThemeCatalogue;
import tafel.antwerp.ThemeTally;
import tafel.app.AntwerpProcess;
import tafel.app.BudgetEntries;
import tafel.app.ExitCode;
import tafel.app.TableEntry;
import tafel.app.TakeInOnline;
import tafel.app.TafelException;
import tafel.app.WriteAccess;
import tafel.io.antwerp.ProcessFolder;
import tafel.terminal.AntwerpEntry;
import tafel.web.RoomClient;

/** {@code tafel antwerp budget DIR}: each table's split of the whole budget over the selected themes. */
@Command(name = "budget", mixinStandardHelpOptions = true, sortOptions = false)
final class AntwerpBudgetCommand implements Callable<Integer> {

    @ParentCommand
    AntwerpCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "antwerp.dir")
    Path dir;

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "antwerp.budget.input")
    Path input;

    @Option(names = "--online", paramLabel = "FILE", descriptionKey = "antwerp.budget.onlineOption")
    Path online;

    @Option(names = "--undo", paramLabel = "ENTRY", descriptionKey = "antwerp.undo")
    Integer undo;

    @Option(names = "--tables", paramLabel = "N", descriptionKey = "antwerp.entry.tables")
    Integer tables;

    @Override
    public Integer call() throws IOException {
        // while the room's server runs it is the one writer: the prompt and --undo go through it
        Optional<RoomClient> room = EntryLines.room(dir, parent.console(), input == null && online == null);
        if (room.isPresent()) {
            return enter(parent.console(), room);
        }
        // one writer per folder for as long as this runs: two would interleave the journal
        try (WriteAccess.Claim claim = WriteAccess.claim(dir, "antwerp budget", parent.environment().now())) {
            return enter(parent.console(), room);
        }
    }

    private Integer enter(Console console, Optional<RoomClient> room) throws IOException {
        ProcessFolder folder = new ProcessFolder(dir);
        AntwerpProcess process = EntryLines.forEvening(AntwerpProcess.open(new ConsoleNotices(console), folder), tables);
        ThemeTally.Result themes = process.outcome().themes();
        if (process.direct() && process.budgetKeys().isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.budget.noPlans").withHint("antwerp.budget.noPlans.hint", dir.toString());
        }
        if (!process.direct() && (!themes.decided() || themes.selected().isEmpty())) {
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.budget.themesOpen").withHint("antwerp.budget.themesOpen.hint", dir.toString());
        }
        List<String> selected = process.budgetKeys();
        if (undo != null) {
            AntwerpUndo.undo(console, process, undo, ProcessStep.BUDGET, parent.environment(), room);
            AntwerpProcess now = EntryLines.now(process, room, tables);
            new OutcomeTables(console, now).budget(now.outcome(), false);
            return ExitCode.OK;
        } else if (input == null && online == null) {
            EntryLines.sayWhenUnchecked(console, process);
            ThemeCatalogue options = process.budgetCatalogue();
            List<String> names = selected.stream().map(id -> options.byId(id).name()).toList();
            AntwerpProcess current = process;
            new AntwerpEntry(console.messages(), console.out()).budget(names, process.rules().themesBudget(), process.direct(),
                    EntryLines.desk(console, current, ProcessStep.BUDGET, parent.environment(), room, "",
                            (line, replace) -> BudgetEntries.enter(current, selected, line.table(), line.items(),
                                    parent.environment().now(), console.messages().locale(), replace)),
                    () -> {
                        AntwerpProcess now = EntryLines.now(current, room, tables);
                        new OutcomeTables(console, now).budget(now.outcome(), false);
                    });
            return ExitCode.OK;
        }
        if (online != null) {
            process = EntryLines.forEvening(TakeInOnline.budget(new ConsoleNotices(console), folder, online), tables);
        }
        if (input != null) {
            EntryLines.sayWhenUnchecked(console, process);
            TableEntry.Batch saved = BudgetEntries.enterAll(process, input, selected, parent.environment().now(),
                    new ConsoleNotices(console));
            console.say("antwerp.budget.read", saved.tables(), saved.rows(), input.toString());
        }
        new OutcomeTables(console, process).budget(process.outcome(), false);
        return ExitCode.OK;
    }
}
