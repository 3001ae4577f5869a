package tafel.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tafel.cli.Environment;
import tafel.cli.Tafel;

/**
 * What every command prints, in every format and both languages, byte for byte against files in
 * {@code src/test/resources/golden/}: moving code between layers must not change one character a
 * user sees. After an intended change, rewrite them with {@code mvn test -Dtest=GoldenOutputTest
 * -Dgolden.update=true} and read the diff before committing it.
 */
class GoldenOutputTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String FOLDER = "<FOLDER>";

    @TempDir
    static Path folder;

    /** A name, then the command line; {folder} stands for a temporary folder the setup fills. */
    static Stream<Arguments> commands() {
        List<Arguments> commands = new ArrayList<>();
        String[] formats = {"table", "csv", "json"};
        for (String format : formats) {
            commands.add(Arguments.of("templates-" + format, new String[] {"templates", "--format", format}));
            commands.add(Arguments.of("show-" + format, new String[] {"show", "leersessie-bewoners-ambtenaren", "--start",
                    "19:30", "--format", format}));
            commands.add(Arguments.of("validate-" + format, new String[] {"validate", "templates/antwerpen-festival.yaml",
                    "src/test/resources/broken/subblocks-too-long.yaml", "src/test/resources/broken/unknown-key.yaml",
                    "--format", format}));
            commands.add(Arguments.of("status-" + format, new String[] {"status", "{folder}/sessie", "--format", format}));
            commands.add(Arguments.of("notes-" + format, new String[] {"notes", "{folder}/sessie", "--format", format}));
            commands.add(Arguments.of("results-" + format, new String[] {"antwerp", "results", "{folder}/proces", "--format",
                    format}));
            commands.add(Arguments.of("allocate-" + format, new String[] {"projects", "allocate", "--projects",
                    "src/test/resources/allocate/projecten.csv", "--theme-budgets", "src/test/resources/allocate/budgetten.csv",
                    "--format", format}));
            commands.add(Arguments.of("allocate-pb-" + format, new String[] {"projects", "allocate", "--pb",
                    "src/test/resources/allocate/small.pb", "--format", format}));
            commands.add(Arguments.of("match-" + format, new String[] {"match", "--participants",
                    "examples/deelnemers/deelnemers.csv", "--left", "bewoner", "--right", "ambtenaar", "--rounds", "2",
                    "--format", format}));
            commands.add(Arguments.of("tables-" + format, new String[] {"tables", "--people", "15", "--size", "3",
                    "--rounds", "7", "--format", format}));
        }
        for (String step : new String[] {"themes", "budget", "projects"}) {
            commands.add(Arguments.of("results-step-" + step, new String[] {"antwerp", "results", "{folder}/proces",
                    "--step", step}));
        }
        commands.add(Arguments.of("show-instructions", new String[] {"show", "leersessie-bewoners", "-i"}));
        commands.add(Arguments.of("export-session-csv", new String[] {"export", "{folder}/sessie"}));
        commands.add(Arguments.of("export-session-notes-excel", new String[] {"export", "{folder}/sessie", "--table", "notes",
                "--excel"}));
        commands.add(Arguments.of("export-session-json", new String[] {"export", "{folder}/sessie", "--format", "json"}));
        commands.add(Arguments.of("export-process-csv", new String[] {"export", "{folder}/proces"}));
        commands.add(Arguments.of("export-process-themes-excel", new String[] {"export", "{folder}/proces", "--table",
                "themes", "--excel"}));
        commands.add(Arguments.of("export-process-json", new String[] {"export", "{folder}/proces", "--format", "json"}));
        commands.add(Arguments.of("tables-excel", new String[] {"tables", "--participants", "examples/deelnemers/deelnemers.csv",
                "--size", "5", "--rounds", "3", "--mix", "ambtenaar", "--excel"}));
        commands.add(Arguments.of("help", new String[] {"--help"}));
        commands.add(Arguments.of("run-help", new String[] {"run", "--help"}));
        commands.add(Arguments.of("unknown-template", new String[] {"show", "leersesie-bewoners"}));
        List<Arguments> both = new ArrayList<>();
        for (Arguments command : commands) {
            for (String language : new String[] {"nl", "en"}) {
                both.add(Arguments.of(command.get()[0] + "." + language, language, command.get()[1]));
            }
        }
        return both.stream();
    }

    @BeforeAll
    static void prepare() throws IOException {
        Path script = Files.writeString(folder.resolve("script.txt"),
                "word blij\nwait 6m\nnext\nnote Zoë wil een moestuin\nnote #actie =1+2 bellen\nwait 9m\nadjust +2\nnext\nquit\n");
        run("en", "run", "leersessie-bewoners-ambtenaren", "--headless", "--session", folder.resolve("sessie").toString(),
                "--input", script.toString(), "--start", "19:30", "--date", "2026-11-24");
        String proces = folder.resolve("proces").toString();
        String examples = "examples/antwerpen/";
        run("en", "antwerp", "init", proces, "--budget", "€ 1.100.000", "--themes", examples + "catalogus.csv", "--unit",
                "1000", "--tie-rule", "lot", "--seed", "2026", "--title", "Burgerbegroting 2026");
        run("en", "antwerp", "themes", proces, "--input", examples + "themas.csv");
        run("en", "antwerp", "budget", proces, "--input", examples + "verdeling.csv", "--online",
                examples + "online-verdeling.csv");
        run("en", "antwerp", "projects", proces, "--projects", examples + "projecten.csv", "--online-votes",
                examples + "online-stemmen.csv");
        run("en", "antwerp", "projects", proces, "--input", examples + "festival.csv");
    }

    private static String run(String language, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Locale locale = language.equals("nl") ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH;
        int exit = Tafel.run(out, new PrintWriter(err), Environment.plain(locale), args);
        return "exit " + exit + "\n--- stdout\n" + out.toString(StandardCharsets.UTF_8) + "--- stderr\n" + err;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void printsExactlyWhatItPrintedBefore(String name, String language, String[] template) throws IOException {
        String[] args = new String[template.length];
        for (int i = 0; i < template.length; i++) {
            args[i] = template[i].replace("{folder}", folder.toString());
        }
        String printed = run(language, args).replace(folder.toString(), FOLDER);
        Path golden = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, printed, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("no golden file; record it with -Dgolden.update=true").exists();
        assertThat(printed).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
