package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.ExitCode;
import tafel.app.WriteAccess;

/** One writer per folder: a second is refused at once and named; readers keep working; a released folder is free. */
class OneWriterTest {

    private static final String EXAMPLES = "examples/antwerpen/";
    private static final OffsetDateTime EIGHT_PM = OffsetDateTime.parse("2026-11-24T20:03:00+01:00");

    @Test
    void aSecondWriterOfAProcessFolderIsRefusedAndReadersStillRead(@TempDir Path folder) throws Exception {
        Path dir = AntwerpCommandTest.wholeProcess(folder);
        byte[] journal = Files.readAllBytes(dir.resolve("events.jsonl"));
        try (WriteAccess.Claim other = WriteAccess.claim(dir, "antwerp themes", EIGHT_PM)) {
            for (String step : new String[] {"themes", "budget", "projects"}) {
                CommandRun refused = CommandRun.english("antwerp", step, dir.toString(), "--undo", "1");
                assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCode.FOLDER_IN_USE);
                assertThat(refused.err()).contains(dir + " is being written by another tafel: 'tafel antwerp themes' (process "
                        + ProcessHandle.current().pid() + ", since 20:03)", "Close the other one first");
            }
            CommandRun dutch = CommandRun.dutch("antwerp", "themes", dir.toString(), "--undo", "1");
            assertThat(dutch.err()).contains("schrijft al een andere tafel: 'tafel antwerp themes'");
            assertThat(Files.readAllBytes(dir.resolve("events.jsonl"))).isEqualTo(journal);
            assertThat(CommandRun.english("antwerp", "results", dir.toString()).exitCode()).isZero();
            assertThat(CommandRun.english("export", dir.toString()).exitCode()).isZero();
        }
        CommandRun free = CommandRun.english("antwerp", "themes", dir.toString(), "--input", EXAMPLES + "themas.csv");
        assertThat(free.exitCode()).as(free.err()).isNotEqualTo(ExitCode.FOLDER_IN_USE);
    }

    @Test
    void aSecondRunOfOneSessionIsRefusedBeforeItReadsTheJournal(@TempDir Path folder) throws Exception {
        Path session = folder.resolve("sessie");
        Path script = Files.writeString(folder.resolve("script.txt"), "wait 6m\nnext\nnote een notitie\n");
        CommandRun first = CommandRun.english("run", "leersessie-bewoners-ambtenaren", "--session", session.toString(),
                "--headless", "--input", script.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        byte[] journal = Files.readAllBytes(session.resolve("events.jsonl"));
        try (WriteAccess.Claim other = WriteAccess.claim(session, "run", EIGHT_PM)) {
            CommandRun second = CommandRun.english("run", "--resume", session.toString(), "--headless", "--input",
                    script.toString());
            assertThat(second.exitCode()).isEqualTo(ExitCode.FOLDER_IN_USE);
            assertThat(second.err()).contains("'tafel run'");
            assertThat(Files.readAllBytes(session.resolve("events.jsonl"))).isEqualTo(journal);
            assertThat(CommandRun.english("status", session.toString()).exitCode()).isZero();
        }
    }
}
