package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.ExitCode;

/** Every -o is refused where it would destroy an input, a journal or a device, and written whole or not at all. */
class OutputSafetyTest {

    private static final String PARTICIPANTS = """
            id,name,role
            b1,Zoë,bewoner
            b2,Jan,bewoner
            a1,Şahin,ambtenaar
            a2,Els,ambtenaar
            """;

    private static Path session(Path folder) throws Exception {
        Path script = folder.resolve("script.txt");
        Files.writeString(script, "wait 6m\nnext\nnote Meer groen\nquit\n");
        Path session = folder.resolve("sessie");
        CommandRun run = CommandRun.english("run", "leersessie-bewoners", "--headless", "--session", session.toString(),
                "--input", script.toString(), "--start", "19:30", "--date", "2026-11-24");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return session;
    }

    @Test
    void anOutputThatIsTheInputIsRefusedAndTheInputKept(@TempDir Path folder) throws Exception {
        Path participants = folder.resolve("p.csv");
        Files.writeString(participants, PARTICIPANTS);
        for (String command : new String[] {"tables", "match"}) {
            String[] args = command.equals("tables")
                    ? new String[] {"tables", "--participants", participants.toString(), "--size", "2", "-o", participants.toString()}
                    : new String[] {"match", "--participants", participants.toString(), "--left", "bewoner", "--right",
                            "ambtenaar", "-o", folder.resolve(".").resolve("p.csv").toString()};
            CommandRun run = CommandRun.english(args);
            assertThat(run.exitCode()).as(command + run.err()).isEqualTo(ExitCode.CANNOT_WRITE);
            assertThat(run.err()).contains("is one of this command’s inputs", "new file name");
            assertThat(Files.readString(participants)).isEqualTo(PARTICIPANTS);
        }
    }

