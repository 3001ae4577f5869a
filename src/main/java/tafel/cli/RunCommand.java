package tafel.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.DraaiboekFiles;
import tafel.app.ExitCode;
import tafel.app.SessionRecord;
import tafel.app.TafelException;
import tafel.draaiboek.Draaiboek;
import tafel.io.LoadedDraaiboek;
import tafel.io.SessionFolder;
import tafel.io.files.IoFailure;
import tafel.io.participants.BlockAssignments;
import tafel.journal.Journal;
import tafel.journal.JournalReader;
import tafel.journal.JournaledSession;
import tafel.journal.SessionEventCodec;
import tafel.session.Decision;
import tafel.session.SessionCommand;
import tafel.session.SessionEvent;
import tafel.session.SessionState;
import tafel.terminal.Confirmation;
import tafel.terminal.FullScreenSession;
import tafel.terminal.LineSession;
import tafel.terminal.SimulatedClock;
import tafel.text.Slug;

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
        ObjectMapper mapper = JsonMapper.builder().build();
        SessionEventCodec codec = new SessionEventCodec(mapper);
        Prepared prepared = resumeDir != null ? resume(console) : create(console, environment);

        ZoneId zone = environment.clock().getZone();
        Clock clock = environment.clock();
        if (headless) {
            clock = new SimulatedClock(headlessStart(prepared, environment).toInstant(), zone);
        }
        try (Journal journal = Journal.open(prepared.folder().journalFile())) {
            JournaledSession session = new JournaledSession(prepared.draaiboek(), prepared.events(), journal, codec);
            Confirmation confirmation = new Confirmation(console.messages());
            String opening = "";
            if (reopen) {
                OffsetDateTime now = OffsetDateTime.now(clock);
                Decision reopened = session.execute(new SessionCommand.Reopen(), now);
                if (!reopened.accepted()) {
                    throw TafelException.of(ExitCode.BAD_DATA, reopened.refusal().get().key());
                }
                opening = confirmation.of(new SessionCommand.Reopen(), reopened.events(), session.state(), now, warnMinutes);
            } else if (!prepared.events().isEmpty()) {
                opening = confirmation.resumed(session.state(), OffsetDateTime.now(clock), warnMinutes, prepared.events().size());
            }
            if (headless) {
                printOpening(console, opening);
                return runLines(console, session, clock, plannedStart(prepared, environment));
            }
            if (!plain && FullScreenSession.supported(environment.variables(), environment.terminal())) {
                Map<String, List<String>> assignments = new LinkedHashMap<>();
                BlockAssignments.load(prepared.draaiboek(), prepared.folder().dir(), new ArrayList<>())
                        .forEach((code, groups) -> assignments.put(code, AssignmentLines.of(console.messages(), groups)));
                FullScreenSession screen = new FullScreenSession(session, clock, console.messages(), warnMinutes,
                        !environment.colour(), assignments).plannedStart(plannedStart(prepared, environment)).opening(opening)
                        .onTerminate(() -> console.say("run.interrupted", prepared.folder().dir().toString()));
                screen.run();
                if (screen.interrupted() && !session.state().isEnded()) {
                    console.say("run.interrupted", prepared.folder().dir().toString());
                    return ExitCode.OK;
                }
                console.say("run.left", prepared.folder().dir().toString());
                return ExitCode.OK;
            }
            console.say("run.plainMode");
            printOpening(console, opening);
            return runLines(console, session, clock, plannedStart(prepared, environment));
        }
    }

    private static void printOpening(Console console, String opening) {
        if (!opening.isEmpty()) {
            console.out().println(opening);
            console.out().flush();
        }
    }

    private int runLines(Console console, JournaledSession session, Clock clock, Optional<OffsetDateTime> plannedStart)
            throws IOException {
        LineSession lines = new LineSession(session, clock, console.messages(), warnMinutes)
                .plannedStart(plannedStart).bell(() -> ring(console));
        // Ctrl-C or a closed window ends the program: say how to go on (everything confirmed is already on disk)
        Thread onStop = new Thread(() -> {
            if (!session.state().isEnded()) {
                console.say("run.interrupted", resumeHint());
            }
        }, "tafel-resume-hint");
        boolean live = !headless;
        if (live) {
            Runtime.getRuntime().addShutdownHook(onStop);
        }
        try {
            return readLines(console, lines, session);
        } finally {
            if (live) {
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

    private int readLines(Console console, LineSession lines, JournaledSession session) throws IOException {
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
        if (!session.state().isEnded()) {
            console.say("run.notEnded", resumeHint());
        }
        return problems == 0 ? ExitCode.OK : ExitCode.BAD_DATA;
    }

    private String resumeHint() {
        return resumeDir != null ? resumeDir.toString() : String.valueOf(sessionDir);
    }

    private record Prepared(SessionFolder folder, Draaiboek draaiboek, List<SessionEvent> events) {
    }

    /**
     * The earlier unfinished session of the same draaiboek, if any, among the folders the default
     * naming would pass: starting again after a crash should continue it, not quietly begin "-2".
     */
    private record Unfinished(SessionFolder folder, SessionFolder.Contents contents) {
    }

    private static Optional<Unfinished> unfinished(String base, ObjectMapper mapper) {
        for (int number = 1; ; number++) {
            SessionFolder folder = new SessionFolder(Path.of(number == 1 ? base : base + "-" + number));
            try {
                if (!folder.holdsSession()) {
                    return Optional.empty();
                }
                SessionFolder.Contents contents = folder.read(mapper);
                Optional<Draaiboek> draaiboek = SessionFolder.draaiboekOf(contents);
                if (draaiboek.isPresent() && !SessionState.replay(draaiboek.get(), contents.events()).isEnded()) {
                    return Optional.of(new Unfinished(folder, contents));
                }
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty(); // a damaged folder is reported when it is resumed, not here
            }
        }
    }

    private Prepared create(Console console, Environment environment) throws IOException {
        LoadedDraaiboek loaded = DraaiboekFiles.openChecked(new ConsoleNotices(console), file);
        Draaiboek draaiboek = loaded.draaiboek().orElseThrow();
        SessionFolder folder;
        if (sessionDir != null) {
            folder = new SessionFolder(sessionDir);
            if (folder.holdsSession()) {
                throw TafelException.of(ExitCode.CANNOT_WRITE, "run.sessionExists", sessionDir.toString())
                        .withHint("run.sessionExists.hint", sessionDir.toString());
            }
        } else {
            LocalDate day = date != null ? date : draaiboek.date().orElse(LocalDate.now(environment.clock()));
            String base = "sessions/" + day + "-" + Slug.of(draaiboek.title());
            Optional<Unfinished> earlier = fresh ? Optional.empty() : unfinished(base, JsonMapper.builder().build());
            if (earlier.isPresent()) {
                List<SessionEvent> events = earlier.get().contents().events();
                String last = events.isEmpty() ? "" : LocalTime.from(events.get(events.size() - 1).at()).withNano(0).toString();
                String dir = earlier.get().folder().dir().toString();
                throw TafelException.of(ExitCode.FOLDER_IN_USE, "run.unfinished", dir, events.size(), last)
                        .withHint("run.unfinished.hint", dir);
            }
            folder = new SessionFolder(Path.of(base));
            for (int number = 2; folder.holdsSession(); number++) {
                folder = new SessionFolder(Path.of(base + "-" + number));
            }
            sessionDir = folder.dir();
        }
        try {
            folder.create(loaded.source().text(), loaded.source().folder(), referencedFiles(draaiboek));
        } catch (FileAlreadyExistsException taken) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "run.sessionExists", folder.dir().toString());
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", folder.dir().toString(),
                    IoFailure.reason(failed)).causedBy(failed);
        }
        console.say("run.folder", folder.dir().toString());
        return new Prepared(folder, draaiboek, List.of());
    }

    /** Participants, matches and table plans the draaiboek names, to copy into the session folder. */
    private static List<String> referencedFiles(Draaiboek draaiboek) {
        List<String> files = new java.util.ArrayList<>();
        if (draaiboek.participants().orElse(null) instanceof tafel.draaiboek.ParticipantsSource.File file) {
            files.add(file.path());
        }
        for (tafel.draaiboek.Block block : draaiboek.allBlocks()) {
            block.matches().ifPresent(files::add);
            block.tables().ifPresent(files::add);
        }
        return files;
    }

    private Prepared resume(Console console) throws IOException {
        SessionFolder folder = new SessionFolder(resumeDir);
        SessionFolder.Contents contents = SessionRecord.read(new ConsoleNotices(console), folder);
        if (contents.torn().isPresent()) {
            JournalReader.TornLine torn = contents.torn().get();
            Path side = JournalReader.setAside(folder.journalFile(), torn);
            console.say("run.torn", torn.line(), side.toString(), contents.events().size());
        }
        Draaiboek draaiboek = SessionFolder.draaiboekOf(contents).orElseThrow();
        SessionState state = SessionState.replay(draaiboek, contents.events());
        if (state.isEnded() && !reopen) {
            throw TafelException.of(ExitCode.BAD_DATA, "run.alreadyEnded", resumeDir.toString())
                    .withHint("run.alreadyEnded.hint", resumeDir.toString());
        }
        console.say("run.resumed", resumeDir.toString(), contents.events().size());
        return new Prepared(folder, draaiboek, contents.events());
    }

    /** When the session was planned to start: --start, else the draaiboek's start, on the session's day. */
    private Optional<OffsetDateTime> plannedStart(Prepared prepared, Environment environment) {
        Optional<LocalTime> time = Optional.ofNullable(start).or(() -> prepared.draaiboek().start());
        LocalDate day = date != null ? date : prepared.draaiboek().date().orElse(LocalDate.now(environment.clock()));
        return time.map(clockTime -> day.atTime(clockTime).atZone(environment.clock().getZone()).toOffsetDateTime());
    }

    /** Where the simulated clock starts: after the last event on resume, else at --start on the session's day. */
    private OffsetDateTime headlessStart(Prepared prepared, Environment environment) {
        if (!prepared.events().isEmpty()) {
            return prepared.events().get(prepared.events().size() - 1).at();
        }
        LocalDate day = date != null ? date : prepared.draaiboek().date().orElse(LocalDate.now(environment.clock()));
        LocalTime time = start != null ? start : prepared.draaiboek().start().orElse(LocalTime.now(environment.clock()));
        return day.atTime(time).atZone(environment.clock().getZone()).toOffsetDateTime();
    }
}
