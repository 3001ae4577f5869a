package tafel.terminal;

import java.util.ArrayList;
import java.util.List;

/** A five-line block font for the countdown, readable from the back of the room on a projector. */
final class BigDigits {

    static final int HEIGHT = 5;

    /** Each glyph: five rows; '#' is a filled cell. */
    private static final String[][] GLYPHS = {
        {"#####", "#   #", "#   #", "#   #", "#####"}, // 0
        {"   # ", "  ## ", "   # ", "   # ", "  ###"}, // 1
        {"#####", "    #", "#####", "#    ", "#####"}, // 2
        {"#####", "    #", " ####", "    #", "#####"}, // 3
        {"#   #", "#   #", "#####", "    #", "    #"}, // 4
        {"#####", "#    ", "#####", "    #", "#####"}, // 5
        {"#####", "#    ", "#####", "#   #", "#####"}, // 6
        {"#####", "    #", "   # ", "  #  ", "  #  "}, // 7
        {"#####", "#   #", "#####", "#   #", "#####"}, // 8
        {"#####", "#   #", "#####", "    #", "#####"}, // 9
    };
    private static final String[] COLON = {"  ", "##", "  ", "##", "  "};
    private static final String[] MINUS = {"     ", "     ", "#####", "     ", "     "};

    private BigDigits() {
    }

    /** The text (digits, ':' and '-') drawn as five lines of block characters. */
    static List<String> render(String text) {
        List<StringBuilder> rows = new ArrayList<>();
        for (int row = 0; row < HEIGHT; row++) {
            rows.add(new StringBuilder());
        }
        for (char c : text.toCharArray()) {
            String[] glyph = c == ':' ? COLON : c == '-' ? MINUS : Character.isDigit(c) ? GLYPHS[c - '0'] : null;
            if (glyph == null) {
                continue;
            }
            for (int row = 0; row < HEIGHT; row++) {
                rows.get(row).append(glyph[row].replace('#', '█')).append(' ');
            }
        }
        // Every row keeps its full width (trailing blanks included) so that centring the rows one
        // by one keeps the glyphs aligned.
        return rows.stream().map(row -> row.length() == 0 ? "" : row.substring(0, row.length() - 1)).toList();
    }

    /** The same, each cell drawn {@code scale} times across and down: digits that fill a projector's terminal. */
    static List<String> render(String text, int scale) {
        List<String> rows = new ArrayList<>();
        for (String row : render(text)) {
            StringBuilder wide = new StringBuilder();
            row.chars().forEach(cell -> wide.append(String.valueOf((char) cell).repeat(scale)));
            for (int copy = 0; copy < scale; copy++) {
                rows.add(wide.toString());
            }
        }
        return rows;
    }

    static int width(String text) {
        return render(text).stream().mapToInt(String::length).max().orElse(0);
    }
}
