package tafel.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tafel.draaiboek.Block;
import tafel.draaiboek.Draaiboek;
import tafel.io.SessionFolder;
import tafel.session.BlockStatus;
import tafel.session.SessionEvent;
import tafel.session.SessionState;

/**
 * Use case: a session folder read back as status, notes and exports show it: the blocks as run,
 * and the notes in the order they were made and grouped per block.
 *
 * @param contents what the folder holds (the torn last line of the journal among it)
 * @param blocks   each top-level block's planned and actual time, measured up to the journal's
 *                 own last moment, so two reads of one journal always agree
 */
public record SessionOverview(SessionFolder.Contents contents, Draaiboek draaiboek, SessionState state,
                              List<BlockStatus> blocks, List<SessionEvent.Note> notes) {

    /** @param clock read only for a journal without any event, as "now" */
    public static SessionOverview read(Notices notices, Path dir, Clock clock) {
        SessionFolder.Contents contents = SessionRecord.read(notices, new SessionFolder(dir));
        Draaiboek draaiboek = SessionFolder.draaiboekOf(contents).orElseThrow();
        SessionState state = SessionState.replay(draaiboek, contents.events());
        OffsetDateTime now = state.lastEventAt().orElse(OffsetDateTime.now(clock));
        List<SessionEvent.Note> notes = contents.events().stream().filter(SessionEvent.Note.class::isInstance)
                .map(SessionEvent.Note.class::cast).toList();
        return new SessionOverview(contents, draaiboek, state, BlockStatus.of(state, now), notes);
    }

    /** Every top-level block, in the draaiboek's order, with its notes (none for most). */
    public Map<String, List<SessionEvent.Note>> notesByBlock() {
        Map<String, List<SessionEvent.Note>> byBlock = new LinkedHashMap<>();
        for (int i = 0; i < draaiboek.blocks().size(); i++) {
            byBlock.put(SessionState.keyOf(draaiboek, i), new ArrayList<>());
        }
        notes.forEach(note -> byBlock.get(note.block()).add(note));
        return byBlock;
    }

    /** A block's title, or {@code pauseWord} for an untitled pause. */
    public String title(String key, String pauseWord) {
        Block block = draaiboek.blocks().get(state.indexOf(key));
        return block.title().isEmpty() ? pauseWord : block.title();
    }
}
