package tafel.cli;

/** ANSI emphasis for people at a terminal; plain text for pipes, files and {@code NO_COLOR}. */
public record Style(boolean enabled) {

    public String error(String text) {
        return wrap("1;31", text);
    }

    public String warning(String text) {
        return wrap("1;33", text);
    }

    public String bold(String text) {
        return wrap("1", text);
    }

    public String dim(String text) {
        return wrap("2", text);
    }

    private String wrap(String code, String text) {
        return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
