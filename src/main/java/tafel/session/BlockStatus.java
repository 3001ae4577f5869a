package tafel.session;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tafel.draaiboek.Block;

/**
 * One row of the status of a session: a top-level block planned and as it went.
 *
 * @param plannedMinutes  as in the draaiboek
 * @param adjustMinutes   added (or, negative, taken off) by the facilitator during the session
 * @param actual          running time, pauses not counted
 * @param overrun         actual minus planned-with-adjustments; negative when it was shorter
 */
public record BlockStatus(String key, Block block, int plannedMinutes, int adjustMinutes, Duration actual,
                          Duration paused, Optional<OffsetDateTime> start, Optional<OffsetDateTime> end,
                          Duration overrun, int notes) {

    /** Every top-level block, with times as of {@code now} for a block still running. */
    public static List<BlockStatus> of(SessionState state, OffsetDateTime now) {
        List<BlockStatus> rows = new ArrayList<>();
        for (int i = 0; i < state.draaiboek().blocks().size(); i++) {
            Block block = state.draaiboek().blocks().get(i);
            BlockRun run = state.runs().get(i);
            int planned = state.draaiboek().minutesOf(block);
            OffsetDateTime until = i == state.current() && state.isPaused() ? state.pausedSince().get() : now;
            Duration actual = run.activeAt(until);
            Duration overrun = run.started() ? actual.minusMinutes(planned + (long) run.adjustMinutes()) : Duration.ZERO;
            rows.add(new BlockStatus(state.keyOf(i), block, planned, run.adjustMinutes(), actual, run.paused(),
                    run.firstStart(), run.lastEnd(), overrun, run.notes()));
        }
        return rows;
    }
}
