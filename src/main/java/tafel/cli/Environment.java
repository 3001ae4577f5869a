package tafel.cli;

import java.util.Locale;
import java.util.Map;

/**
 * What tafel reads from the world it runs in, gathered in one place so tests can set it:
 * environment variables, the system locale, and whether output goes to a terminal.
 */
public record Environment(Map<String, String> variables, Locale locale, boolean terminal) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    public static Environment system() {
        return new Environment(System.getenv(), Locale.getDefault(), System.console() != null);
    }

    /** For tests: no terminal, no colour, the given locale. */
    public static Environment plain(Locale locale) {
        return new Environment(Map.of("NO_COLOR", "1"), locale, false);
    }

    public boolean colour() {
        String noColour = variables.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty()) && !"dumb".equals(variables.get("TERM"));
    }
}
