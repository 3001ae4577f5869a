package tafel.app;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.json.JsonMapper;

import tafel.draaiboek.Block;
import tafel.draaiboek.Draaiboek;
import tafel.draaiboek.ParticipantsSource;
import tafel.io.LoadedDraaiboek;
import tafel.io.SessionFolder;
import tafel.io.files.IoFailure;
import tafel.journal.Journal;
import tafel.journal.JournalReader;
import tafel.journal.JournaledSession;
import tafel.journal.SessionEventCodec;
import tafel.session.Decision;
import tafel.session.SessionCommand;
import tafel.session.SessionEvent;
import tafel.session.SessionState;
import tafel.text.Slug;

/**
 * Use case: a live session begun in a new folder or resumed from one, its journal opened for
 * appending; whichever front end runs the clock and takes the facilitator's keys.
 */
public final class StartSession {

    /**
     * A session folder ready to run: the draaiboek as copied into it, the events so far, and the
     * right to write it, held from before it was read until the session's journal is closed.
     */
    public record Prepared(SessionFolder folder, Draaiboek draaiboek, List<SessionEvent> events, WriteAccess.Claim claim) {

        /** The session's day: as asked, else the draaiboek's date, else today. */
        public LocalDate day(Optional<LocalDate> date, Clock clock) {
            return date.or(draaiboek::date).orElse(LocalDate.now(clock));
        }

        /** When the session was planned to start: as asked, else the draaiboek's start, on the session's day. */
        public Optional<OffsetDateTime> plannedStart(Optional<LocalTime> start, Optional<LocalDate> date, Clock clock) {
            LocalDate day = day(date, clock);
            return start.or(draaiboek::start)
                    .map(time -> day.atTime(time).atZone(clock.getZone()).toOffsetDateTime());
        }

        /** Where a simulated clock starts: after the last event on resume, else at the planned start (or now). */
        public OffsetDateTime simulatedStart(Optional<LocalTime> start, Optional<LocalDate> date, Clock clock) {
            if (!events.isEmpty()) {
                return events.get(events.size() - 1).at();
            }
            LocalTime time = start.or(draaiboek::start).orElse(LocalTime.now(clock));
            return day(date, clock).atTime(time).atZone(clock.getZone()).toOffsetDateTime();
        }
    }

