package tafel.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.antwerp.ProcessStep;
import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.app.FollowProcess;
import tafel.app.TafelException;
import tafel.io.antwerp.ProcessFolder;
import tafel.terminal.ProjectorScreen;

/**
 * {@code tafel antwerp screen DIR}: the projector's view, in a second terminal. Follows the folder
 * as the entry terminal writes it and redraws within a poll interval; reads only, takes no lock.
 */
@Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false)
final class AntwerpScreenCommand implements Callable<Integer> {

    /** Often enough that the room sees an entry within half a second; an idle poll only lists the folder. */
    private static final Duration POLL = Duration.ofMillis(250);

    @ParentCommand
    AntwerpCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "antwerp.dir")
    Path dir;

    @Option(names = "--step", paramLabel = "themes|budget|projects", descriptionKey = "antwerp.screen.step")
    ProcessStep step;

    @Option(names = "--round", paramLabel = "R", descriptionKey = "antwerp.screen.round")
    String round;

    @Option(names = "--once", descriptionKey = "antwerp.screen.once")
    boolean once;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "100x30", descriptionKey = "antwerp.screen.size")
    String size;

    @Override
    public Integer call() throws IOException {
        Console console = parent.console();
        ProcessFolder folder = new ProcessFolder(dir);
        // opened once in the open: a folder that is no process is said now, not shown as an empty screen
        AntwerpProcess first = AntwerpProcess.open(new ConsoleNotices(console), folder);
        ProjectorBoards boards = new ProjectorBoards(console.messages());
        if (once) {
            int[] widthHeight = size();
            ProjectorScreen.frame(boards.of(first, Optional.ofNullable(step), Optional.ofNullable(round)), widthHeight[0],
                    widthHeight[1]).forEach(console.out()::println);
            console.out().flush();
            return ExitCode.OK;
        }
        FollowProcess follow = new FollowProcess(folder);
        new ProjectorScreen(() -> follow.changed().map(process -> boards.of(process, Optional.ofNullable(step),
                Optional.ofNullable(round))), parent.environment().colour(), POLL).run();
        return ExitCode.OK;
    }

    private int[] size() {
        String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            int width = Integer.parseInt(parts[0].strip());
            int height = Integer.parseInt(parts[1].strip());
            if (parts.length == 2 && width >= 20 && width <= 400 && height >= 8 && height <= 200) {
                return new int[] {width, height};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException invalid) {
            // said below
        }
        throw TafelException.of(ExitCode.USAGE, "antwerp.screen.size.invalid", size);
    }
}
