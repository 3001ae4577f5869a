package tafel.cli;

import tafel.i18n.Language;
import tafel.i18n.Messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:rule|yaml|file|error|hint|show|new|validate|templates|option|run|status|notes|session|confirm"
                    + "|script|journal|ui|csv|pb|allocate|alloc|antwerp|match|tables|participants|output|report|cards|plan|export|entry|batch|online|rules)\\.[A-Za-z.]*[A-Za-z])\"");

    @Test
    void dutchAndEnglishHaveTheSameKeys() {
        Set<String> english = Messages.forLanguage(Language.en).bundle().keySet();
        Set<String> dutch = Messages.forLanguage(Language.nl).bundle().keySet();
        assertThat(new TreeSet<>(dutch)).isEqualTo(new TreeSet<>(english));
        assertThat(Messages.forLanguage(Language.nl).get("show.pause")).isEqualTo("Pauze");
        assertThat(Messages.forLanguage(Language.en).get("show.pause")).isEqualTo("Pause");
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = Messages.forLanguage(Language.en).bundle().keySet();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys).containsAll(used);
    }

    /** A key written twice silently loses its first text: an option's help once showed a notice's "{0} rows". */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : List.of("Messages.properties", "Messages_nl.properties")) {
            Map<String, Long> counts = Files.readAllLines(Path.of("src/main/resources/tafel/i18n", bundle)).stream()
                    .filter(line -> line.contains(" = ") && !line.startsWith("#") && !line.startsWith(" "))
                    .collect(Collectors.groupingBy(line -> line.substring(0, line.indexOf(" = ")), Collectors.counting()));
            assertThat(counts).as(bundle).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
        }
    }

    /** Numbers reach the bundles as text (no grouping in years and line numbers), so a choice format would crash. */
    @Test
    void noTextCountsWithAChoiceFormat() {
        for (Language language : Language.values()) {
            Messages messages = Messages.forLanguage(language);
            messages.bundle().keySet().forEach(key ->
                    assertThat(messages.bundle().getString(key)).as(key).doesNotContain(",choice,"));
        }
    }

    /** picocli's own complaints about a command line are said again in the user's language. */
    @Test
    void aWrongCommandLineIsExplainedInDutchInDutch() {
        for (String[] args : List.of(new String[] {"run", "leersessie-bewoners", "--warn", "abc"},
                new String[] {"show", "--strt", "19:00", "x"}, new String[] {"antwerp", "screen", "d", "--step", "foo"},
                new String[] {"tables", "--size"}, new String[] {"validate"}, new String[] {"match", "--rounds", "1"})) {
            CommandRun run = CommandRun.dutch(args);
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", args)).doesNotContain("Invalid value", "Unknown option", "Missing required",
                    "Did you mean", "is not an int", "expected one of").startsWith("tafel: ");
        }
        assertThat(CommandRun.dutch("show", "--strt", "19:00", "x").err()).contains("Onbekende optie: '--strt'",
                "Bedoelde je: --start?");
        assertThat(CommandRun.english("run", "leersessie-bewoners", "--warn", "abc").err())
                .contains("'abc' is not a whole number");
    }

    /** In a text with arguments a lone ' starts a quoted part and vanishes ("block's" printed as "blocks"). */
    @Test
    void aTextWithArgumentsHasNoLoneApostrophe() {
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (Language language : Language.values()) {
            Messages messages = Messages.forLanguage(language);
            messages.bundle().keySet().stream().filter(key -> !key.startsWith("tafel.")).forEach(key -> {
                String text = messages.bundle().getString(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertThat(lone.matcher(text).find()).as(key + ": " + text).isFalse();
                }
            });
        }
    }

    /** Every command's help is formatted without picocli's warning, in both languages. */
    @Test
    void everyHelpPrintsWithoutAWarning() {
        for (String[] command : List.of(new String[] {"antwerp", "budget", "--help"},
                new String[] {"antwerp", "projects", "--help"}, new String[] {"antwerp", "themes", "--help"},
                new String[] {"antwerp", "init", "--help"}, new String[] {"run", "--help"})) {
            // picocli warns on the process's own stderr, not on the command's
            ByteArrayOutputStream warnings = new ByteArrayOutputStream();
            PrintStream stderr = System.err;
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            try {
                for (CommandRun help : List.of(CommandRun.english(command), CommandRun.dutch(command))) {
                    assertThat(help.err() + help.out()).as(String.join(" ", command)).doesNotContainPattern("\\{\\d\\}");
                }
            } finally {
                System.setErr(stderr);
            }
            assertThat(warnings.toString(StandardCharsets.UTF_8)).as(String.join(" ", command)).doesNotContain("WARN");
        }
    }

    @Test
    void formatsArgumentsAndNestedPhrases() {
        Messages english = Messages.forLanguage(Language.en);
        assertThat(english.get("yaml.type.mapping", tafel.text.Phrase.of("yaml.context.block"),
                tafel.text.Phrase.of("yaml.kind.text", "x")))
                .isEqualTo("Expected a block here as key: value lines, but found the text \"x\".");
        assertThat(english.get("rule.code.duplicate", "A", 1234)).isEqualTo("The code A is already used on line 1234.");
    }
}
