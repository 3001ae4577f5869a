package tafel.session;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import tafel.draaiboek.Block;
import tafel.draaiboek.Draaiboek;

/**
 * What the timer screen shows at one moment: derived from the state and the time, nothing
 * else, so that the screen can be redrawn (or tested) from any state.
 *
 * @param remaining     planned minus elapsed time of the current block; negative when it overruns
 * @param plannedStart  when the current block should have started by the draaiboek
 * @param expectedEnd   when the session will end if the rest goes as planned
 * @param clockBehind   how far the computer's clock reads before the last journal entry (it was set back); zero normally
 * @param partRemaining how long the current sub-block has left (negative past its planned end); empty without sub-blocks
 */
public record SessionView(String title, Phase phase, int index, int blockCount, Optional<Block> block, String key,
                          Optional<Block> part, Duration planned, Duration elapsed, Duration remaining,
                          Optional<OffsetDateTime> plannedStart, Optional<OffsetDateTime> actualStart,
                          Optional<Block> next, Duration sessionPlanned, Duration sessionElapsed,
                          Optional<OffsetDateTime> expectedEnd, String workForm, String instructions, int notes,
                          boolean warning, Duration clockBehind, Optional<Duration> partRemaining) {

    public enum Phase { NOT_STARTED, RUNNING, PAUSED, BETWEEN, ENDED }

    public static SessionView of(SessionState state, OffsetDateTime clockReading, int warnMinutes) {
        // A clock set back (by hand, or by a time server) must not make time run backwards on screen:
        // nothing can happen before the last thing that was written down
        Duration clockBehind = state.lastEventAt().filter(clockReading::isBefore)
                .map(last -> Duration.between(clockReading, last)).orElse(Duration.ZERO);
        OffsetDateTime now = clockBehind.isZero() ? clockReading : state.lastEventAt().get();
        Draaiboek draaiboek = state.draaiboek();
        int blockCount = draaiboek.blocks().size();
        Duration sessionPlanned = Duration.ZERO;
        for (int i = 0; i < blockCount; i++) {
            sessionPlanned = sessionPlanned.plusMinutes(state.plannedMinutes(i));
        }
        Duration sessionElapsed = state.started()
                .map(start -> Duration.between(start, state.ended().orElse(now))).orElse(Duration.ZERO);
        Phase phase = state.isEnded() ? Phase.ENDED
                : !state.isStarted() ? Phase.NOT_STARTED
                : !state.hasCurrentBlock() ? Phase.BETWEEN
                : state.isPaused() ? Phase.PAUSED : Phase.RUNNING;
        if (!state.hasCurrentBlock()) {
            return new SessionView(draaiboek.title(), phase, -1, blockCount, Optional.empty(), "", Optional.empty(),
                    Duration.ZERO, Duration.ZERO, Duration.ZERO, Optional.empty(), Optional.empty(),
                    phase == Phase.NOT_STARTED && blockCount > 0 ? Optional.of(draaiboek.blocks().get(0)) : Optional.empty(),
                    sessionPlanned, sessionElapsed, Optional.empty(), "", "", 0, false, clockBehind, Optional.empty());
        }
        int index = state.current();
        Block block = state.currentBlock();
        BlockRun run = state.runs().get(index);
        Duration planned = Duration.ofMinutes(state.plannedMinutes(index));
        Duration elapsed = run.activeAt(state.isPaused() ? state.pausedSince().get() : now);
        Duration remaining = planned.minus(elapsed);
        Duration partTime = elapsed.plus(run.skipped());
        long originalMinutesBefore = 0;
        for (int i = 0; i < index; i++) {
            originalMinutesBefore += draaiboek.minutesOf(draaiboek.blocks().get(i));
        }
        long minutesBefore = originalMinutesBefore;
        // Planned times count from the planned start when the draaiboek or --start gave one.
        Optional<OffsetDateTime> plannedStart = state.plannedStart().or(state::started)
                .map(start -> start.plusMinutes(minutesBefore));
        Duration stillToCome = remaining.isNegative() ? Duration.ZERO : remaining;
        for (int i = index + 1; i < blockCount; i++) {
            stillToCome = stillToCome.plusMinutes(state.plannedMinutes(i));
        }
        boolean warning = !remaining.isNegative() && remaining.compareTo(Duration.ofMinutes(warnMinutes)) <= 0
                && warnMinutes > 0;
        return new SessionView(draaiboek.title(), phase, index, blockCount, Optional.of(block), state.keyOf(index),
                SessionRules.partAt(draaiboek, block, partTime), planned, elapsed, remaining, plannedStart,
                run.firstStart(), index + 1 < blockCount ? Optional.of(draaiboek.blocks().get(index + 1)) : Optional.empty(),
                sessionPlanned, sessionElapsed, Optional.of(now.plus(stillToCome)),
                draaiboek.workFormOf(block).map(tafel.draaiboek.WorkForm::displayName).orElse(""),
                draaiboek.instructionsOf(block),
                run.notes(), warning, clockBehind,
                SessionRules.partEnd(draaiboek, block, partTime).map(end -> end.minus(partTime)));
    }

    public boolean overrun() {
        return remaining.isNegative();
    }
}
