package tafel.terminal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that only moves when told to: headless runs use it so that a two-hour session runs in
 * milliseconds and the times in the journal follow from {@code --start} alone.
 */
public final class SimulatedClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    public SimulatedClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return new SimulatedClock(now, otherZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
