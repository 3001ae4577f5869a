package tafel.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import tafel.cli.Environment;
import tafel.cli.Tafel;

/**
 * Whatever bytes a reader gets, tafel answers with one of its documented exit codes and words,
 * never exit 70 or a stack trace. Each input goes through the command a user would run.
 *
 * <p>{@code mvn verify} runs every target briefly (JAZZER_FUZZ=1, see pom.xml) and the stored
 * seeds in {@code ReadersFuzzTestInputs/}; a longer run of one target:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='ReadersFuzzTest#yaml' -Djazzer.max_duration=10m}.
 */
class ReadersFuzzTest {

    private static final Set<Integer> DOCUMENTED = Set.of(0, 2, 65, 66, 73, 75);
    private static Path folder;

    @BeforeAll
    static void prepare() throws IOException {
        folder = Files.createTempDirectory("tafel-fuzz");
        Path session = Files.createDirectories(folder.resolve("session"));
        Files.writeString(session.resolve("draaiboek.yaml"),
                "title: Avond\nblocks:\n  - {code: A, title: Welkom, minutes: 5}\n  - {code: B, title: Gesprek, minutes: 10}\n");
        Files.writeString(session.resolve("events.jsonl"), "");
        Path process = folder.resolve("process");
        String examples = "examples/antwerpen/";
        for (String[] step : new String[][] {
                {"antwerp", "init", process.toString(), "--budget", "€ 1.100.000", "--themes", examples + "catalogus.csv",
                        "--unit", "1000", "--tie-rule", "lot", "--seed", "2026"},
                {"antwerp", "themes", process.toString(), "--input", examples + "themas.csv"},
                {"antwerp", "budget", process.toString(), "--input", examples + "verdeling.csv"},
                {"antwerp", "projects", process.toString(), "--projects", examples + "projecten.csv"}}) {
            int exit = Tafel.run(new ByteArrayOutputStream(), new PrintWriter(new StringWriter()),
                    Environment.plain(Locale.ENGLISH), step);
            assertThat(exit).as(String.join(" ", step)).isZero();
        }
    }

    @AfterAll
    static void clean() throws IOException {
        try (var walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void answersInWords(Path input, byte[] bytes, String... args) {
        try {
            Files.write(input, bytes);
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exit = Tafel.run(out, new PrintWriter(err), Environment.plain(Locale.ENGLISH), args);
        assertThat(DOCUMENTED).as("exit %d for %s%n%s", exit, String.join(" ", args), err).contains(exit);
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    }

    @FuzzTest(maxDuration = "10s")
    void yaml(byte[] bytes) {
        Path file = folder.resolve("draaiboek.yaml");
        answersInWords(file, bytes, "validate", file.toString());
    }

    @FuzzTest(maxDuration = "10s")
    void participantsCsv(byte[] bytes) {
        Path file = folder.resolve("deelnemers.csv");
        answersInWords(file, bytes, "tables", "--participants", file.toString(), "--size", "3", "--rounds", "2",
                "--time-limit", "100ms");
    }

    @FuzzTest(maxDuration = "10s")
    void pabulib(byte[] bytes) {
        Path file = folder.resolve("file.pb");
        answersInWords(file, bytes, "projects", "allocate", "--pb", file.toString());
    }

    @FuzzTest(maxDuration = "10s")
    void processJournal(byte[] bytes) {
        Path process = folder.resolve("process");
        answersInWords(process.resolve("events.jsonl"), bytes, "antwerp", "results", process.toString());
    }

    @FuzzTest(maxDuration = "10s")
    void sessionJournal(byte[] bytes) {
        Path session = folder.resolve("session");
        answersInWords(session.resolve("events.jsonl"), bytes, "status", session.toString());
    }
}
