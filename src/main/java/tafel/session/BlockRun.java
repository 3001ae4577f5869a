package tafel.session;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What happened to one block so far: when it first started and last ended, how long it ran
 * (pauses not counted), how long it was paused, the minutes added or taken off, its notes.
 * A block can run more than once when the facilitator goes back to it; the times add up.
 *
 * @param runningSince set while the block's timer runs (started or resumed, not paused or ended)
 * @param skipped      how far its parts are ahead of the clock: the time left in parts the facilitator moved on from
 */
public record BlockRun(Optional<OffsetDateTime> firstStart, Optional<OffsetDateTime> lastEnd,
                       Optional<OffsetDateTime> runningSince, Duration active, Duration paused,
                       int adjustMinutes, int notes, Duration skipped) {

    public static final BlockRun NOT_STARTED = new BlockRun(Optional.empty(), Optional.empty(), Optional.empty(),
            Duration.ZERO, Duration.ZERO, 0, 0, Duration.ZERO);

    /** Where the block's parts are at {@code now}: its running time plus what was skipped. */
    public Duration partTimeAt(OffsetDateTime now) {
        return activeAt(now).plus(skipped);
    }

    BlockRun skip(Duration ahead) {
        return new BlockRun(firstStart, lastEnd, runningSince, active, paused, adjustMinutes, notes, skipped.plus(ahead));
    }

    public boolean started() {
        return firstStart.isPresent();
    }

    /** Running time up to {@code now}, pauses not counted. */
    public Duration activeAt(OffsetDateTime now) {
        return runningSince.map(since -> active.plus(Duration.between(since, now))).orElse(active);
    }

    BlockRun start(OffsetDateTime at) {
        return new BlockRun(Optional.of(firstStart.orElse(at)), lastEnd, Optional.of(at), active, paused,
                adjustMinutes, notes, skipped);
    }

    BlockRun stop(OffsetDateTime at) {
        return new BlockRun(firstStart, lastEnd, Optional.empty(), activeAt(at), paused, adjustMinutes, notes, skipped);
    }

    BlockRun end(OffsetDateTime at) {
        BlockRun stopped = stop(at);
        return new BlockRun(firstStart, Optional.of(at), Optional.empty(), stopped.active, paused, adjustMinutes, notes, skipped);
    }

    BlockRun addPause(Duration pause) {
        return new BlockRun(firstStart, lastEnd, runningSince, active, paused.plus(pause), adjustMinutes, notes, skipped);
    }

    BlockRun adjust(int minutes) {
        return new BlockRun(firstStart, lastEnd, runningSince, active, paused, adjustMinutes + minutes, notes, skipped);
    }

    BlockRun addNote() {
        return new BlockRun(firstStart, lastEnd, runningSince, active, paused, adjustMinutes, notes + 1, skipped);
    }
}
