package tafel.session;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tafel.draaiboek.Block;
import tafel.draaiboek.Draaiboek;

/**
 * Decides what a command means in the current state: which events to journal, or why it is
 * refused (going past the end, pausing twice, a note when no block runs). Pure.
 */
public final class SessionRules {

    /** The most a block can be lengthened or shortened at once: a day, beyond which it is a typing slip. */
    public static final int MAX_ADJUST_MINUTES = 24 * 60;


    private SessionRules() {
    }

    public static Decision decide(SessionState state, SessionCommand command, OffsetDateTime now) {
        if (command instanceof SessionCommand.Reopen) {
            return !state.isEnded() ? Decision.refuse("session.refused.notEnded")
                    : Decision.accept(List.of(new SessionEvent.SessionReopened(now),
                            new SessionEvent.BlockStarted(now, state.keyOf(lastRun(state)))));
        }
        if (state.isEnded()) {
            return Decision.refuse("session.refused.ended");
        }
        if (command instanceof SessionCommand.Start start) {
            return state.isStarted() ? Decision.refuse("session.refused.started")
                    : Decision.accept(List.of(new SessionEvent.SessionStarted(now, state.draaiboek().title(), start.plannedStart()),
                            new SessionEvent.BlockStarted(now, state.keyOf(0))));
        }
        if (!state.isStarted()) {
            return Decision.refuse("session.refused.notStarted");
        }
        if (command instanceof SessionCommand.Quit) {
            List<SessionEvent> events = endCurrent(state, now);
            events.add(new SessionEvent.SessionEnded(now));
            return Decision.accept(events);
        }
        if (!state.hasCurrentBlock()) {
            return Decision.refuse("session.refused.noBlock");
        }
        String key = state.keyOf(state.current());
        if (command instanceof SessionCommand.Next) {
            List<SessionEvent> events = endCurrent(state, now);
            int next = state.current() + 1;
            events.add(next < state.draaiboek().blocks().size()
                    ? new SessionEvent.BlockStarted(now, state.keyOf(next))
                    : new SessionEvent.SessionEnded(now));
            return Decision.accept(events);
        }
        if (command instanceof SessionCommand.NextPart) {
            Block block = state.currentBlock();
            Duration partTime = state.runs().get(state.current()).partTimeAt(now);
            Optional<Block> part = partAt(state.draaiboek(), block, partTime);
            boolean last = part.isEmpty() || block.subBlocks().indexOf(part.get()) == block.subBlocks().size() - 1;
            return last ? Decision.refuse("session.refused.lastPart")
                    : Decision.accept(List.of(new SessionEvent.PartSkipped(now, key, part.get().code())));
        }
        if (command instanceof SessionCommand.Back) {
            if (state.current() == 0) {
                return Decision.refuse("session.refused.first");
            }
            List<SessionEvent> events = endCurrent(state, now);
            events.add(new SessionEvent.BlockStarted(now, state.keyOf(state.current() - 1)));
            return Decision.accept(events);
        }
        if (command instanceof SessionCommand.Pause) {
            return state.isPaused() ? Decision.refuse("session.refused.paused")
                    : Decision.accept(List.of(new SessionEvent.Paused(now, key)));
        }
        if (command instanceof SessionCommand.Resume) {
            return state.isPaused() ? Decision.accept(List.of(new SessionEvent.Resumed(now, key)))
                    : Decision.refuse("session.refused.notPaused");
        }
        if (command instanceof SessionCommand.Adjust adjust) {
            long planned = (long) state.plannedMinutes(state.current()) + adjust.minutes();
            if (adjust.minutes() == 0) {
                return Decision.refuse("session.refused.adjustZero");
            }
            if (Math.abs((long) adjust.minutes()) > MAX_ADJUST_MINUTES) {
                return Decision.refuse("session.refused.adjustTooLarge", MAX_ADJUST_MINUTES);
            }
            return planned < 1 ? Decision.refuse("session.refused.adjustTooMuch", state.plannedMinutes(state.current()))
                    : Decision.accept(List.of(new SessionEvent.Adjusted(now, key, adjust.minutes())));
        }
        if (command instanceof SessionCommand.AddNote note) {
            String text = note.text().strip();
            if (text.isEmpty()) {
                return Decision.refuse("session.refused.emptyNote");
            }
            String part = partAt(state.draaiboek(), state.currentBlock(), state.runs().get(state.current()).partTimeAt(now))
                    .map(Block::code).orElse("");
            return Decision.accept(List.of(new SessionEvent.Note(now, key, part, text, note.tag())));
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static List<SessionEvent> endCurrent(SessionState state, OffsetDateTime now) {
        List<SessionEvent> events = new ArrayList<>();
        if (state.hasCurrentBlock()) {
            events.add(new SessionEvent.BlockEnded(now, state.keyOf(state.current())));
        }
        return events;
    }

    /**
     * The sub-block that is planned after {@code elapsed} of its block: sub-blocks follow each
     * other from the block's start; past the last one, the last one.
     */
    public static Optional<Block> partAt(Draaiboek draaiboek, Block block, Duration elapsed) {
        long offsetSeconds = 0;
        Block last = null;
        for (Block sub : block.subBlocks()) {
            offsetSeconds += draaiboek.minutesOf(sub) * 60L;
            last = sub;
            if (elapsed.getSeconds() < offsetSeconds) {
                return Optional.of(sub);
            }
        }
        return Optional.ofNullable(last);
    }

    /** How long into its block the sub-block at {@code elapsed} is planned to end; empty for a block without parts. */
    public static Optional<Duration> partEnd(Draaiboek draaiboek, Block block, Duration elapsed) {
        long offsetSeconds = 0;
        for (Block sub : block.subBlocks()) {
            offsetSeconds += draaiboek.minutesOf(sub) * 60L;
            if (elapsed.getSeconds() < offsetSeconds) {
                return Optional.of(Duration.ofSeconds(offsetSeconds));
            }
        }
        return block.subBlocks().isEmpty() ? Optional.empty() : Optional.of(Duration.ofSeconds(offsetSeconds));
    }

    /** The block that ended last: where an ended session is reopened. */
    private static int lastRun(SessionState state) {
        int last = state.runs().size() - 1;
        OffsetDateTime latest = null;
        for (int i = 0; i < state.runs().size(); i++) {
            Optional<OffsetDateTime> end = state.runs().get(i).lastEnd();
            if (end.isPresent() && (latest == null || !end.get().isBefore(latest))) {
                latest = end.get();
                last = i;
            }
        }
        return last;
    }
}
