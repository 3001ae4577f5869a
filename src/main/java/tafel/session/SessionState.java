package tafel.session;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import tafel.draaiboek.Block;
import tafel.draaiboek.Draaiboek;

/**
 * The state of a live session: a fold over its events. The facilitator steps through the
 * top-level blocks of the draaiboek; sub-blocks are guidance inside their block's time (see
 * {@link SessionView#part()}).
 *
 * @param current the index of the block that is running or paused, or -1 between blocks,
 *                before the start and after the end
 */
public record SessionState(Draaiboek draaiboek, Optional<OffsetDateTime> started, Optional<OffsetDateTime> plannedStart,
                           Optional<OffsetDateTime> ended, int current, Optional<OffsetDateTime> pausedSince,
                           List<BlockRun> runs, Optional<OffsetDateTime> lastEventAt, long eventCount) {

    public SessionState {
        runs = List.copyOf(runs);
    }

    public static SessionState initial(Draaiboek draaiboek) {
        return new SessionState(draaiboek, Optional.empty(), Optional.empty(), Optional.empty(), -1, Optional.empty(),
                Collections.nCopies(draaiboek.blocks().size(), BlockRun.NOT_STARTED), Optional.empty(), 0);
    }

    public static SessionState replay(Draaiboek draaiboek, Iterable<SessionEvent> events) {
        SessionState state = initial(draaiboek);
        for (SessionEvent event : events) {
            state = state.apply(event);
        }
        return state;
    }

    /**
     * How a block is named in the journal: its code, or "#n" (its position) for a pause
     * written without a code.
     */
    public static String keyOf(Draaiboek draaiboek, int index) {
        Block block = draaiboek.blocks().get(index);
        return block.hasCode() ? block.code() : "#" + (index + 1);
    }

    public String keyOf(int index) {
        return keyOf(draaiboek, index);
    }

    /** @throws IllegalArgumentException when no top-level block has this key */
    public int indexOf(String key) {
        for (int i = 0; i < draaiboek.blocks().size(); i++) {
            if (keyOf(i).equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no block " + key + " in this draaiboek");
    }

    public boolean isStarted() {
        return started.isPresent();
    }

    public boolean isEnded() {
        return ended.isPresent();
    }

    public boolean isPaused() {
        return pausedSince.isPresent();
    }

    public boolean hasCurrentBlock() {
        return current >= 0;
    }

    public Block currentBlock() {
        return draaiboek.blocks().get(current);
    }

    /** The block's planned length including the facilitator's adjustments. */
    public int plannedMinutes(int index) {
        return draaiboek.minutesOf(draaiboek.blocks().get(index)) + runs.get(index).adjustMinutes();
    }

    public SessionState apply(SessionEvent event) {
        OffsetDateTime at = event.at();
        List<BlockRun> next = new ArrayList<>(runs);
        Optional<OffsetDateTime> startedAt = started;
        Optional<OffsetDateTime> planned = plannedStart;
        Optional<OffsetDateTime> endedAt = ended;
        Optional<OffsetDateTime> paused = pausedSince;
        int now = current;
        // Java 17 has no pattern matching in switch yet, hence the instanceof chain.
        if (event instanceof SessionEvent.SessionStarted sessionStarted) {
            startedAt = Optional.of(at);
            planned = sessionStarted.plannedStart();
        } else if (event instanceof SessionEvent.BlockStarted started) {
            now = indexOf(started.block());
            next.set(now, next.get(now).start(at));
        } else if (event instanceof SessionEvent.BlockEnded ended) {
            int index = indexOf(ended.block());
            BlockRun run = next.get(index);
            if (paused.isPresent() && index == current) {
                run = run.addPause(Duration.between(paused.get(), at));
                paused = Optional.empty();
            }
            next.set(index, run.end(at));
            now = -1;
        } else if (event instanceof SessionEvent.Paused pause) {
            int index = indexOf(pause.block());
            next.set(index, next.get(index).stop(at));
            paused = Optional.of(at);
        } else if (event instanceof SessionEvent.Resumed resume) {
            int index = indexOf(resume.block());
            Duration pausedFor = paused.map(since -> Duration.between(since, at)).orElse(Duration.ZERO);
            next.set(index, next.get(index).addPause(pausedFor).start(at));
            paused = Optional.empty();
        } else if (event instanceof SessionEvent.Adjusted adjusted) {
            int index = indexOf(adjusted.block());
            next.set(index, next.get(index).adjust(adjusted.minutes()));
        } else if (event instanceof SessionEvent.Note note) {
            int index = indexOf(note.block());
            next.set(index, next.get(index).addNote());
        } else if (event instanceof SessionEvent.PartSkipped skipped) {
            int index = indexOf(skipped.block());
            BlockRun run = next.get(index);
            Duration partTime = run.partTimeAt(at);
            Duration ahead = SessionRules.partEnd(draaiboek, draaiboek.blocks().get(index), partTime)
                    .map(end -> end.minus(partTime)).filter(left -> !left.isNegative()).orElse(Duration.ZERO);
            next.set(index, run.skip(ahead));
        } else if (event instanceof SessionEvent.SessionEnded) {
            endedAt = Optional.of(at);
            now = -1;
        } else if (event instanceof SessionEvent.SessionReopened) {
            endedAt = Optional.empty();
        }
        return new SessionState(draaiboek, startedAt, planned, endedAt, now, paused, next, Optional.of(at), eventCount + 1);
    }
}
