package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.ExitCode;

/** What the facilitator's keys and scripts do at the edges of an evening. */
class EveningKeysTest {

    private static CommandRun headless(Path session, Path script, String... more) {
        String[] args = new String[] {"run", "leersessie-bewoners", "--headless", "--session", session.toString(),
                "--input", script.toString(), "--start", "19:30", "--date", "2026-11-24"};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CommandRun.english(all);
    }

    @Test
    void aScriptLineAfterTheEndIsReportedWithItsNumberAndExit65(@TempDir Path folder) throws Exception {
        Path script = Files.writeString(folder.resolve("s.txt"), "wait 1m\nquit\nnote te laat\nnext\n");
        CommandRun run = headless(folder.resolve("s"), script);
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains("s.txt:3: the session has already ended; this line was not carried out",
                "s.txt:4: the session has already ended");
        assertThat(Files.readString(folder.resolve("s").resolve("events.jsonl"))).doesNotContain("te laat");
    }

    @Test
    void helpListsTheCommandsInTheUsersLanguage(@TempDir Path folder) throws Exception {
        Path script = Files.writeString(folder.resolve("s.txt"), "?\nhulp\nquit\n");
        CommandRun run = CommandRun.dutch("run", "leersessie-bewoners", "--headless", "--session",
                folder.resolve("s").toString(), "--input", script.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Opdrachten: wacht 5m · volgende").doesNotContain("Commands:");
    }

    @Test
    void anEndedSessionCanBeReopenedAndTheJournalSaysSo(@TempDir Path folder) throws Exception {
        Path session = folder.resolve("s");
        Path script = Files.writeString(folder.resolve("s.txt"), "wait 1m\nnext\nwait 2m\nquit\n");
        assertThat(headless(session, script).exitCode()).isZero();
        Path more = Files.writeString(folder.resolve("more.txt"), "note na afloop\nquit\n");
        CommandRun refused = CommandRun.english("run", "--resume", session.toString(), "--headless", "--input", more.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(refused.err()).contains("has already ended", "--reopen");
        CommandRun reopened = CommandRun.english("run", "--resume", session.toString(), "--reopen", "--headless",
                "--input", more.toString());
        assertThat(reopened.exitCode()).as(reopened.err()).isZero();
        assertThat(reopened.out()).contains("session reopened · now B One word", "note for B saved: na afloop");
        String journal = Files.readString(session.resolve("events.jsonl"));
        assertThat(journal).contains("\"type\":\"session_reopened\"");
        assertThat(CommandRun.english("status", session.toString()).exitCode()).isZero();
        assertThat(CommandRun.english("run", "leersessie-bewoners", "--reopen").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
