package tafel.cli;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tafel.i18n.Messages;

/**
 * picocli's own messages about a wrong command line, in the user's language: picocli writes them
 * in English, so each kind is recognised by its pattern and said again from the bundles. A
 * message of a kind not known here is shown as picocli wrote it.
 */
final class UsageMessages {

    private record Kind(Pattern pattern, String key) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(Pattern.compile("Invalid value for option '([^']+)': '([^']*)' is not an? (?:int|long|integer)"),
                    "usage.notWholeNumber"),
            new Kind(Pattern.compile("Invalid value for option '([^']+)': '([^']*)' is not a (?:float|double|bigdecimal)"),
                    "usage.notNumber"),
            new Kind(Pattern.compile("Invalid value for option '([^']+)': expected one of \\[([^\\]]*)\\].* but was '([^']*)'"),
                    "usage.notOneOf"),
            new Kind(Pattern.compile("Invalid value for option '([^']+)': (.*)"), "usage.invalidValue"),
            new Kind(Pattern.compile("Invalid value for positional parameter at index \\d+ \\(([^)]*)\\): (.*)"),
                    "usage.invalidValue"),
            new Kind(Pattern.compile("Missing required parameter for option '([^']+)' \\((.*)\\)"), "usage.missingValue"),
            new Kind(Pattern.compile("Unknown options?: (.*)"), "usage.unknownOption"),
            new Kind(Pattern.compile("Missing required options?: (.*)"), "usage.missingOption"),
            new Kind(Pattern.compile("Missing required options? and parameters?: (.*)"), "usage.missingOption"),
            new Kind(Pattern.compile("Missing required parameters?: (.*)"), "usage.missingParameter"),
            new Kind(Pattern.compile("Unmatched arguments? from index \\d+: (.*)"), "usage.unmatched"),
            new Kind(Pattern.compile("Expected parameter for option '([^']+)' but found '([^']*)'"), "usage.expectedValue"),
            new Kind(Pattern.compile("Option '([^']+)' \\(.*\\) should be specified only once"), "usage.twice"),
            new Kind(Pattern.compile("option '([^']+)' \\(.*\\) should be specified only once"), "usage.twice"));

    private UsageMessages() {
    }

    static String of(Messages messages, String picocli) {
        for (Kind kind : KINDS) {
            Matcher matcher = kind.pattern().matcher(picocli.strip());
            if (matcher.matches()) {
                Object[] args = new Object[matcher.groupCount()];
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    // enum constants are shown as they are typed: lower case
                    String value = matcher.group(group);
                    args[group - 1] = kind.key().equals("usage.notOneOf") && group == 2 ? value.toLowerCase(Locale.ROOT) : value;
                }
                return messages.get(kind.key(), args);
            }
        }
        return picocli;
    }

    /** "Did you mean: a, b?" for suggestions picocli found. */
    static String suggestions(Messages messages, List<String> suggestions) {
        return messages.get("usage.didYouMean", String.join(", ", suggestions));
    }
}
