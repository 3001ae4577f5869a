package tafel.terminal;

import java.util.ArrayList;
import java.util.List;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Draws a {@link Board} to fill a terminal from 80×24 to 200×60: labels and bars grow with the
 * width, rows are spaced out when the height allows, and the top of a ranking always stays on
 * screen (rows that do not fit are counted at the bottom, never pushing the top off).
 */
final class BoardScreen {

    private static final int MIN_BAR = 10;

    private BoardScreen() {
    }

    static List<AttributedString> render(Board board, int width, int height, boolean colour) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(styled(fit(board.title(), width), AttributedStyle.BOLD, colour));
        lines.add(styled(fit(board.heading() + (board.presence().isEmpty() ? "" : "   ·   " + board.presence()), width),
                AttributedStyle.BOLD.foreground(AttributedStyle.CYAN), colour));
        lines.add(AttributedString.EMPTY);
        int room = Math.max(1, height - lines.size() - 2);
        List<Board.Row> rows = board.rows();
        boolean cut = board.cutAfter() > 0 && board.cutAfter() < rows.size();
        int needed = rows.size() + (cut ? 1 : 0);
        boolean spaced = needed * 2 <= room;
        int shownRows = spaced ? rows.size() : Math.min(rows.size(), room - (cut ? 1 : 0) - (needed > room ? 1 : 0));
        long most = rows.stream().mapToLong(Board.Row::value).max().orElse(1);
        int labelWidth = Math.min(Math.max(12, width * 2 / 5),
                rows.stream().mapToInt(row -> row.label().length()).max().orElse(12));
        int shownWidth = rows.stream().mapToInt(row -> row.shown().length()).max().orElse(1);
        int barWidth = Math.max(MIN_BAR, width - labelWidth - shownWidth - 8);
        for (int index = 0; index < shownRows; index++) {
            if (cut && index == board.cutAfter()) {
                lines.add(styled(cutLine(board.cutLabel(), width), AttributedStyle.DEFAULT.faint(), colour));
                if (spaced) {
                    lines.add(AttributedString.EMPTY);
                }
            }
            Board.Row row = rows.get(index);
            int length = most <= 0 ? 0 : (int) Math.max(row.value() > 0 ? 1 : 0, row.value() * barWidth / most);
            String text = (row.marked() ? "✔ " : "  ") + pad(fit(row.label(), labelWidth), labelWidth) + "  "
                    + "█".repeat(length) + " ".repeat(barWidth - length) + "  " + row.shown();
            lines.add(styled(fit(text, width), row.marked() ? AttributedStyle.BOLD : AttributedStyle.DEFAULT, colour));
            if (spaced) {
                lines.add(AttributedString.EMPTY);
            }
        }
        if (shownRows < rows.size()) {
            lines.add(styled(fit("  … +" + (rows.size() - shownRows), width), AttributedStyle.DEFAULT.faint(), colour));
        }
        while (lines.size() < height - 1) {
            lines.add(AttributedString.EMPTY);
        }
        lines.add(styled(fit(board.footer(), width), AttributedStyle.DEFAULT.faint(), colour));
        return lines.subList(0, Math.min(lines.size(), height));
    }

    private static String cutLine(String label, int width) {
        String middle = " " + label + " ";
        int side = Math.max(2, (width - middle.length()) / 2);
        return "━".repeat(side) + middle + "━".repeat(Math.max(2, width - side - middle.length()));
    }

    private static AttributedString styled(String text, AttributedStyle style, boolean colour) {
        return colour ? new AttributedStringBuilder().style(style).append(text).toAttributedString()
                : new AttributedString(text);
    }

    private static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "…";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
