package tafel.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import tafel.draaiboek.Draaiboek;
import tafel.io.files.AtomicFiles;
import tafel.io.files.TextFiles;
import tafel.journal.JournalException;
import tafel.journal.JournalReader;
import tafel.journal.SessionEventCodec;
import tafel.session.SessionEvent;
import tafel.session.SessionState;

/**
 * A session folder: {@code draaiboek.yaml}, the draaiboek exactly as it was run, and
 * {@code events.jsonl}, the journal. Status, notes, resume and reports all read it.
 */
public record SessionFolder(Path dir) {

    public static final String DRAAIBOEK = "draaiboek.yaml";
    public static final String JOURNAL = "events.jsonl";

    public Path draaiboekFile() {
        return dir.resolve(DRAAIBOEK);
    }

    public Path journalFile() {
        return dir.resolve(JOURNAL);
    }

    /** True when a session was already started here (a journal with content). */
    public boolean holdsSession() throws IOException {
        return Files.isRegularFile(journalFile()) && Files.size(journalFile()) > 0;
    }

    /**
     * Creates the folder with a copy of the draaiboek and an empty journal.
     *
     * @throws FileAlreadyExistsException when it already holds a session
     */
    public void create(String draaiboekText) throws IOException {
        create(draaiboekText, Optional.empty(), List.of());
    }

    /**
     * Creates the folder with a copy of the draaiboek, copies of the files it points at
     * (participants, matches, tables — same relative paths, so the copy reads them), and an
     * empty journal.
     */
    public void create(String draaiboekText, Optional<Path> sourceFolder, List<String> referencedFiles) throws IOException {
        if (holdsSession()) {
            throw new FileAlreadyExistsException(journalFile().toString());
        }
        Files.createDirectories(dir);
        AtomicFiles.write(draaiboekFile(), draaiboekText.getBytes(StandardCharsets.UTF_8));
        if (sourceFolder.isPresent()) {
            for (String written : referencedFiles) {
                Path relative = Path.of(written).normalize();
                Path from = sourceFolder.get().resolve(relative);
                if (!relative.isAbsolute() && !relative.startsWith("..") && Files.isRegularFile(from)) {
                    AtomicFiles.write(dir.resolve(relative), Files.readAllBytes(from));
                }
            }
        }
        if (!Files.exists(journalFile())) {
            Files.createFile(journalFile());
        }
    }

    /** A session read back: the draaiboek, its events, and a torn last line if there was one. */
    public record Contents(LoadedDraaiboek draaiboek, List<SessionEvent> events,
                           Optional<JournalReader.TornLine> torn) {
        public Contents {
            events = List.copyOf(events);
        }
    }

    /**
     * Reads the draaiboek and the journal. The draaiboek comes back with its findings so the
     * caller can report them; journal lines that make no sense throw {@link JournalException}.
     *
     * @throws NoSuchFileException when the folder, the draaiboek copy or the journal is missing
     */
    public Contents read(ObjectMapper mapper) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString());
        }
        TextFiles.Decoded text = TextFiles.read(draaiboekFile());
        // The files the draaiboek points at were checked when the session started; a copy that
        // could not take one along (a path outside its folder) must still be readable.
        LoadedDraaiboek loaded = DraaiboekLoader.load(new DraaiboekSource(draaiboekFile().toString(), text.text(),
                Optional.empty(), text.legacyEncoding()));
        if (!Files.isRegularFile(journalFile())) {
            throw new NoSuchFileException(journalFile().toString());
        }
        JournalReader.Contents journal = JournalReader.read(journalFile(), mapper);
        List<SessionEvent> events = new ArrayList<>();
        if (loaded.draaiboek().isPresent() && !loaded.hasErrors()) {
            SessionEventCodec codec = new SessionEventCodec(mapper);
            SessionState state = SessionState.initial(loaded.draaiboek().get());
            for (JournalReader.Record record : journal.records()) {
                SessionEvent event = codec.decode(record);
                try {
                    state = state.apply(event);
                } catch (IllegalArgumentException unknownBlock) {
                    throw new JournalException(record.line(), "journal.block.unknown", record.json().path("block").asText());
                }
                events.add(event);
            }
        }
        return new Contents(loaded, events, journal.torn());
    }

    /** The draaiboek, when it is usable. */
    public static Optional<Draaiboek> draaiboekOf(Contents contents) {
        return DraaiboekLoader.usable(contents.draaiboek());
    }
}
