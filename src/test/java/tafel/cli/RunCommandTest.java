package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tafel.app.ExitCode;
import tafel.draaiboek.Draaiboek;
import tafel.draaiboek.Drafts;
import tafel.templates.TemplateCatalog;

class RunCommandTest {

    private static CommandRun headless(Path session, Path script, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--headless", "--session", session.toString(),
                "--input", script.toString(), "--start", "19:30", "--date", "2026-11-24"));
        args.addAll(List.of(more));
        return CommandRun.english(args.toArray(String[]::new));
    }

    @Test
    void aBlockOfPartsMovesOnPartByPartAndTheNotesKnowTheirPart(@TempDir Path folder) throws Exception {
        Path script = folder.resolve("script.txt");
        Files.writeString(script, "wait 5m\nnext\nwait 10m\nnext\nwait 2m\npart\nnote in deel twee\n"
                + "part\npart\npart\npart\nwait 1m\nnote nog steeds het laatste deel\n");
        Path session = folder.resolve("sessie");
        CommandRun run = CommandRun.english("run", "templates/leersessie-bewoners-ambtenaren.yaml", "--headless",
                "--session", session.toString(), "--input", script.toString(), "--start", "19:30", "--date", "2026-11-24");
        assertThat(run.out()).contains("19:47:00 C.1 done · now C.2 Proces in kaart brengen (10:00 left)",
                "note for C (C.2) saved: in deel twee", "C.4 done · now C.5", "note for C (C.5) saved: nog steeds");
        assertThat(run.err()).contains("This is the block’s last part");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(Files.readString(session.resolve("events.jsonl")))
                .contains("\"type\":\"part_skipped\",\"at\":\"2026-11-24T19:47:00+01:00\",\"block\":\"C\",\"part\":\"C.1\"");
        CommandRun resumed = CommandRun.english("status", session.toString(), "--format", "json");
        assertThat(resumed.exitCode()).isZero();
    }

    @Test
    void theIssuesScriptGivesTheExpectedJournalAndStatus(@TempDir Path folder) throws Exception {
        Path script = folder.resolve("script.txt");
        Files.writeString(script, "wait 6m\nnext\nwait 9m\nnext\nnote Iedereen wil een moestuin\nquit\n");
        Path session = folder.resolve("sessie");
        CommandRun run = CommandRun.english("run", "templates/leersessie-bewoners-ambtenaren.yaml", "--headless",
                "--session", session.toString(), "--input", script.toString(), "--start", "19:30", "--date", "2026-11-24");
        assertThat(run.err()).contains("Session folder: " + session);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(7).first().asString().startsWith("19:30:00 started");
        assertThat(run.out()).contains("19:36:00 A ended after 6:00 (planned 5:00) · now B")
                .contains("19:45:00 note for C (C.1) saved: Iedereen wil een moestuin");

        assertThat(Files.readAllLines(session.resolve("events.jsonl"))).containsExactly(
                "{\"seq\":1,\"type\":\"session_started\",\"at\":\"2026-11-24T19:30:00+01:00\",\"title\":\"Leersessie met bewoners en ambtenaren\",\"planned_start\":\"2026-11-24T19:30:00+01:00\"}",
                "{\"seq\":2,\"prev\":\"94ce9703b5923eab\",\"type\":\"block_started\",\"at\":\"2026-11-24T19:30:00+01:00\",\"block\":\"A\"}",
                "{\"seq\":3,\"prev\":\"4299682979cced89\",\"type\":\"block_ended\",\"at\":\"2026-11-24T19:36:00+01:00\",\"block\":\"A\"}",
                "{\"seq\":4,\"prev\":\"d5308704c63c5708\",\"type\":\"block_started\",\"at\":\"2026-11-24T19:36:00+01:00\",\"block\":\"B\"}",
                "{\"seq\":5,\"prev\":\"212b865b9d1169a6\",\"type\":\"block_ended\",\"at\":\"2026-11-24T19:45:00+01:00\",\"block\":\"B\"}",
                "{\"seq\":6,\"prev\":\"03c989a81eb6f70f\",\"type\":\"block_started\",\"at\":\"2026-11-24T19:45:00+01:00\",\"block\":\"C\"}",
                "{\"seq\":7,\"prev\":\"b5e31abd86408a8a\",\"type\":\"note\",\"at\":\"2026-11-24T19:45:00+01:00\",\"block\":\"C\",\"part\":\"C.1\",\"text\":\"Iedereen wil een moestuin\"}",
                "{\"seq\":8,\"prev\":\"7bd7db69cd2407b8\",\"type\":\"block_ended\",\"at\":\"2026-11-24T19:45:00+01:00\",\"block\":\"C\"}",
                "{\"seq\":9,\"prev\":\"144e27f86ac31bf2\",\"type\":\"session_ended\",\"at\":\"2026-11-24T19:45:00+01:00\"}");
        assertThat(Files.readString(session.resolve("draaiboek.yaml")))
                .isEqualTo(Files.readString(Path.of("templates/leersessie-bewoners-ambtenaren.yaml")));

        CommandRun status = CommandRun.english("status", session.toString(), "--format", "csv");
        assertThat(status.out().lines()).containsExactly(
                "code,title,planned_minutes,adjust_minutes,actual_minutes,paused_minutes,overrun_minutes,start,end,notes",
                "A,Inleiding + toelichting op programma,5,0,6,0,1,2026-11-24T19:30:00+01:00,2026-11-24T19:36:00+01:00,0",
                "B,1-op-1-gesprek tussen 1 buurtproject en 1 ambtenaar,10,0,9,0,-1,2026-11-24T19:36:00+01:00,2026-11-24T19:45:00+01:00,0",
                "C,Rondetafelgesprekken,40,0,0,0,-40,2026-11-24T19:45:00+01:00,2026-11-24T19:45:00+01:00,1",
                "D,Pauze,3,0,0,0,0,,,0",
                "E,Afsluiting,5,0,0,0,0,,,0");
        CommandRun notes = CommandRun.english("notes", session.toString(), "--format", "csv");
        assertThat(notes.out().lines()).containsExactly("block,part,at,tag,text",
                "C,C.1,2026-11-24T19:45:00+01:00,,Iedereen wil een moestuin");
    }

    static List<String> templates() {
        return TemplateCatalog.NAMES;
    }

    /** Every template, run block by block with each block one minute longer than planned. */
    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateRunsHeadlessFromStartToEnd(String template, @TempDir Path folder) throws Exception {
        Draaiboek draaiboek = Drafts.valid(TemplateCatalog.text(template));
        StringBuilder script = new StringBuilder();
        for (var block : draaiboek.blocks()) {
            script.append("wait ").append(draaiboek.minutesOf(block) + 1).append("m\n")
                    .append("word ").append(block.hasCode() ? block.code() : "pauze").append('\n')
                    .append("next\n");
        }
        Path scriptFile = folder.resolve("script.txt");
        Files.writeString(scriptFile, script);
        Path session = folder.resolve("sessie");
        CommandRun run = CommandRun.english("run", template, "--headless", "--session", session.toString(),
                "--input", scriptFile.toString(), "--start", "19:00", "--date", "2026-11-24");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("session ended");
        CommandRun status = CommandRun.english("status", session.toString(), "--format", "json");
        assertThat(status.out()).contains("\"ended\" : \"2026-11-24T");
        int blocks = draaiboek.blocks().size();
        assertThat(status.out().split("\"overrun_minutes\" : 1,", -1)).hasSize(blocks + 1);
        assertThat(status.out()).contains("\"notes\" : " + blocks + "\n");
        CommandRun table = CommandRun.dutch("status", session.toString());
        assertThat(table.out()).contains("Totaal: gepland " + draaiboek.totalMinutes() + " min");
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndTheSessionGoesOn(@TempDir Path folder) throws Exception {
        Path script = folder.resolve("script.txt");
        Files.writeString(script, "# commentaar\nwait 5\nnxt\npause\npause\nadjust twee\nnote\nnext extra\nnext\n");
        CommandRun run = headless(folder.resolve("s"), script, "templates/leersessie-bewoners.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains(script + ":2: \"5\" is not a duration")
                .contains(script + ":3: Unknown command \"nxt\". Did you mean \"next\"?")
                .contains(script + ":5: The block is already paused.")
                .contains(script + ":6: \"twee\" is not a number of minutes")
                .contains(script + ":7: A note needs text")
                .contains(script + ":8: \"next\" takes nothing after it.")
                .contains("The session has not ended; continue it with: tafel run --resume " + folder.resolve("s"));
        assertThat(run.out()).contains("paused (A, 5:00 left)").contains("A ended after 0:00");
    }

    @Test
    void resumeSetsATornLastLineAsideAndContinuesWhereItStopped(@TempDir Path folder) throws Exception {
        Path script = folder.resolve("one.txt");
        Files.writeString(script, "wait 6m\nnext\nwait 2m\nnote eerste notitie\n");
        Path session = folder.resolve("s");
        assertThat(headless(session, script, "templates/leersessie-bewoners-ambtenaren.yaml").exitCode()).isZero();
        Path journal = session.resolve("events.jsonl");
        Files.writeString(journal, "{\"type\":\"note\",\"at\":\"2026-11-24T19:3", java.nio.file.StandardOpenOption.APPEND);

        CommandRun status = CommandRun.english("status", session.toString());
        assertThat(status.err()).contains("line 6 of the journal was cut off");

        Path more = folder.resolve("two.txt");
        Files.writeString(more, "wait 3m\nnote tweede notitie\nwait 5m\nnext\nquit\n");
        CommandRun resumed = CommandRun.english("run", "--resume", session.toString(), "--headless", "--input", more.toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("Line 6 of the journal was cut off")
                .contains(session.resolve("events.jsonl.torn-1").toString()).contains("the 5 events before it are used")
                .contains("Continuing the session in " + session + " (5 events read).");
        assertThat(resumed.out()).startsWith("Resumed: 5 entries read from the journal · B: 2:00 of 10:00, 8:00 left\n"
                + "19:41:00 waited 3:00 · B: 5:00 of 10:00, 5:00 left");
        assertThat(Files.readString(session.resolve("events.jsonl.torn-1"))).isEqualTo("{\"type\":\"note\",\"at\":\"2026-11-24T19:3");
        CommandRun notes = CommandRun.english("notes", session.toString(), "--format", "csv");
        assertThat(notes.out().lines()).hasSize(3).contains("B,,2026-11-24T19:38:00+01:00,,eerste notitie",
                "B,,2026-11-24T19:41:00+01:00,,tweede notitie");
        CommandRun again = CommandRun.english("run", "--resume", session.toString(), "--headless", "--input", more.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(again.err()).contains("has already ended").contains("tafel status " + session);
    }

    @Test
    void refusesToOverwriteASessionAndExplainsUsage(@TempDir Path folder) throws Exception {
        Path script = folder.resolve("s.txt");
        Files.writeString(script, "quit\n");
        Path session = folder.resolve("s");
        assertThat(headless(session, script, "leersessie-bewoners").exitCode()).isZero();
        CommandRun twice = headless(session, script, "leersessie-bewoners");
        assertThat(twice.exitCode()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(twice.err()).contains("already holds a session").contains("tafel run --resume " + session);

        assertThat(CommandRun.english("run").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CommandRun.english("run", "leersessie-bewoners", "--input", "x").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CommandRun.english("status", folder.resolve("nothing").toString()).exitCode()).isEqualTo(ExitCode.NO_INPUT);
    }

    @Test
    void aJournalDamagedInTheMiddleIsBadDataWithTheLine(@TempDir Path folder) throws Exception {
        Path script = folder.resolve("s.txt");
        Files.writeString(script, "wait 1m\nnext\nquit\n");
        Path session = folder.resolve("s");
        headless(session, script, "leersessie-bewoners");
        List<String> lines = new ArrayList<>(Files.readAllLines(session.resolve("events.jsonl")));
        // A line that links correctly but names a block the draaiboek does not have
        String damaged = tafel.journal.JournalChain.link(
                "{\"type\":\"block_started\",\"at\":\"2026-11-24T19:31:00+01:00\",\"block\":\"Z\"}",
                new tafel.journal.JournalChain.Position(2, lines.get(1)));
        Files.write(session.resolve("events.jsonl"), List.of(lines.get(0), lines.get(1), damaged));
        CommandRun status = CommandRun.english("status", session.toString());
        assertThat(status.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(status.err()).contains("events.jsonl, line 3: the block \"Z\" is not in this session’s draaiboek");
    }

    @Test
    void theDefaultFolderIsNamedAfterDateAndTitleAndNeverReused(@TempDir Path folder) throws Exception {
        // The default folder is relative to the working directory, which a test cannot change;
        // so this checks the naming through an explicit parent instead.
        assertThat(tafel.text.Slug.of("Burgerbegroting – startmoment (thema’s kiezen)"))
                .isEqualTo("burgerbegroting-startmoment-thema-s-kiezen");
        assertThat(tafel.text.Slug.of("Zoë & Şahin")).isEqualTo("zoe-sahin");
    }
}
