package tafel.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.SessionCountdown;
import tafel.app.StartSession;
import tafel.app.StartSession.Live;
import tafel.app.StartSession.Prepared;
import tafel.app.TafelException;
import tafel.io.participants.BlockAssignments;
import tafel.session.Decision;
import tafel.session.SessionCommand;
import tafel.terminal.Confirmation;
import tafel.terminal.FullScreenSession;
import tafel.terminal.LineSession;
import tafel.terminal.SimulatedClock;
import tafel.web.SessionServer;

/** {@code tafel run FILE}: runs a session live (full screen, plain lines, or headless from a script). */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false)
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "run.file")
    String file;

    @Option(names = "--session", paramLabel = "DIR", descriptionKey = "run.session")
    Path sessionDir;

    @Option(names = "--resume", paramLabel = "DIR", descriptionKey = "run.resume")
    Path resumeDir;

    @Option(names = "--reopen", descriptionKey = "run.reopen")
    boolean reopen;

    @Option(names = "--new", descriptionKey = "run.new")
    boolean fresh;

    @Option(names = {"-s", "--start"}, paramLabel = "HH:MM", descriptionKey = "run.start")
    LocalTime start;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "run.date")
    LocalDate date;

    @Option(names = "--warn", paramLabel = "MINUTES", defaultValue = "2", descriptionKey = "run.warn")
    int warnMinutes;

    @Option(names = "--headless", descriptionKey = "run.headless")
    boolean headless;

    @Option(names = "--input", paramLabel = "FILE|-", descriptionKey = "run.input")
    String input;

    @Option(names = "--plain", descriptionKey = "run.plain")
    boolean plain;

    @Option(names = "--serve", descriptionKey = "run.serve")
    boolean serve;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", descriptionKey = "antwerp.serve.port")
    int port;

    @Option(names = "--bind", defaultValue = "0.0.0.0", paramLabel = "ADDR", descriptionKey = "run.bind")
    String bind;

    @Override
    public Integer call() throws IOException {
        Console console = root.console();
        Environment environment = root.environment();
        if ((file == null) == (resumeDir == null)) {
            throw TafelException.of(ExitCode.USAGE, "run.fileOrResume").withHint("run.fileOrResume.hint");
        }
        if (input != null && !headless) {
            throw TafelException.of(ExitCode.USAGE, "run.inputNeedsHeadless");
        }
        if (warnMinutes < 0) {
            throw TafelException.of(ExitCode.USAGE, "run.warn.negative");
        }
        if (reopen && resumeDir == null) {
            throw TafelException.of(ExitCode.USAGE, "run.reopenNeedsResume");
        }
        ServeAddress.checkPort(port);
        ConsoleNotices notices = new ConsoleNotices(console);
        Clock clock = environment.clock();
        Prepared prepared = resumeDir != null ? StartSession.resume(notices, resumeDir, reopen, environment.now())
                : StartSession.create(notices, file, Optional.ofNullable(sessionDir), Optional.ofNullable(date), fresh, clock);
        String folder = prepared.folder().dir().toString();
        Optional<OffsetDateTime> plannedStart = prepared.plannedStart(Optional.ofNullable(start), Optional.ofNullable(date),
                clock);
        if (headless) {
            clock = new SimulatedClock(prepared.simulatedStart(Optional.ofNullable(start), Optional.ofNullable(date), clock)
                    .toInstant(), clock.getZone());
        }
        try (Live live = StartSession.open(prepared);
             Countdown countdown = Countdown.start(serve, bind, port, live, clock, warnMinutes)) {
            var session = live.session();
            Confirmation confirmation = new Confirmation(console.messages());
            String opening = "";
            if (reopen) {
                OffsetDateTime now = OffsetDateTime.now(clock);
                Decision reopened = StartSession.reopen(session, now);
                opening = confirmation.of(new SessionCommand.Reopen(), reopened.events(), session.state(), now, warnMinutes);
            } else if (!prepared.events().isEmpty()) {
                opening = confirmation.resumed(session.state(), OffsetDateTime.now(clock), warnMinutes, prepared.events().size());
            }
            if (countdown.base().isPresent()) {
                // the first thing shown, on the full screen too, so the projector can be pointed at it
                opening = (opening.isEmpty() ? "" : opening + "\n") + console.text("run.serve.url", countdown.base().get());
            }
            if (headless) {
                printOpening(console, opening);
                return runLines(console, live, clock, plannedStart, folder);
            }
            if (!plain && FullScreenSession.supported(environment.variables(), environment.terminal())) {
                Map<String, List<String>> assignments = new LinkedHashMap<>();
                BlockAssignments.load(prepared.draaiboek(), prepared.folder().dir(), new ArrayList<>())
                        .forEach((code, groups) -> assignments.put(code, AssignmentLines.of(console.messages(), groups)));
                FullScreenSession screen = new FullScreenSession(session, clock, console.messages(), warnMinutes,
                        !environment.colour(), assignments).plannedStart(plannedStart).opening(opening)
                        .onTerminate(() -> console.say("run.interrupted", folder));
                screen.run();
                if (screen.interrupted() && !session.state().isEnded()) {
                    console.say("run.interrupted", folder);
                    return ExitCode.OK;
                }
                console.say("run.left", folder);
                return ExitCode.OK;
            }
            console.say("run.plainMode");
            printOpening(console, opening);
            return runLines(console, live, clock, plannedStart, folder);
        }
    }

    /** The countdown page's server while the session runs, when asked for; nothing otherwise. */
    private record Countdown(Optional<SessionServer> server, Optional<String> base) implements AutoCloseable {

        static Countdown start(boolean serve, String bind, int port, Live live, Clock clock, int warnMinutes)
                throws IOException {
            if (!serve) {
                return new Countdown(Optional.empty(), Optional.empty());
            }
            SessionServer server = SessionServer.start(bind, port, new SessionCountdown(live.session(), clock, warnMinutes));
            return new Countdown(Optional.of(server), Optional.of(ServeAddress.base(bind, server.port())));
        }

        @Override
        public void close() {
            server.ifPresent(SessionServer::close);
        }
    }

    private static void printOpening(Console console, String opening) {
        if (!opening.isEmpty()) {
            console.out().println(opening);
            console.out().flush();
        }
    }

    private int runLines(Console console, Live live, Clock clock, Optional<OffsetDateTime> plannedStart,
                         String folder) throws IOException {
        var session = live.session();
        LineSession lines = new LineSession(session, clock, console.messages(), warnMinutes)
                .plannedStart(plannedStart).bell(() -> ring(console));
        // Ctrl-C or a closed window ends the program: say how to go on (everything confirmed is already on disk)
        Thread onStop = new Thread(() -> {
            if (!session.state().isEnded()) {
                console.say("run.interrupted", folder);
            }
        }, "tafel-resume-hint");
        boolean byHand = !headless;
        if (byHand) {
            Runtime.getRuntime().addShutdownHook(onStop);
        }
        try {
            return readLines(console, lines, live, folder);
        } finally {
            if (byHand) {
                try {
                    Runtime.getRuntime().removeShutdownHook(onStop);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it says what to do
                }
            }
        }
    }

    /** The terminal's bell, written as a byte past the filter that shows control characters as pictures. */
    private static void ring(Console console) {
        try {
            console.bytes().write(7);
            console.bytes().flush();
        } catch (IOException noTerminal) {
            // nobody to hear it
        }
    }

    private int readLines(Console console, LineSession lines, Live live, String folder) throws IOException {
        String inputName = input == null || "-".equals(input) ? "stdin" : input;
        int problems;
        if (input == null || "-".equals(input)) {
            BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            problems = lines.run(stdin, inputName, console.out(), console.err());
        } else {
            try (BufferedReader script = Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
                problems = lines.run(script, inputName, console.out(), console.err());
            } catch (NoSuchFileException missing) {
                throw TafelException.of(ExitCode.NO_INPUT, "error.file.missing", input);
            }
        }
        if (!live.session().state().isEnded()) {
            console.say("run.notEnded", folder);
        }
        return problems == 0 ? ExitCode.OK : ExitCode.BAD_DATA;
    }
}
