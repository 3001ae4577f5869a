package tafel.text;

/**
 * Text from files and from people made safe to show on a terminal: control characters (an
 * escape sequence that clears the screen, a bell) are shown as their Unicode pictures (␛, ␇)
 * instead of being obeyed. Line ends and tabs stay; nothing else is changed.
 */
public final class Printable {

    private Printable() {
    }

    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0);
    }

    public static char picture(char c) {
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        return c == 0x7f ? '\u2421' : '\uFFFD';
    }

    public static String of(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                StringBuilder safe = new StringBuilder(text.length());
                for (int j = 0; j < text.length(); j++) {
                    char c = text.charAt(j);
                    safe.append(isControl(c) ? picture(c) : c);
                }
                return safe.toString();
            }
        }
        return text;
    }
}
