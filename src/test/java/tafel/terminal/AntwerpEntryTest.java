package tafel.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tafel.antwerp.EntryRules;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeCatalogue;
import tafel.i18n.Language;
import tafel.i18n.Messages;
import tafel.testing.VirtualTerminal;

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
        StringWriter printed = new StringWriter();
        PrintWriter out = new PrintWriter(printed);
        List<List<String>> saved = new ArrayList<>();
        Map<String, List<String>> tables = new HashMap<>();
        List<String> undone = new ArrayList<>();
        List<String> names = CATALOGUE.themes().stream().map(Theme::name).toList();
        AntwerpEntry entry = new AntwerpEntry(Messages.forLanguage(Language.nl), out);
        String screen;
        try (VirtualTerminal keys = new VirtualTerminal(100, 30)) {
            keys.start(() -> {
                entry.run(keys.terminal(), names, "tafel> ", new AntwerpEntry.Desk() {
                    @Override
                    public AntwerpEntry.Entered enter(AntwerpEntry.TableLine line, boolean replace) {
                        EntryRules.Checked<List<String>> checked = EntryRules.themes(line.themes(), CATALOGUE, 5);
                        if (!checked.ok()) {
                            return AntwerpEntry.Entered.refused(checked.problems().stream()
                                    .map(Messages.forLanguage(Language.nl)::get).toList());
                        }
                        if (tables.containsKey(line.table()) && !replace) {
                            return AntwerpEntry.Entered.confirm(List.of("AL INGEVOERD: " + tables.get(line.table())));
                        }
                        tables.put(line.table(), checked.value());
                        saved.add(checked.value());
                        return AntwerpEntry.Entered.saved(saved.size(), line.table(), checked.value());
                    }

                    @Override
                    public String undo(Optional<String> table) {
                        undone.add(table.orElse("laatste"));
                        return "INGETROKKEN " + table.orElse("laatste");
                    }
                }, () -> out.println("STAND " + saved.size()));
                return null;
            });
            type(keys, "1: Groen in straten, Fietspaden, 3, Veiligheid, Zwembad\r");
            type(keys, "1: Groen in straten, Fietspaden, Veiligheid, Zwerfvuil, Spee\t");
            type(keys, "\r");
            type(keys, "2: Cultuur, Cultuur, 1, 2, 3\r");
            type(keys, "zonder dubbele punt\r");
            type(keys, "1: Cultuur, Fietspaden, Veiligheid, Zwerfvuil, Speelpleinen\r");
            type(keys, "n\r");
            type(keys, "1: Cultuur, Fietspaden, Veiligheid, Zwerfvuil, Speelpleinen\r");
            type(keys, "j\r");
            type(keys, "3: half getypt");
            // Ctrl-C on its own: the virtual terminal raises it ahead of keys still queued, a person is slower
            type(keys, "\u0003");
            type(keys, "herstel 1\r");
            type(keys, "herstel\r");
            type(keys, "q\r");
            keys.awaitEnd();
            screen = keys.drawn();
        }
        out.flush();
        assertThat(saved).as("the first line refused, the completed second saved, table 1 replaced once asked")
                .hasSize(2);
        assertThat(tables.get("1")).containsExactly("5", "2", "4", "6", "3");
        assertThat(undone).as("Ctrl-C cleared the half-typed line without ending").containsExactly("1", "laatste");
        assertThat(saved.get(0)).as("Tab completed Spee to Speelpleinen").containsExactly("1", "2", "4", "6", "3");
        assertThat(printed.toString())
                .contains("Tafel 1 niet bewaard:")
                .contains("onbekend thema \"Zwembad\"")
                .doesNotContain("onbekend thema \"Spee")
                .contains("Invoer 1 · tafel 1 bewaard: 1, 2, 4, 6, 3")
                .contains("Tafel 1 blijft zoals ze was; er is niets bewaard.")
                .contains("Invoer 2 · tafel 1 bewaard: 5, 2, 4, 6, 3")
                .contains("INGETROKKEN 1", "INGETROKKEN laatste")
                .doesNotContain("half getypt")
                .contains("STAND 1")
                .contains("het thema \"Cultuur\" is twee keer gekozen")
                .contains("Schrijf eerst de tafel, dan een dubbele punt");
        assertThat(printed.toString()).contains("AL INGEVOERD: [1, 2, 4, 6, 3]");
        assertThat(screen).contains("Speelpleinen", "Bewaren? (j/N) n", "Bewaren? (j/N) j");
    }

    @Test
    void completionNeverGuesses() throws Exception {
        List<List<String>> lines = new ArrayList<>();
        AntwerpEntry entry = new AntwerpEntry(Messages.forLanguage(Language.nl), new PrintWriter(new StringWriter()));
        List<String> names = List.of("Veiligheid in de buurt", "Verkeersveiligheid", "Verlichting", "Speelpleinen",
                "Sport voor iedereen", "Groen in straten");
        String screen;
        try (VirtualTerminal keys = new VirtualTerminal(100, 30)) {
            keys.start(() -> {
                entry.run(keys.terminal(), names, "tafel> ", new AntwerpEntry.Desk() {
                    @Override
                    public AntwerpEntry.Entered enter(AntwerpEntry.TableLine line, boolean replace) {
                        lines.add(line.items());
                        return AntwerpEntry.Entered.refused(List.of("-"));
                    }

                    @Override
                    public String undo(Optional<String> table) {
                        return "";
                    }
                }, () -> { });
                return null;
            });
            type(keys, "1: ve\t");
            type(keys, "\t\r");
            type(keys, "2: sp\t");
            type(keys, "\t\r");
            type(keys, "3: groe\t\r");
            type(keys, "q\r");
            keys.awaitEnd();
            screen = keys.drawn();
        }
        String shown = screen.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
        assertThat(shown).contains("Verkeersveiligheid", "Verlichting", "Sport voor iedereen")
                .doesNotContain("original").doesNotContain("others");
        assertThat(lines).as("an ambiguous start stays as typed; a unique one completes").hasSize(3);
        assertThat(lines.get(0).get(0)).isIn("ve", "Ve");
        assertThat(lines.get(1).get(0)).isIn("sp", "Sp");
        assertThat(lines.get(2)).containsExactly("Groen in straten");
    }

    @Test
    void dutchDecimalCommasStayWithTheirAmount() {
        assertThat(AntwerpEntry.items(" Groen=12,5%, Fietspaden=€ 1.250,50 ,Speelpleinen=25%"))
                .containsExactly("Groen=12,5%", "Fietspaden=€ 1.250,50", "Speelpleinen=25%");
        assertThat(AntwerpEntry.items("1, 2, 3,4 , 5")).containsExactly("1", "2", "3", "4", "5");
        assertThat(AntwerpEntry.items("Groen=25%, 14=10%, Zwerfvuil=€ 5.000")).containsExactly("Groen=25%", "14=10%",
                "Zwerfvuil=€ 5.000");
        assertThat(AntwerpEntry.items("P101, P102,,")).containsExactly("P101", "P102");
    }

    private static void type(VirtualTerminal keys, String text) throws Exception {
        keys.type(text);
        Thread.sleep(200);
    }
}
