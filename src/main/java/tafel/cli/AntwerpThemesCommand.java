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
import tafel.antwerp.ProcessStep;
import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.app.TableEntry;
import tafel.app.TafelException;
import tafel.app.ThemeEntries;
import tafel.app.TiePick;
import tafel.app.WriteAccess;
import tafel.io.antwerp.ProcessFolder;
import tafel.terminal.AntwerpEntry;
import tafel.web.RoomClient;

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

    @Option(names = "--tables", paramLabel = "N", descriptionKey = "antwerp.entry.tables")
    Integer tables;

    @Override
    public Integer call() throws Exception {
        // while the room's server runs it is the one writer: the prompt and --undo go through it
        Optional<RoomClient> room = EntryLines.room(dir, parent.console(), input == null && picks.isEmpty());
        if (room.isPresent()) {
            return enter(parent.console(), room);
        }
        // one writer per folder for as long as this runs: two would interleave the journal
        try (WriteAccess.Claim claim = WriteAccess.claim(dir, "antwerp themes", parent.environment().now())) {
            return enter(parent.console(), room);
        }
    }

    private Integer enter(Console console, Optional<RoomClient> room) throws Exception {
        AntwerpProcess process = EntryLines.forEvening(AntwerpProcess.open(new ConsoleNotices(console),
                new ProcessFolder(dir)), tables);
        if (process.direct()) {
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.direct.noStep", dir.toString());
        }
        if (undo != null) {
            AntwerpUndo.undo(console, process, undo, ProcessStep.THEMES, parent.environment(), room);
        } else if (!picks.isEmpty()) {
            pick(console, process);
        } else if (input != null) {
            EntryLines.sayWhenUnchecked(console, process);
            TableEntry.Batch saved = ThemeEntries.enterAll(process, input, evening, parent.environment().now(),
                    new ConsoleNotices(console));
            console.say("antwerp.themes.read", saved.tables(), saved.rows(), input.toString());
        } else {
            EntryLines.sayWhenUnchecked(console, process);
            new AntwerpEntry(console.messages(), console.out()).themes(process.contents().catalogue(),
                    process.rules().themesPerTable(), evening,
                    EntryLines.desk(console, process, ProcessStep.THEMES, parent.environment(), room, evening,
                            (written, replace) -> ThemeEntries.enter(process, evening, written.table(), written.themes(),
                                    parent.environment().now(), replace)),
                    () -> {
                        AntwerpProcess now = EntryLines.now(process, room, tables);
                        new OutcomeTables(console, now).themes(now.outcome().themes(), big);
                    });
            return ExitCode.OK;
        }
        AntwerpProcess now = EntryLines.now(process, room, tables);
        new OutcomeTables(console, now).themes(now.outcome().themes(), big);
        return ExitCode.OK;
    }

    private void pick(Console console, AntwerpProcess process) {
        TiePick.pick(process, picks, parent.environment().now());
        console.say("antwerp.pick.done", String.join(", ", picks));
    }
}
