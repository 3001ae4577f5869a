package tafel.cli;

import tafel.i18n.Language;
import tafel.i18n.Messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @Test
    void formatsArgumentsAndNestedPhrases() {
        Messages english = Messages.forLanguage(Language.en);
        assertThat(english.get("yaml.type.mapping", tafel.text.Phrase.of("yaml.context.block"),
                tafel.text.Phrase.of("yaml.kind.text", "x")))
                .isEqualTo("Expected a block here as key: value lines, but found the text \"x\".");
        assertThat(english.get("rule.code.duplicate", "A", 1234)).isEqualTo("The code A is already used on line 1234.");
    }
}
