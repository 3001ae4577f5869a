package tafel.terminal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import tafel.draaiboek.Block;
import tafel.i18n.Messages;
import tafel.session.SessionCommand;
import tafel.session.SessionEvent;
import tafel.session.SessionState;
import tafel.session.SessionView;

/**
 * The one line that confirms a command once its events are on disk, in the user's language:
 * "19:36:00 A ended after 6:00 (planned 5:00) · now B …".
 */
public final class Confirmation {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Messages messages;

    public Confirmation(Messages messages) {
        this.messages = messages;
    }

    public String of(SessionCommand command, List<SessionEvent> events, SessionState after, OffsetDateTime now,
                     int warnMinutes) {
        String time = CLOCK.format(now);
        SessionView view = SessionView.of(after, now, warnMinutes);
        String body;
        if (command instanceof SessionCommand.Start) {
            body = messages.get("confirm.started", after.draaiboek().title(), now(view));
        } else if (command instanceof SessionCommand.Next || command instanceof SessionCommand.Back) {
            body = messages.get(command instanceof SessionCommand.Next ? "confirm.next" : "confirm.back",
                    ended(events, after), after.isEnded() ? messages.get("confirm.sessionEnded") : now(view));
        } else if (command instanceof SessionCommand.NextPart) {
            SessionEvent.PartSkipped skipped = (SessionEvent.PartSkipped) events.get(0);
            body = messages.get("confirm.part", skipped.part(), view.part().map(part -> part.code() + " " + part.title())
                    .orElse(""), view.partRemaining().map(Confirmation::clock).orElse(""));
        } else if (command instanceof SessionCommand.Pause) {
            body = messages.get("confirm.paused", view.key(), clock(view.remaining()));
        } else if (command instanceof SessionCommand.Resume) {
            body = messages.get("confirm.resumed", view.key(), clock(view.remaining()));
        } else if (command instanceof SessionCommand.Adjust adjust) {
            body = messages.get("confirm.adjusted", view.key(), signed(adjust.minutes()),
                    after.plannedMinutes(after.current()), clock(view.remaining()));
        } else if (command instanceof SessionCommand.AddNote note) {
            SessionEvent.Note saved = (SessionEvent.Note) events.get(events.size() - 1);
            String where = saved.part().isEmpty() ? saved.block() : saved.block() + " (" + saved.part() + ")";
            body = messages.get(SessionEvent.Note.WORD.equals(note.tag()) ? "confirm.word" : "confirm.note",
                    where, saved.text());
        } else if (command instanceof SessionCommand.Reopen) {
            body = messages.get("confirm.reopened", now(view));
        } else {
            body = messages.get("confirm.quit");
        }
        return time + " " + body;
    }

    /** What a resumed session looks like, for the first line on screen: "resumed in C (12:03 of 40:00), 4 notes". */
    public String resumed(SessionState state, OffsetDateTime now, int warnMinutes, int events) {
        String where = where(state, now, warnMinutes);
        return messages.get("confirm.resumedSession", events, where.isEmpty() ? messages.get("confirm.noBlock") : where);
    }

    /** "6 min waited · A: 6:00 of 5:00" for the headless {@code wait}. */
    public String waited(Duration waited, SessionState state, OffsetDateTime now, int warnMinutes) {
        String where = where(state, now, warnMinutes);
        return CLOCK.format(now) + " " + messages.get("confirm.waited", clock(waited)) + (where.isEmpty() ? "" : " · " + where);
    }

    /** "19:41:00 B: 5:00 of 10:00, 5:00 left": where the session is, for an empty line in line mode. */
    public String status(SessionState state, OffsetDateTime now, int warnMinutes) {
        String where = where(state, now, warnMinutes);
        return CLOCK.format(now) + " " + (where.isEmpty() ? messages.get("confirm.noBlock") : where);
    }

    private String where(SessionState state, OffsetDateTime now, int warnMinutes) {
        SessionView view = SessionView.of(state, now, warnMinutes);
        return view.block().isEmpty() ? ""
                : messages.get(view.overrun() ? "confirm.where.over" : "confirm.where", view.key(),
                        clock(view.elapsed()), clock(view.planned()), clock(view.remaining().abs()));
    }

    private String now(SessionView view) {
        Block block = view.block().orElseThrow();
        return messages.get("confirm.now", view.key(), title(block), view.planned().toMinutes());
    }

    /** "A ended after 6:00 (planned 5:00)" for the block these events ended. */
    private String ended(List<SessionEvent> events, SessionState after) {
        for (SessionEvent event : events) {
            if (event instanceof SessionEvent.BlockEnded ended) {
                int index = after.indexOf(ended.block());
                return messages.get("confirm.ended", ended.block(), clock(after.runs().get(index).active()),
                        clock(Duration.ofMinutes(after.plannedMinutes(index))));
            }
        }
        return "";
    }

    private String title(Block block) {
        return block.title().isEmpty() && block.pause() ? messages.get("show.pause") : block.title();
    }

    static String signed(int minutes) {
        return minutes > 0 ? "+" + minutes : Integer.toString(minutes);
    }

    /** m:ss, or h:mm:ss from an hour; the sign is left to the caller. */
    public static String clock(Duration duration) {
        long seconds = Math.abs(duration.getSeconds());
        long hours = seconds / 3600;
        long minutes = (seconds % 3600) / 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, rest) : String.format("%d:%02d", minutes, rest);
    }
}
