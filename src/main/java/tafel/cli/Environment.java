package tafel.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * What tafel reads from the world it runs in, gathered in one place so tests can set it:
 * environment variables, the system locale, whether output goes to a terminal, and the clock
 * (the only place tafel reads the time from).
 */
public record Environment(Map<String, String> variables, Locale locale, boolean terminal, Clock clock) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    public static Environment system() {
        return new Environment(System.getenv(), Locale.getDefault(), System.console() != null, new SystemClock());
    }

    /** For tests: no terminal, no colour, the given locale, a clock fixed at 2026-11-24 19:00 in Amsterdam. */
    public static Environment plain(Locale locale) {
        return new Environment(Map.of("NO_COLOR", "1"), locale, false,
                Clock.fixed(Instant.parse("2026-11-24T18:00:00Z"), ZoneId.of("Europe/Amsterdam")));
    }

    /** The time now, by the one clock tafel reads. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public boolean colour() {
        String noColour = variables.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty()) && !"dumb".equals(variables.get("TERM"));
    }
}
