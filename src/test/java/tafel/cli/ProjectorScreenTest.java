package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.app.FollowProcess;
import tafel.app.Notices;
import tafel.app.ThemeEntries;
import tafel.i18n.Language;
import tafel.i18n.Messages;
import tafel.io.antwerp.ProcessFolder;
import tafel.terminal.Board;
import tafel.terminal.ProjectorScreen;
import tafel.testing.VirtualTerminal;

/** The projector follows the entry terminal: a new entry is on screen within a second; sizes from 80×24 to 200×60. */
class ProjectorScreenTest {

    private static final java.util.logging.Logger JLINE = java.util.logging.Logger.getLogger("org.jline");
    private static final String EXAMPLES = "examples/antwerpen/";

    static {
        JLINE.setLevel(java.util.logging.Level.OFF);
    }

    private static Path themesEntered(Path folder) {
        Path dir = folder.resolve("proces");
        for (String[] step : new String[][] {
                {"antwerp", "init", dir.toString(), "--budget", "€ 1.100.000", "--themes", EXAMPLES + "catalogus.csv",
                        "--unit", "1000", "--tie-rule", "lot", "--seed", "2026", "--tables", "10"},
                {"antwerp", "themes", dir.toString(), "--input", EXAMPLES + "themas.csv"}}) {
            CommandRun run = CommandRun.english(step);
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        return dir;
    }

    @Test
    void aNewEntryIsOnTheProjectorWithinASecond(@TempDir Path folder) throws Exception {
        Path dir = themesEntered(folder);
        List<Board> drawn = new CopyOnWriteArrayList<>();
        FollowProcess follow = new FollowProcess(new ProcessFolder(dir));
        ProjectorBoards boards = new ProjectorBoards(Messages.forLanguage(Language.nl));
        String screen;
        try (VirtualTerminal virtual = new VirtualTerminal(120, 40)) {
            virtual.start(() -> {
                new ProjectorScreen(() -> follow.changed().map(process -> boards.of(process, Optional.empty(),
                        Optional.empty())), false, Duration.ofMillis(100)).onDrawn(drawn::add).run(virtual.terminal());
                return null;
            });
            waitFor(() -> drawn.size() == 1);
            assertThat(drawn.get(0).heading()).contains("25 tafels");
            assertThat(drawn.get(0).presence()).isEqualTo("avond zuid · binnen: 7 van 10 · nog niet: 8, 9, 10");
            AntwerpProcess writer = AntwerpProcess.open(Notices.quiet(), new ProcessFolder(dir));
            long entered = System.nanoTime();
            assertThat(ThemeEntries.enter(writer, "zuid", "8", List.of("Verlichting", "Hondenweides", "Dieren en natuur",
                    "Wijkgezondheid", "Toegankelijkheid"), OffsetDateTime.parse("2026-11-25T20:00:00+01:00"), false).saved())
                    .isTrue();
            waitFor(() -> drawn.size() == 2);
            assertThat(Duration.ofNanos(System.nanoTime() - entered)).isLessThan(Duration.ofSeconds(1));
            assertThat(drawn.get(1).heading()).contains("26 tafels");
            assertThat(drawn.get(1).presence()).endsWith("binnen: 8 van 10 · nog niet: 9, 10");
            virtual.type("q");
            virtual.awaitEnd();
            screen = virtual.drawn();
        }
        // the terminal gets only what changed between frames, so the second frame is checked through its board above
        assertThat(screen).contains("Speelpleinen", "boven deze lijn: gaat door",
                "nog niet: 8, 9, 10");
    }

    @Test
    void theTopOfTheRankingStaysOnScreenAtEverySize(@TempDir Path folder) {
        Path dir = themesEntered(folder);
        for (String size : List.of("80x24", "120x40", "200x60", "60x16")) {
            CommandRun frame = CommandRun.english("antwerp", "screen", dir.toString(), "--once", "--size", size);
            assertThat(frame.exitCode()).as(frame.err()).isZero();
            List<String> lines = frame.out().lines().toList();
            int width = Integer.parseInt(size.split("x")[0]);
            int height = Integer.parseInt(size.split("x")[1]);
            assertThat(lines).as(size).hasSize(height);
            assertThat(lines).as(size).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
            assertThat(lines.get(3)).as(size).contains("1. Speelpleinen", "14");
            assertThat(lines.get(height - 1)).contains("last entry");
        }
        CommandRun spaced = CommandRun.english("antwerp", "screen", dir.toString(), "--once", "--size", "200x60");
        assertThat(spaced.out()).contains("above this line: goes on").contains("\n\n  ");
        CommandRun small = CommandRun.english("antwerp", "screen", dir.toString(), "--once", "--size", "60x16");
        assertThat(small.out()).contains("… +");
        CommandRun bad = CommandRun.english("antwerp", "screen", dir.toString(), "--once", "--size", "big");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("\"big\" is no size");
    }

    @Test
    void theBudgetAndAProjectRoundAreOnTheProjectorToo(@TempDir Path folder) throws Exception {
        Path dir = AntwerpCommandTest.wholeProcess(folder);
        CommandRun projects = CommandRun.dutch("antwerp", "screen", dir.toString(), "--once", "--size", "120x40");
        assertThat(projects.exitCode()).as(projects.err()).isZero();
        assertThat(projects.out()).contains("3. Projecten · ronde 2 · 28 van 35 gefinancierd", "gefinancierd", "boven deze lijn: gefinancierd", "✔ P");
        CommandRun budget = CommandRun.english("antwerp", "screen", dir.toString(), "--once", "--step", "budget");
        assertThat(budget.out()).contains("2. Budget per theme: €1,100,000 split by", "€");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int tries = 0; tries < 100 && !condition.getAsBoolean(); tries++) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("reached in time").isTrue();
    }
}
