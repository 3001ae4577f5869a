package tafel.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.KeepDraw;
import tafel.app.WriteAccess;

/** {@code tafel lot replace DIR --out ID}: the first reserve who can take a leaving member's seat within the quotas. */
@Command(name = "replace", mixinStandardHelpOptions = true, sortOptions = false)
final class LotReplaceCommand implements Callable<Integer> {

    @ParentCommand
    LotCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "lot.replace.dir")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "ID", descriptionKey = "lot.replace.out")
    String out;

    @Override
    public Integer call() throws java.io.IOException {
        Console console = parent.root.console();
        try (WriteAccess.Claim claim = WriteAccess.claim(dir, "lot replace", parent.root.environment().now())) {
            ConsoleNotices notices = new ConsoleNotices(console);
            String reserve = KeepDraw.replace(notices, dir, out, parent.root.environment().now());
            KeepDraw.Kept now = KeepDraw.open(notices, dir);
            console.out().println(console.text("lot.replace.done", reserve, out));
            console.out().println(console.text("lot.replace.panel", String.join(", ", now.panel())));
            console.out().println(console.text("lot.replace.left", now.reservesLeft().isEmpty() ? "-"
                    : String.join(", ", now.reservesLeft())));
            console.out().flush();
        }
        return ExitCode.OK;
    }
}
