package tafel.text;

import java.util.List;

/**
 * A piece of user-facing text given as a message key with arguments, to be put into words
 * later in the user's language. Used as an argument of other messages ("expected a list,
 * found {a mapping}").
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }
}
