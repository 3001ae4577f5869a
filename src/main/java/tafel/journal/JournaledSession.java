package tafel.journal;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import tafel.draaiboek.Draaiboek;
import tafel.session.Decision;
import tafel.session.SessionCommand;
import tafel.session.SessionEvent;
import tafel.session.SessionRules;
import tafel.session.SessionState;

/**
 * A live session whose every event is written to the journal, and synced, before it changes
 * the state: when {@link #execute} returns, what it confirms is on disk.
 */
public final class JournaledSession {

    private final Journal journal;
    private final SessionEventCodec codec;
    private final List<SessionEvent> events;
    // read by the countdown page's server while the terminal writes; each state is immutable
    private volatile SessionState state;

    public JournaledSession(Draaiboek draaiboek, List<SessionEvent> past, Journal journal, SessionEventCodec codec) {
        this.journal = journal;
        this.codec = codec;
        this.events = new ArrayList<>(past);
        this.state = SessionState.replay(draaiboek, past);
    }

    public Decision execute(SessionCommand command, OffsetDateTime clockReading) throws IOException {
        // A clock set back must not write entries that happened before the ones already written
        OffsetDateTime now = state.lastEventAt().filter(clockReading::isBefore).orElse(clockReading);
        Decision decision = SessionRules.decide(state, command, now);
        if (decision.accepted()) {
            journal.append(decision.events().stream().map(codec::encode).toList());
            for (SessionEvent event : decision.events()) {
                state = state.apply(event);
                events.add(event);
            }
        }
        return decision;
    }

    public SessionState state() {
        return state;
    }

    /** Every event so far, oldest first (the notes list and the status read from it). */
    public List<SessionEvent> events() {
        return List.copyOf(events);
    }
}
