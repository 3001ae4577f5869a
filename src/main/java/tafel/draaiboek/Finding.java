package tafel.draaiboek;

import java.util.List;

/**
 * One problem found in a draaiboek. The text is not stored here but as a message key with
 * arguments, so the command line can say it in the user's language.
 *
 * @param hintKey a key for how to fix it, or {@code null} when the message says it all
 */
public record Finding(Severity severity, Position position, String messageKey, List<Object> args,
                      String hintKey, List<Object> hintArgs) {

    public Finding {
        args = List.copyOf(args);
        hintArgs = List.copyOf(hintArgs);
    }

    public static Finding error(Position at, String messageKey, Object... args) {
        return new Finding(Severity.ERROR, at, messageKey, List.of(args), null, List.of());
    }

    public static Finding warning(Position at, String messageKey, Object... args) {
        return new Finding(Severity.WARNING, at, messageKey, List.of(args), null, List.of());
    }

    public Finding withHint(String key, Object... hintArguments) {
        return new Finding(severity, position, messageKey, args, key, List.of(hintArguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
