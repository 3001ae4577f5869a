package tafel.app;

import java.time.Clock;
import java.time.OffsetDateTime;

import tafel.journal.JournaledSession;
import tafel.session.SessionView;

/**
 * Use case: what a countdown in the room shows of a live session, at this moment. The terminal
 * stays the control; this only reads the session's latest state, from another thread.
 */
public final class SessionCountdown {

    private final JournaledSession session;
    private final Clock clock;
    private final int warnMinutes;

    public SessionCountdown(JournaledSession session, Clock clock, int warnMinutes) {
        this.session = session;
        this.clock = clock;
        this.warnMinutes = warnMinutes;
    }

    public SessionView now() {
        return SessionView.of(session.state(), OffsetDateTime.now(clock), warnMinutes);
    }
}
