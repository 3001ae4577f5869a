package tafel.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

import tafel.antwerp.EntryRules;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeCatalogue;
import tafel.i18n.Language;
import tafel.i18n.Messages;

/** Live theme entry typed on a virtual terminal: tab completion, refusals, and saved tables. */
class AntwerpEntryTest {

    // The virtual terminal runs on a pseudo-terminal whose pump thread logs an I/O error when the
    // test closes it; that is the end of the test, not a failure. (Held in a field: loggers are
    // weakly referenced, and a collected one would forget its level.)
    private static final java.util.logging.Logger JLINE = java.util.logging.Logger.getLogger("org.jline");

    static {
        JLINE.setLevel(java.util.logging.Level.OFF);
    }

    private static final ThemeCatalogue CATALOGUE = new ThemeCatalogue(List.of(
            new Theme("1", "Groen in straten", ""), new Theme("2", "Fietspaden", ""), new Theme("3", "Speelpleinen", ""),
            new Theme("4", "Veiligheid", ""), new Theme("5", "Cultuur", ""), new Theme("6", "Zwerfvuil", "")));

    @Test
    void typedTablesAreCheckedCompletedAndSaved() throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream keyInput = new PipedInputStream(keys);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Terminal terminal = TerminalBuilder.builder().system(false).streams(keyInput, screen).type("xterm-256color")
                .size(new Size(100, 30)).encoding(StandardCharsets.UTF_8).build();
        StringWriter printed = new StringWriter();
        PrintWriter out = new PrintWriter(printed);
        List<List<String>> saved = new ArrayList<>();
        List<String> names = CATALOGUE.themes().stream().map(Theme::name).toList();
        AntwerpEntry entry = new AntwerpEntry(Messages.forLanguage(Language.nl), out);
        ExecutorService loop = Executors.newSingleThreadExecutor();
        try {
            Future<?> running = loop.submit(() -> {
                entry.run(terminal, names, "tafel> ", line -> {
                    EntryRules.Checked<List<String>> checked = EntryRules.themes(line.themes(), CATALOGUE, 5);
                    if (checked.ok()) {
                        saved.add(checked.value());
                        return AntwerpEntry.Entered.saved(checked.value());
                    }
                    return AntwerpEntry.Entered.refused(checked.problems().stream()
                            .map(Messages.forLanguage(Language.nl)::get).toList());
                }, () -> out.println("STAND " + saved.size()));
                return null;
            });
            type(keys, "1: Groen in straten, Fietspaden, 3, Veiligheid, Zwembad\r");
            type(keys, "1: Groen in straten, Fietspaden, Veiligheid, Zwerfvuil, Spee\t");
            type(keys, "\r");
            type(keys, "2: Cultuur, Cultuur, 1, 2, 3\r");
            type(keys, "zonder dubbele punt\r");
            type(keys, "q\r");
            running.get(10, TimeUnit.SECONDS);
        } finally {
            // end of input first, so the terminal's input pump stops cleanly instead of logging an error
            keys.close();
            loop.shutdownNow();
            terminal.close();
        }
        out.flush();
        assertThat(saved).as("the first line is refused, the completed second line saved").hasSize(1);
        assertThat(saved.get(0)).as("Tab completed Spee to Speelpleinen").containsExactly("1", "2", "4", "6", "3");
        assertThat(printed.toString())
                .contains("Tafel 1 niet bewaard:")
                .contains("onbekend thema \"Zwembad\"")
                .doesNotContain("onbekend thema \"Spee")
                .contains("Tafel 1 bewaard: 1, 2, 4, 6, 3")
                .contains("STAND 1")
                .contains("het thema \"Cultuur\" is twee keer gekozen")
                .contains("Schrijf eerst de tafel, dan een dubbele punt");
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("Speelpleinen");
    }

    private static void type(PipedOutputStream keys, String text) throws Exception {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        Thread.sleep(200);
    }
}