    @Test
    void aLinkToTheInputIsTheInputToo(@TempDir Path folder) throws Exception {
        Path participants = folder.resolve("p.csv");
        Files.writeString(participants, PARTICIPANTS);
        Path link = Files.createSymbolicLink(folder.resolve("link.csv"), participants);
        CommandRun run = CommandRun.english("tables", "--participants", participants.toString(), "--size", "2",
                "-o", link.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(Files.readString(participants)).isEqualTo(PARTICIPANTS);
    }

    @Test
    void nothingIsWrittenIntoASessionFolder(@TempDir Path folder) throws Exception {
        Path session = session(folder);
        byte[] journal = Files.readAllBytes(session.resolve("events.jsonl"));
        byte[] draaiboek = Files.readAllBytes(session.resolve("draaiboek.yaml"));
        String[][] attempts = {
                {"export", session.toString(), "-o", session.resolve("events.jsonl").toString()},
                {"report", session.toString(), "-o", session.resolve("draaiboek.yaml").toString()},
                {"tables", "--people", "8", "--size", "4", "-o", session.resolve("events.jsonl").toString()},
                {"new", "leersessie-bewoners", "--force", "-o", session.resolve("draaiboek.yaml").toString()},
        };
        for (String[] attempt : attempts) {
            CommandRun run = CommandRun.dutch(attempt);
            assertThat(run.exitCode()).as(Arrays.toString(attempt) + run.err()).isEqualTo(ExitCode.CANNOT_WRITE);
            assertThat(run.err()).contains("logboek", "naast de map");
        }
        assertThat(Files.readAllBytes(session.resolve("events.jsonl"))).isEqualTo(journal);
        assertThat(Files.readAllBytes(session.resolve("draaiboek.yaml"))).isEqualTo(draaiboek);
        assertThat(CommandRun.english("status", session.toString()).exitCode()).isZero();
    }

    @Test
    void aFolderIsNoOutputFile(@TempDir Path folder) {
        CommandRun run = CommandRun.english("tables", "--people", "8", "--size", "4", "-o", folder.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(run.err()).contains("is a folder", folder + "/output.csv");
    }

    @Test
    void aDeviceIsWrittenToAndNeverReplaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));
        CommandRun run = CommandRun.english("tables", "--people", "8", "--size", "4", "-o", "/dev/null");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(Files.exists(devNull)).isTrue();
    }

    @Test
    void aFullDeviceIsAFailureToWriteNamedAsSuch() {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        CommandRun run = CommandRun.dutch("tables", "--people", "8", "--size", "4", "-o", "/dev/full");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(run.err()).contains("/dev/full", "de schijf is vol").doesNotContain("No space", "Exception");
    }

    @Test
    void aPathThroughAFileIsRefusedInWords(@TempDir Path folder) {
        Path file = folder.resolve("a-file");
        CommandRun run = CommandRun.dutch("tables", "--people", "8", "--size", "4", "-o",
                file.resolve("sub").resolve("x.csv").toString());
        assertThat(run.exitCode()).isZero(); // the folders are made
        CommandRun blocked = CommandRun.dutch("tables", "--people", "8", "--size", "4", "-o",
                folder.resolve("a-file").resolve("sub").resolve("x.csv").resolve("y.csv").toString());
        assertThat(blocked.exitCode()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(blocked.err()).doesNotContain("Exception");
    }

    @Test
    void aReportGoesToStandardOutputWithDash(@TempDir Path folder) throws Exception {
        Path session = session(folder);
        CommandRun run = CommandRun.english("report", session.toString(), "-o", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new String(Arrays.copyOf(run.bytes(), 5), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(run.err()).doesNotContain("Written");
    }

    @Test
    void aSessionOnAFullDiskStopsWithTheResumeCommandAndKeepsEveryConfirmedEntry(@TempDir Path folder) throws Exception {
        try (tafel.testing.SmallDisk disk = tafel.testing.SmallDisk.mount(folder, 48)) {
            StringBuilder script = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                script.append("note ").append(i).append(" ").append("x".repeat(200)).append('\n');
            }
            Path input = Files.writeString(folder.resolve("script.txt"), script);
            Path session = disk.folder().resolve("sessie");
            CommandRun run = CommandRun.dutch("run", "leersessie-bewoners", "--headless", "--session", session.toString(),
                    "--input", input.toString(), "--start", "19:30", "--date", "2026-11-24");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CANNOT_WRITE);
            assertThat(run.err()).contains("de schijf is vol", "tafel run --resume " + session).doesNotContain("Exception");
            long confirmed = run.out().lines().filter(line -> line.contains("bewaard")).count();
            assertThat(confirmed).isPositive();
            CommandRun notes = CommandRun.english("notes", session.toString(), "--format", "csv");
            assertThat(notes.exitCode()).as(notes.err()).isZero();
            assertThat(notes.out().lines().count() - 1).isEqualTo(confirmed);
            try (var listing = Files.list(session)) {
                assertThat(listing.map(path -> path.getFileName().toString())).doesNotContain("events.jsonl.torn-1");
            }
        }
    }

    @Test
    void aPipeIsWrittenToNotReplaced(@TempDir Path folder) throws Exception {
        Path fifo = folder.resolve("pijp");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "no mkfifo here");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        });
        CommandRun run = CommandRun.english("tables", "--people", "8", "--size", "4", "--format", "csv", "-o", fifo.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(read.get(10, TimeUnit.SECONDS)).startsWith("round,table,");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void nothingIsWrittenOverAProcessJournal(@TempDir Path folder) throws Exception {
        Path dir = AntwerpCommandTest.wholeProcess(folder);
        byte[] journal = Files.readAllBytes(dir.resolve("events.jsonl"));
        CommandRun run = CommandRun.english("export", dir.toString(), "-o", dir.resolve("events.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(Files.readAllBytes(dir.resolve("events.jsonl"))).isEqualTo(journal);
        assertThat(CommandRun.english("antwerp", "results", dir.toString()).exitCode()).isZero();
    }
}