    /** A session whose journal is open: every accepted command is on disk before it is confirmed. */
    public record Live(JournaledSession session, Journal journal, WriteAccess.Claim claim) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            try {
                journal.close();
            } finally {
                claim.close();
            }
        }
    }

    private StartSession() {
    }

    /**
     * A new session folder for the draaiboek: the one asked for, or {@code sessions/DAY-TITLE}
     * (numbered when taken). An unfinished earlier session of the same draaiboek stops this
     * (exit 75) unless {@code fresh}: starting again after a crash should continue it.
     */
    public static Prepared create(Notices notices, String file, Optional<Path> sessionDir, Optional<LocalDate> date,
                                  boolean fresh, Clock clock) throws IOException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LoadedDraaiboek loaded = DraaiboekFiles.openChecked(notices, file);
        Draaiboek draaiboek = loaded.draaiboek().orElseThrow();
        SessionFolder folder;
        if (sessionDir.isPresent()) {
            folder = new SessionFolder(sessionDir.get());
            if (folder.holdsSession()) {
                throw TafelException.of(ExitCode.CANNOT_WRITE, "run.sessionExists", sessionDir.get().toString())
                        .withHint("run.sessionExists.hint", sessionDir.get().toString());
            }
        } else {
            LocalDate day = date.or(draaiboek::date).orElse(LocalDate.now(clock));
            String base = "sessions/" + day + "-" + Slug.of(draaiboek.title());
            Optional<Unfinished> earlier = fresh ? Optional.empty() : unfinished(base);
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
        }
        try {
            folder.create(loaded.source().text(), loaded.source().folder(), referencedFiles(draaiboek));
        } catch (FileAlreadyExistsException taken) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "run.sessionExists", folder.dir().toString());
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", folder.dir().toString(),
                    IoFailure.reason(failed)).causedBy(failed);
        }
        WriteAccess.Claim claim = WriteAccess.claim(folder.dir(), "run", now);
        notices.say("run.folder", folder.dir().toString());
        return new Prepared(folder, draaiboek, List.of(), claim);
    }

    /**
     * A session folder read back to go on with; a torn last line of the journal is set aside
     * (and told). An ended session is refused unless it is to be reopened.
     */
    public static Prepared resume(Notices notices, Path dir, boolean reopen, OffsetDateTime now) throws IOException {
        // claimed before reading: another writer's half-written line is not a torn line to set aside
        WriteAccess.Claim claim = WriteAccess.claim(dir, "run --resume", now);
        try {
            return resume(notices, dir, reopen, claim);
        } catch (IOException | RuntimeException failed) {
            claim.close();
            throw failed;
        }
    }

    private static Prepared resume(Notices notices, Path dir, boolean reopen, WriteAccess.Claim claim) throws IOException {
        SessionFolder folder = new SessionFolder(dir);
        SessionFolder.Contents contents = SessionRecord.read(notices, folder);
        if (contents.torn().isPresent()) {
            JournalReader.TornLine torn = contents.torn().get();
            Path side = JournalReader.setAside(folder.journalFile(), torn);
            notices.say("run.torn", torn.line(), side.toString(), contents.events().size());
        }
        Draaiboek draaiboek = SessionFolder.draaiboekOf(contents).orElseThrow();
        SessionState state = SessionState.replay(draaiboek, contents.events());
        if (state.isEnded() && !reopen) {
            throw TafelException.of(ExitCode.BAD_DATA, "run.alreadyEnded", dir.toString())
                    .withHint("run.alreadyEnded.hint", dir.toString());
        }
        notices.say("run.resumed", dir.toString(), contents.events().size());
        return new Prepared(folder, draaiboek, contents.events(), claim);
    }

    /** The journal opened for appending, the events so far replayed. */
    public static Live open(Prepared prepared) throws IOException {
        Journal journal;
        try {
            journal = Journal.open(prepared.folder().journalFile());
        } catch (IOException | RuntimeException failed) {
            prepared.claim().close();
            throw failed;
        }
        SessionEventCodec codec = new SessionEventCodec(JsonMapper.builder().build());
        return new Live(new JournaledSession(prepared.draaiboek(), prepared.events(), journal, codec), journal,
                prepared.claim());
    }

    /** An ended session opened again, journaled as such; refused (exit 65) when it cannot be. */
    public static Decision reopen(JournaledSession session, OffsetDateTime now) throws IOException {
        Decision reopened = session.execute(new SessionCommand.Reopen(), now);
        if (!reopened.accepted()) {
            throw TafelException.of(ExitCode.BAD_DATA, reopened.refusal().get().key());
        }
        return reopened;
    }

    private record Unfinished(SessionFolder folder, SessionFolder.Contents contents) {
    }

    /** The first unfinished session among the folders the default naming would pass, if any. */
    private static Optional<Unfinished> unfinished(String base) {
        JsonMapper mapper = JsonMapper.builder().build();
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

    /** Participants, matches, table plans and the logo the draaiboek names, to copy into the session folder. */
    private static List<String> referencedFiles(Draaiboek draaiboek) {
        List<String> files = new ArrayList<>();
        draaiboek.logo().ifPresent(files::add);
        if (draaiboek.participants().orElse(null) instanceof ParticipantsSource.File participants) {
            files.add(participants.path());
        }
        for (Block block : draaiboek.allBlocks()) {
            block.matches().ifPresent(files::add);
            block.tables().ifPresent(files::add);
        }
        return files;
    }
}
