package tafel.terminal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import tafel.text.Printable;

import tafel.draaiboek.Block;
import tafel.i18n.Messages;
import tafel.session.SessionEvent;
import tafel.session.SessionView;

/**
 * Draws the timer screen for a given moment: a pure function of the session view, the UI state
 * and the terminal size, so it can be tested at any size without a terminal.
 */
final class TimerScreen {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final boolean monochrome;
    private final java.util.Map<String, List<String>> assignments;

    TimerScreen(Messages messages, boolean monochrome) {
        this(messages, monochrome, java.util.Map.of());
    }

    TimerScreen(Messages messages, boolean monochrome, java.util.Map<String, List<String>> assignments) {
        this.messages = messages;
        this.monochrome = monochrome;
        this.assignments = java.util.Map.copyOf(assignments);
    }

    List<AttributedString> render(SessionView view, ScreenState ui, OffsetDateTime now, int width, int height) {
        List<AttributedString> lines = new ArrayList<>();
        String position = view.index() >= 0 ? (view.index() + 1) + "/" + view.blockCount() : "";
        lines.add(spread(bold(view.title()), plain(CLOCK.format(now) + "  " + position), width));
        lines.add(plain("━".repeat(width)));
        List<AttributedString> keys = keysLines(view, ui, width);
        int footerLines = 2 + keys.size();
        int room = Math.max(0, height - lines.size() - footerLines);
        List<AttributedString> body = switch (ui.mode()) {
            case HELP -> scrolled(help(width), ui.scroll(), room);
            case INSTRUCTIONS -> scrolled(instructions(view, width), ui.scroll(), room);
            case NOTES -> scrolled(notes(ui, width), ui.scroll(), room);
            default -> timer(view, width, room);
        };
        for (int i = 0; i < room; i++) {
            lines.add(i < body.size() ? cut(body.get(i), width) : AttributedString.EMPTY);
        }
        lines.add(plain("━".repeat(width)));
        lines.add(cut(messageLine(ui), width));
        keys.forEach(line -> lines.add(cut(line, width)));
        return new ArrayList<>(lines.subList(0, Math.min(lines.size(), height)).stream().map(TimerScreen::printable).toList());
    }

    /** A panel from its scrolled line on; the last line says there is more below when there is. */
    private List<AttributedString> scrolled(List<AttributedString> panel, int scroll, int room) {
        int from = Math.min(scroll, Math.max(0, panel.size() - room));
        List<AttributedString> shown = new ArrayList<>(panel.subList(from, panel.size()));
        if (shown.size() > room && room > 0) {
            shown = new ArrayList<>(shown.subList(0, room - 1));
            shown.add(new AttributedString(messages.get("ui.more"), AttributedStyle.DEFAULT.faint()));
        }
        return shown;
    }

    private List<AttributedString> timer(SessionView view, int width, int room) {
        List<AttributedString> lines = new ArrayList<>();
        if (view.phase() == SessionView.Phase.NOT_STARTED) {
            lines.add(AttributedString.EMPTY);
            lines.add(centre(bold(messages.get("ui.ready")), width));
            view.next().ifPresent(first -> lines.add(centre(plain(messages.get("ui.first", first.code(), title(first),
                    messages.minutes(view.sessionPlanned().toMinutes()))), width)));
            return lines;
        }
        if (view.phase() == SessionView.Phase.ENDED || view.block().isEmpty()) {
            lines.add(AttributedString.EMPTY);
            lines.add(centre(bold(messages.get("ui.ended")), width));
            return lines;
        }
        Block block = view.block().get();
        // Within a block of parts the big countdown is the part's: the facilitator moves the room on
        // part by part; the block's own time stays in the line below it.
        boolean byPart = view.partRemaining().isPresent() && !view.overrun();
        Duration shown = byPart ? view.partRemaining().get() : view.remaining();
        boolean over = shown.isNegative();
        String countdown = (over ? "-" : "") + Confirmation.clock(shown);
        AttributedStyle timeStyle = view.overrun() ? warn(true) : view.warning() ? warn(false) : AttributedStyle.BOLD;
        String state = view.phase() == SessionView.Phase.PAUSED ? messages.get("ui.paused")
                : view.overrun() ? messages.get("ui.overrun", Confirmation.clock(view.remaining()))
                : byPart ? messages.get("ui.partState", view.key(), Confirmation.clock(view.remaining()),
                        Confirmation.clock(view.planned()))
                : messages.get("ui.remaining", Confirmation.clock(view.planned()));
        List<AttributedString> extras = extras(view, width);
        // the digits as large as the room allows: the extras first give way, then the scale
        int fixed = 3; // title, part, state
        int scale = 0;
        for (int candidate = 6; candidate >= 1 && scale == 0; candidate--) {
            if (BigDigits.width(countdown) * candidate <= width - 2 && fixed + BigDigits.HEIGHT * candidate <= room) {
                scale = candidate;
            }
        }
        while (scale > 1 && fixed + 1 + BigDigits.HEIGHT * scale + extras.size() > room) {
            scale--;
        }
        lines.add(spread(bold(view.key() + "  " + title(block)), plain(view.workForm()), width));
        lines.add(view.part().map(part -> plain("   " + messages.get("ui.part", part.code(), title(part))))
                .orElse(AttributedString.EMPTY));
        if (scale > 0) {
            if (fixed + 1 + BigDigits.HEIGHT * scale <= room) {
                lines.add(AttributedString.EMPTY);
            }
            for (String row : BigDigits.render(countdown, scale)) {
                lines.add(centre(new AttributedString(row, timeStyle), width));
            }
        } else {
            lines.add(centre(new AttributedString(countdown, timeStyle), width));
        }
        lines.add(centre(new AttributedString(state, view.overrun() || view.phase() == SessionView.Phase.PAUSED
                ? warn(view.overrun()) : AttributedStyle.DEFAULT), width));
        int left = room - lines.size();
        lines.addAll(extras.subList(0, Math.max(0, Math.min(extras.size(), left))));
        return lines;
    }

