package tafel.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.cli.Environment;
import tafel.cli.Tafel;

class PrintableWriterTest {

    private static String through(String text) {
        StringWriter target = new StringWriter();
        try (PrintableWriter writer = new PrintableWriter(target)) {
            writer.write(text);
        } catch (java.io.IOException impossible) {
            throw new AssertionError(impossible);
        }
        return target.toString();
    }

    @Test
    void controlsAreShownAndColoursPass() {
        assertThat(through("a\u001b[2Jb\u0007c")).isEqualTo("a\u241b[2Jb\u2407c");
        assertThat(through("\u001b[1mvet\u001b[0m")).isEqualTo("\u001b[1mvet\u001b[0m");
        assertThat(through("\u001b]0;title\u0007")).isEqualTo("\u241b]0;title\u2407");
        assertThat(through("regel\neen\tтab\r\n")).isEqualTo("regel\neen\tтab\r\n");
        assertThat(through("\u009b31m")).isEqualTo("\uFFFD31m");
        assertThat(through("eind\u001b")).isEqualTo("eind\u241b");
    }

    @Test
    void aDraaiboekCannotClearTheScreenOfTheOneWhoShowsIt(@TempDir Path folder) throws Exception {
        Path draaiboek = Files.writeString(folder.resolve("a.yaml"),
                "title: \"Avond\\e[2J\\a\"\nblocks:\n  - {code: A, title: \"Welkom\\e]0;pwned\\a\", minutes: 5}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Environment terminal = new Environment(Map.of("NO_COLOR", "1"), Locale.ENGLISH, true, Clock.systemUTC());
        int exit = Tafel.run(out, new PrintWriter(err), terminal, "show", draaiboek.toString());
        String shown = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString()).isZero();
        assertThat(shown).contains("Avond\u241b[2J\u2407", "Welkom\u241b]0;pwned\u2407").doesNotContain("\u001b", "\u0007");
    }
}
