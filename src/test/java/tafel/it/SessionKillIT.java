package tafel.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real process (no shutdown hooks, no flushing) while it is being fed commands, and
 * checks that everything it had confirmed is in the journal, and that resume continues there.
 */
class SessionKillIT {

    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/tafel.jar"));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void everythingConfirmedSurvivesAKill(@TempDir Path folder) throws Exception {
        Path session = folder.resolve("sessie");
        ProcessBuilder builder = new ProcessBuilder(java("run", "templates/leersessie-bewoners-ambtenaren.yaml",
                "--headless", "--session", session.toString(), "--start", "19:30", "--date", "2026-11-24"))
                .redirectError(folder.resolve("err.txt").toFile());
        builder.environment().put("LANG", "en_US.UTF-8");
        Process process = builder.start();
        List<String> confirmed = new ArrayList<>();
        try (Writer stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
             BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(stdout.readLine()).contains("started");
            for (int i = 1; i <= 20; i++) {
                stdin.write("wait 1m\nnote notitie " + i + " van Zoë\n");
                stdin.flush();
                assertThat(stdout.readLine()).contains("waited");
                String line = stdout.readLine();
                assertThat(line).contains("saved: notitie " + i + " van Zoë");
                confirmed.add("notitie " + i + " van Zoë");
            }
            stdin.write("note deze komt misschien nooit aan\n");
            stdin.flush();
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        String journal = Files.readString(session.resolve("events.jsonl"), StandardCharsets.UTF_8);
        for (String note : confirmed) {
            assertThat(journal).contains("\"text\":\"" + note + "\"");
        }

        Path script = folder.resolve("more.txt");
        Files.writeString(script, "note na de crash\nnext\nquit\n");
        ProcessBuilder resume = new ProcessBuilder(java("run", "--resume", session.toString(), "--headless",
                "--input", script.toString())).redirectErrorStream(true);
        resume.environment().put("LANG", "en_US.UTF-8");
        Process resumed = resume.start();
        String output = new String(resumed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(resumed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(resumed.exitValue()).as(output).isZero();
        assertThat(output).contains("note for A saved: na de crash").contains("session ended");
        List<String> lines = Files.readAllLines(session.resolve("events.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).anyMatch(line -> line.contains("\"text\":\"na de crash\""));
        assertThat(lines.get(lines.size() - 1)).contains("\"type\":\"session_ended\"");
    }
}