    /** The lines under the countdown, most useful first, for as many as fit. */
    private List<AttributedString> extras(SessionView view, int width) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(AttributedString.EMPTY);
        lines.add(plain(" " + view.next().map(next -> messages.get("ui.next", next.hasCode() ? next.code() : "",
                title(next))).orElse(messages.get("ui.last"))));
        int barWidth = Math.max(10, width - 22);
        lines.add(bar(messages.get("ui.block"), fraction(view.elapsed(), view.planned()), barWidth, view.overrun()));
        lines.add(bar(messages.get("ui.session"), fraction(view.sessionElapsed(), view.sessionPlanned()), barWidth, false));
        String planned = view.plannedStart().map(CLOCK::format).orElse("--:--");
        String actual = view.actualStart().map(CLOCK::format).orElse("--:--");
        long late = view.plannedStart().flatMap(p -> view.actualStart().map(a -> Duration.between(p, a).toMinutes())).orElse(0L);
        lines.add(plain(" " + messages.get("ui.times", planned, actual, (late >= 0 ? "+" : "") + late,
                view.expectedEnd().map(CLOCK::format).orElse("--:--"))));
        lines.add(plain(" " + messages.get("ui.notes", view.notes())));
        return lines;
    }

    private List<AttributedString> help(int width) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(bold(messages.get("ui.help.title")));
        for (String key : List.of("space", "n", "b", "plus", "i", "t", "w", "l", "q")) {
            lines.add(plain("  " + messages.get("ui.help." + key)));
        }
        lines.add(AttributedString.EMPTY);
        wrap(messages.get("ui.help.journal"), width).forEach(line -> lines.add(plain(line)));
        return lines;
    }

    private List<AttributedString> instructions(SessionView view, int width) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(bold(view.block().map(b -> view.key() + "  " + title(b)).orElse("")));
        String text = view.block().map(Block::description).orElse("");
        for (String line : wrap(text, width - 2)) {
            lines.add(plain(" " + line));
        }
        if (!view.instructions().isBlank()) {
            lines.add(AttributedString.EMPTY);
            lines.add(bold(messages.get("show.instructionsLabel")));
            for (String line : wrap(view.instructions(), width - 2)) {
                lines.add(plain(" " + line));
            }
        }
        List<String> questions = new ArrayList<>(view.block().map(Block::questions).orElse(List.of()));
        view.part().ifPresent(part -> questions.addAll(part.questions()));
        if (!questions.isEmpty()) {
            lines.add(AttributedString.EMPTY);
            lines.add(bold(messages.get("ui.questions")));
            for (String question : questions) {
                List<String> wrapped = wrap(question, width - 4);
                for (int i = 0; i < wrapped.size(); i++) {
                    lines.add(plain((i == 0 ? " ? " : "   ") + wrapped.get(i)));
                }
            }
        }
        List<String> groups = new ArrayList<>(assignments.getOrDefault(view.key(), List.of()));
        view.part().ifPresent(part -> groups.addAll(assignments.getOrDefault(part.code(), List.of())));
        if (!groups.isEmpty()) {
            lines.add(AttributedString.EMPTY);
            groups.forEach(line -> lines.add(plain(line)));
        }
        view.part().ifPresent(part -> {
            if (!part.instructions().isBlank()) {
                lines.add(AttributedString.EMPTY);
                lines.add(bold(part.code() + "  " + title(part)));
                for (String line : wrap(part.instructions(), width - 2)) {
                    lines.add(plain(" " + line));
                }
            }
        });
        return lines;
    }

    private List<AttributedString> notes(ScreenState ui, int width) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(bold(messages.get("ui.notes.title", ui.notes().size())));
        for (SessionEvent.Note note : ui.notes()) {
            String tag = note.tag().isEmpty() ? "" : "[" + messages.tag(note.tag()) + "] ";
            lines.add(plain(" " + CLOCK.format(note.at()) + "  " + tag + note.text()));
        }
        return lines;
    }

    private AttributedString messageLine(ScreenState ui) {
        return switch (ui.mode()) {
            case NOTE_INPUT -> plain(messages.get("ui.input.note") + " " + ui.input() + "█");
            case WORD_INPUT -> plain(messages.get("ui.input.word") + " " + ui.input() + "█");
            case CONFIRM_QUIT -> new AttributedString(ui.message().isEmpty() ? messages.get("ui.confirmQuit") : ui.message(),
                    warn(false));
            default -> new AttributedString(ui.message(), ui.messageIsProblem() ? warn(true) : AttributedStyle.DEFAULT);
        };
    }

    /** The key hints, packed into as few lines as the width allows; a '|' in the text starts a new line. */
    private List<AttributedString> keysLines(SessionView view, ScreenState ui, int width) {
        String key = switch (ui.mode()) {
            case NOTE_INPUT, WORD_INPUT -> "ui.keys.input";
            case CONFIRM_QUIT -> "ui.keys.confirm";
            case HELP, INSTRUCTIONS, NOTES -> "ui.keys.panel";
            default -> view.phase() == SessionView.Phase.NOT_STARTED ? "ui.keys.ready" : "ui.keys.timer";
        };
        AttributedStyle style = monochrome ? AttributedStyle.DEFAULT : AttributedStyle.DEFAULT.faint();
        List<AttributedString> lines = new ArrayList<>();
        for (String group : messages.get(key).split("\\|")) {
            StringBuilder line = new StringBuilder();
            for (String item : group.split(" · ")) {
                if (line.length() > 0 && line.length() + 3 + item.length() > width) {
                    lines.add(new AttributedString(line.toString(), style));
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " · ").append(item);
            }
            lines.add(new AttributedString(line.toString(), style));
        }
        return lines;
    }

    private AttributedString bar(String label, double fraction, int barWidth, boolean over) {
        int filled = (int) Math.round(Math.min(1.0, fraction) * barWidth);
        AttributedStringBuilder line = new AttributedStringBuilder();
        line.append(String.format(" %-8s ", label));
        line.style(over ? warn(true) : AttributedStyle.DEFAULT).append("█".repeat(filled));
        line.style(AttributedStyle.DEFAULT).append("░".repeat(barWidth - filled));
        line.append(String.format(" %3d%%", Math.round(fraction * 100)));
        return line.toAttributedString();
    }

    private static double fraction(Duration part, Duration whole) {
        return whole.isZero() ? 0 : Math.max(0, (double) part.getSeconds() / whole.getSeconds());
    }

    private String title(Block block) {
        return block.title().isEmpty() && block.pause() ? messages.get("show.pause") : block.title();
    }

    private AttributedStyle warn(boolean strong) {
        if (monochrome) {
            return strong ? AttributedStyle.BOLD.inverse() : AttributedStyle.BOLD;
        }
        return strong ? AttributedStyle.BOLD.foreground(AttributedStyle.RED) : AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
    }

    private static AttributedString plain(String text) {
        return new AttributedString(text);
    }

    private static AttributedString bold(String text) {
        return new AttributedString(text, AttributedStyle.BOLD);
    }

    private static AttributedString spread(AttributedString left, AttributedString right, int width) {
        int gap = Math.max(1, width - left.columnLength() - right.columnLength());
        return cut(new AttributedStringBuilder().append(left).append(" ".repeat(gap)).append(right).toAttributedString(), width);
    }

    private static AttributedString centre(AttributedString text, int width) {
        int indent = Math.max(0, (width - text.columnLength()) / 2);
        return new AttributedStringBuilder().append(" ".repeat(indent)).append(text).toAttributedString();
    }

    /** Titles, notes and instructions come from files and people: their control characters are shown, not obeyed. */
    static AttributedString printable(AttributedString line) {
        boolean clean = true;
        for (int i = 0; i < line.length() && clean; i++) {
            clean = !Printable.isControl(line.charAt(i));
        }
        if (clean) {
            return line;
        }
        AttributedStringBuilder safe = new AttributedStringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            safe.style(line.styleAt(i)).append(String.valueOf(Printable.isControl(c) ? Printable.picture(c) : c));
        }
        return safe.toAttributedString();
    }

    private static AttributedString cut(AttributedString line, int width) {
        return line.columnLength() <= width ? line : line.columnSubSequence(0, width);
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
        return lines;
    }
}
