package tafel.terminal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tafel.session.SessionCommand;
import tafel.session.SessionEvent;
import tafel.text.ClosestMatch;
import tafel.text.Phrase;

/**
 * One line of a headless script (or of the plain line mode): {@code wait 5m}, {@code next},
 * {@code back}, {@code pause}, {@code resume}, {@code adjust +2}, {@code note <text>},
 * {@code word <text>}, {@code quit}; Dutch words work too. Blank lines and lines starting with
 * {@code #} are skipped.
 */
public sealed interface ScriptLine {

    record Skip() implements ScriptLine {
    }

    record Wait(Duration duration) implements ScriptLine {
    }

    record Command(SessionCommand command) implements ScriptLine {
    }

    record Invalid(Phrase problem) implements ScriptLine {
    }

    /** "help", "hulp" or "?": the list of commands. */
    record Help() implements ScriptLine {
    }

    Pattern DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    Map<String, String> WORDS = Map.ofEntries(
            Map.entry("wait", "wait"), Map.entry("wacht", "wait"),
            Map.entry("next", "next"), Map.entry("volgende", "next"),
            Map.entry("part", "part"), Map.entry("deel", "part"),
            Map.entry("back", "back"), Map.entry("terug", "back"),
            Map.entry("pause", "pause"), Map.entry("pauze", "pause"),
            Map.entry("resume", "resume"), Map.entry("verder", "resume"),
            Map.entry("adjust", "adjust"), Map.entry("bijstellen", "adjust"),
            Map.entry("note", "note"), Map.entry("notitie", "note"),
            Map.entry("word", "word"), Map.entry("woord", "word"),
            Map.entry("present", "present"), Map.entry("aanwezig", "present"),
            Map.entry("quit", "quit"), Map.entry("stop", "quit"),
            Map.entry("help", "help"), Map.entry("hulp", "help"), Map.entry("?", "help"));

    List<String> COMMANDS = List.of("wait", "next", "part", "back", "pause", "resume", "adjust", "note", "word", "present", "quit");

    /** The longest one wait may move the simulated clock: a day, as long as any session runs. */
    Duration MAX_WAIT = Duration.ofHours(24);

    static ScriptLine parse(String raw) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return new Skip();
        }
        String[] parts = line.split("\\s+", 2);
        String word = WORDS.get(parts[0].toLowerCase(Locale.ROOT));
        String rest = parts.length > 1 ? parts[1].strip() : "";
        if (word == null) {
            Phrase unknown = Phrase.of("script.unknown", parts[0], String.join(", ", COMMANDS));
            return new Invalid(ClosestMatch.among(parts[0], WORDS.keySet().stream().sorted().toList())
                    .map(close -> Phrase.of("script.unknown.closest", parts[0], close))
                    .orElse(unknown));
        }
        return switch (word) {
            case "wait" -> parseWait(rest);
            case "adjust" -> parseAdjust(rest);
            case "note" -> rest.isEmpty() ? new Invalid(Phrase.of("script.note.empty")) : note(rest);
            case "word" -> rest.isEmpty() ? new Invalid(Phrase.of("script.note.empty"))
                    : new Command(new SessionCommand.AddNote(rest, SessionEvent.Note.WORD));
            case "present" -> rest.isEmpty() ? new Invalid(Phrase.of("script.note.empty"))
                    : new Command(new SessionCommand.AddNote(rest, SessionEvent.Note.PRESENT));
            case "help" -> new Help();
            default -> rest.isEmpty() ? new Command(simple(word))
                    : new Invalid(Phrase.of("script.noArguments", parts[0]));
        };
    }

    private static SessionCommand simple(String word) {
        return switch (word) {
            case "next" -> new SessionCommand.Next();
            case "part" -> new SessionCommand.NextPart();
            case "back" -> new SessionCommand.Back();
            case "pause" -> new SessionCommand.Pause();
            case "resume" -> new SessionCommand.Resume();
            default -> new SessionCommand.Quit();
        };
    }

    private static ScriptLine note(String rest) {
        return new Command(SessionCommand.AddNote.typed(rest));
    }

    private static ScriptLine parseWait(String rest) {
        Matcher matcher = DURATION.matcher(rest.toLowerCase(Locale.ROOT).replace(" ", ""));
        if (rest.isEmpty() || !matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null
                && matcher.group(3) == null)) {
            return new Invalid(Phrase.of("script.wait.invalid", rest));
        }
        for (int group = 1; group <= 3; group++) {
            if (matcher.group(group) != null && matcher.group(group).length() > 6) {
                return new Invalid(Phrase.of("script.wait.tooLong", rest, MAX_WAIT.toHours()));
            }
        }
        Duration duration = Duration.ofHours(number(matcher.group(1))).plusMinutes(number(matcher.group(2)))
                .plusSeconds(number(matcher.group(3)));
        if (duration.compareTo(MAX_WAIT) > 0) {
            return new Invalid(Phrase.of("script.wait.tooLong", rest, MAX_WAIT.toHours()));
        }
        return duration.isZero() ? new Invalid(Phrase.of("script.wait.invalid", rest)) : new Wait(duration);
    }

    private static ScriptLine parseAdjust(String rest) {
        if (!rest.matches("[-+]?\\d{1,4}")) {
            return new Invalid(Phrase.of("script.adjust.invalid", rest));
        }
        return new Command(new SessionCommand.Adjust(Integer.parseInt(rest.replace("+", ""))));
    }

    private static long number(String digits) {
        return Optional.ofNullable(digits).map(Long::parseLong).orElse(0L);
    }
}
