package tafel.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.app.RoomAccess;
import tafel.app.RoomDesk;
import tafel.app.TafelException;
import tafel.app.WriteAccess;
import tafel.io.antwerp.ProcessFolder;
import tafel.web.RoomServer;

/**
 * {@code tafel antwerp serve DIR}: the room's server. Table hosts send their table's result from
 * their phones, the projector shows the tally live; while it runs it is the folder's one writer.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false)
final class AntwerpServeCommand implements Callable<Integer> {

    @ParentCommand
    AntwerpCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "antwerp.dir")
    Path dir;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", descriptionKey = "antwerp.serve.port")
    int port;

    @Option(names = "--bind", defaultValue = "0.0.0.0", paramLabel = "ADDR", descriptionKey = "antwerp.serve.bind")
    String bind;

    @Override
    public Integer call() throws Exception {
        Console console = parent.console();
        ServeAddress.checkPort(port);
        try (WriteAccess.Claim claim = WriteAccess.claim(dir, "antwerp serve", parent.environment().now())) {
            ProcessFolder folder = new ProcessFolder(dir);
            AntwerpProcess process = AntwerpProcess.open(new ConsoleNotices(console), folder);
            if (process.roster().isEmpty()) {
                throw TafelException.of(ExitCode.BAD_DATA, "antwerp.serve.noRoster").withHint("antwerp.serve.noRoster.hint",
                        dir.toString());
            }
            RoomAccess tokens = RoomAccess.open(folder, process.roster().get(), new SecureRandom());
            RoomDesk desk = new RoomDesk(process, tokens, parent.environment().clock());
            CountDownLatch stopped = new CountDownLatch(1);
            try (RoomServer server = RoomServer.start(bind, port, desk, tokens)) {
                String base = ServeAddress.base(bind, server.port());
                tokens.withLinks(folder, base);
                RoomAccess.announce(folder, "http://" + (bind.equals("0.0.0.0") ? "127.0.0.1" : bind) + ":" + server.port() + "/");
                // the first line is the address, so scripts and tests can read it
                console.out().println(base);
                console.out().println(console.text("antwerp.serve.facilitator", base + "f/" + tokens.adminToken()));
                console.out().println(console.text("antwerp.serve.projector", base));
                console.out().println(console.text("antwerp.serve.tables", dir.resolve(RoomAccess.TABLES_FILE).toString()));
                console.out().flush();
                // Ctrl-C ends the program before this thread gets further: the hook withdraws the address itself
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    RoomAccess.withdraw(folder);
                    stopped.countDown();
                }, "tafel-serve-stop"));
                stopped.await();
            } finally {
                RoomAccess.withdraw(folder);
            }
        }
        return ExitCode.OK;
    }
}
