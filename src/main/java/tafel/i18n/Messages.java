package tafel.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import tafel.text.Phrase;
import tafel.text.Printable;

/** All user-facing text, in the chosen language; the keys live in {@code tafel/i18n/Messages*.properties}. */
public final class Messages {

    public static final String BUNDLE = "tafel.i18n.Messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages forLanguage(Language language) {
        Locale locale = language.locale();
        // Without the no-fallback control, asking for English on a Dutch system would fall back
        // to the system locale's bundle and answer in Dutch.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = args[i] instanceof Phrase phrase ? get(phrase) : plain(args[i]);
        }
        return new MessageFormat(pattern, locale).format(words);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has none (values read from data files). */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? get(key) : fallback;
    }

    /** "1 minute", "5 minutes", "-1 minute": the number with its unit, singular for one. */
    public String minutes(long minutes) {
        return minutes(Long.toString(minutes), minutes);
    }

    /** The same with the number written as given ("+1 minute"). */
    public String minutes(String shown, long minutes) {
        return get(Math.abs(minutes) == 1 ? "unit.minutes.one" : "unit.minutes", shown);
    }

    /** A note's tag in the reader's words ("word", "action" are stored; "woord", "actie" are shown in Dutch). */
    public String tag(String tag) {
        return tag.isEmpty() ? tag : getOr("ui.tag." + tag, tag);
    }

    public String get(Phrase phrase) {
        return get(phrase.key(), phrase.args().toArray());
    }

    public String get(String key, List<Object> args) {
        return get(key, args.toArray());
    }

    /**
     * Whole numbers stay as typed (no "1.100" grouping for a year or a line number); text from
     * files and people has its control characters shown, not obeyed, by the terminal.
     */
    private static Object plain(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        return value instanceof CharSequence text ? Printable.of(text.toString()) : value;
    }
}
