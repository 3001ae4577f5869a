package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.app.Notices;
import tafel.app.TableEntry;
import tafel.app.ThemeEntries;
import tafel.io.antwerp.ProcessFolder;
import tafel.text.Phrase;

/** Only the evening's tables can enter; every tally says which are in and which are missing. */
class TableRosterCommandTest {

    private static final String EXAMPLES = "examples/antwerpen/";
    private static final Notices SILENT = Notices.quiet();

    private static Path process(Path folder, String... more) {
        Path dir = folder.resolve("proces");
        List<String> args = new java.util.ArrayList<>(List.of("antwerp", "init", dir.toString(), "--budget", "€ 1.100.000",
                "--themes", EXAMPLES + "catalogus.csv", "--unit", "1000", "--tie-rule", "lot", "--seed", "2026"));
        args.addAll(List.of(more));
        CommandRun init = CommandRun.english(args.toArray(String[]::new));
        assertThat(init.exitCode()).as(init.err()).isZero();
        return dir;
    }

    @Test
    void aTableThatIsNotOnTheRosterIsRefusedInAFileAndNothingIsSaved(@TempDir Path folder) throws Exception {
        Path dir = process(folder, "--tables", "10");
        assertThat(Files.readString(dir.resolve("antwerpen.yaml"))).contains("\ntables: 10\n");
        byte[] journal = Files.readAllBytes(dir.resolve("events.jsonl"));
        Path typos = Files.writeString(folder.resolve("typos.csv"), "evening,table,theme\n"
                + "noord,Tafel 3,Fietspaden\nnoord,Tafel 3,Speelpleinen\nnoord,Tafel 3,Sport voor iedereen\n"
                + "noord,Tafel 3,Jeugdwerking\nnoord,Tafel 3,Buurtfeesten\n"
                + "noord,33,Fietspaden\n");
        CommandRun refused = CommandRun.english("antwerp", "themes", dir.toString(), "--input", typos.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(refused.err()).contains(typos + ":7: Table 33 does not exist; this evening has tables 1–10.")
                .doesNotContain("Tafel 3 does not exist").doesNotContain("not checked");
        assertThat(Files.readAllBytes(dir.resolve("events.jsonl"))).isEqualTo(journal);
        CommandRun dutch = CommandRun.dutch("antwerp", "themes", dir.toString(), "--input", typos.toString());
        assertThat(dutch.err()).contains("Tafel 33 bestaat niet; deze avond zijn er tafels 1–10.");
    }

    @Test
    void aTypedTableIsReadAsPeopleWriteItAndAPhantomIsRefused(@TempDir Path folder) throws Exception {
        Path dir = process(folder, "--tables", "12");
        AntwerpProcess process = AntwerpProcess.open(SILENT, new ProcessFolder(dir));
        OffsetDateTime at = OffsetDateTime.parse("2026-11-24T20:00:00+01:00");
        List<String> themes = List.of("Fietspaden", "Speelpleinen", "Sport voor iedereen", "Jeugdwerking", "Buurtfeesten");
        TableEntry saved = ThemeEntries.enter(process, "1", "Tafel 05", themes, at, false);
        assertThat(saved.saved()).isTrue();
        assertThat(saved.table()).as("confirmed under the roster's name").isEqualTo("5");
        assertThat(process.state().themeChoice("1", "5")).isPresent();
        TableEntry phantom = ThemeEntries.enter(process, "1", "🙂", themes, at, false);
        assertThat(phantom.saved()).isFalse();
        assertThat(phantom.problems()).containsExactly(Phrase.of("entry.table.unknown", "🙂", "1–12"));
        assertThat(process.state().themeChoices()).hasSize(1);
    }

    @Test
    void everyTallySaysWhichTablesAreInAndWhichAreMissing(@TempDir Path folder) throws Exception {
        Path dir = process(folder, "--tables", "10");
        CommandRun themes = CommandRun.english("antwerp", "themes", dir.toString(), "--input", EXAMPLES + "themas.csv");
        assertThat(themes.exitCode()).as(themes.err()).isZero();
        assertThat(themes.out()).contains("evening centrum · in: 10 of 10\n", "evening noord · in: 8 of 10 · not yet: 9, 10\n",
                "evening zuid · in: 7 of 10 · not yet: 8, 9, 10\n");
        CommandRun json = CommandRun.english("antwerp", "results", dir.toString(), "--format", "json", "--step", "themes");
        assertThat(json.out()).contains("\"tables_expected\" : 10", "\"centrum\" : [ ]",
                "\"noord\" : [\n        \"9\",\n        \"10\"\n      ],");
        CommandRun dutch = CommandRun.dutch("antwerp", "results", dir.toString(), "--step", "budget");
        assertThat(dutch.out()).contains("binnen: 0 van 10 · nog niet: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10");
    }

    @Test
    void withoutARosterTablesEnterAsBeforeWithANotice(@TempDir Path folder) throws Exception {
        Path dir = process(folder);
        assertThat(Files.readString(dir.resolve("antwerpen.yaml"))).contains("# tables: 30");
        CommandRun themes = CommandRun.english("antwerp", "themes", dir.toString(), "--input", EXAMPLES + "themas.csv");
        assertThat(themes.exitCode()).isZero();
        assertThat(themes.err()).contains("Table numbers are not checked", "tables: 30");
        assertThat(themes.out()).doesNotContain("in: ");
        CommandRun json = CommandRun.english("antwerp", "results", dir.toString(), "--format", "json");
        assertThat(json.out()).doesNotContain("tables_expected");
    }

    @Test
    void aRosterFileNamesTheTablesWithTheirHosts(@TempDir Path folder) throws Exception {
        Path roster = Files.writeString(folder.resolve("tafels.csv"),
                "\uFEFFtafel;tafelleider;deelnemers\nZaal A;Fatima;8\nZaal B;Joost;7\nTerras;;\n");
        Path dir = process(folder, "--roster", roster.toString());
        assertThat(Files.readString(dir.resolve("roster.csv"))).isEqualTo("table,host,people\nZaal A,Fatima,8\nZaal B,Joost,7\nTerras,,\n");
        Path typed = Files.writeString(folder.resolve("in.csv"), "evening,table,theme\n"
                + "1,zaal a,Fietspaden\n1,zaal a,Speelpleinen\n1,zaal a,Sport voor iedereen\n1,zaal a,Jeugdwerking\n"
                + "1,zaal a,Buurtfeesten\n1,Zaal C,Fietspaden\n");
        CommandRun refused = CommandRun.english("antwerp", "themes", dir.toString(), "--input", typed.toString());
        assertThat(refused.err()).contains("Table Zaal C does not exist; this evening has tables Zaal A, Zaal B, Terras.");
        Path fine = Files.writeString(folder.resolve("fine.csv"), String.join("\n",
                Files.readAllLines(typed).subList(0, 6)) + "\n");
        CommandRun saved = CommandRun.english("antwerp", "themes", dir.toString(), "--input", fine.toString());
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("in: 1 of 3 · not yet: Zaal B, Terras");
        CommandRun bad = CommandRun.english("antwerp", "init", folder.resolve("p2").toString(), "--budget", "1000",
                "--themes", EXAMPLES + "catalogus.csv", "--roster", Files.writeString(folder.resolve("bad.csv"),
                        "tafel,deelnemers\n1,8\n1,3\n2,acht\n").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(bad.err()).contains("bad.csv:3: table \"1\" is named twice",
                "bad.csv:4: \"acht\" is no number of people (table 2)");
        assertThat(folder.resolve("p2")).doesNotExist();
    }

    @Test
    void anEveningMayHaveAnotherNumberOfTables(@TempDir Path folder) throws Exception {
        Path dir = process(folder, "--tables", "3");
        CommandRun more = CommandRun.english("antwerp", "themes", dir.toString(), "--tables", "10", "--input",
                EXAMPLES + "themas.csv");
        assertThat(more.exitCode()).as(more.err()).isZero();
        assertThat(more.out()).contains("evening centrum · in: 10 of 10");
        CommandRun three = CommandRun.english("antwerp", "themes", dir.toString(), "--input", EXAMPLES + "themas.csv");
        assertThat(three.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(three.err()).contains("Table 4 does not exist; this evening has tables 1–3.");
    }

    @Test
    void aRosterOutOfRangeIsAUsageError(@TempDir Path folder) {
        CommandRun zero = CommandRun.english("antwerp", "init", folder.resolve("p").toString(), "--budget", "1000",
                "--themes", EXAMPLES + "catalogus.csv", "--tables", "0");
        assertThat(zero.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(zero.err()).contains("\"tables\" must be between 1 and 500, but is 0.");
        assertThat(folder.resolve("p")).doesNotExist();
    }
}
