package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.ExitCode;

/** A rejected file never takes the place of a good one in a process folder, and the folder keeps working. */
class ProcessFolderSafetyTest {

    private static final String EXAMPLES = "examples/antwerpen/";

    @Test
    void aRejectedOnlineBudgetLeavesTheGoodOneInPlace(@TempDir Path folder) throws Exception {
        Path dir = AntwerpCommandTest.wholeProcess(folder);
        byte[] before = Files.readAllBytes(dir.resolve("online-budget.csv"));
        Path bad = Files.writeString(folder.resolve("bad.csv"), "voter,theme,amount\nv1,Onbekend thema,1000\n");
        CommandRun refused = CommandRun.english("antwerp", "budget", dir.toString(), "--online", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(refused.err()).contains(bad + ":2:", "was not taken into the process folder", "is unchanged");
        assertThat(Files.readAllBytes(dir.resolve("online-budget.csv"))).isEqualTo(before);
        assertThat(CommandRun.english("antwerp", "results", dir.toString()).exitCode()).isZero();
    }

    @Test
    void aProjectsFileWithoutAProjectThatHasOnlineVotesIsRefusedAndTheOriginalStillWorks(@TempDir Path folder)
            throws Exception {
        Path dir = AntwerpCommandTest.wholeProcess(folder);
        byte[] before = Files.readAllBytes(dir.resolve("projects.csv"));
        Path fewer = folder.resolve("fewer.csv");
        Files.writeString(fewer, Files.readAllLines(Path.of(EXAMPLES + "projecten.csv")).stream()
                .filter(line -> !line.startsWith("P101;")).collect(Collectors.joining("\n", "", "\n")));
        CommandRun refused = CommandRun.english("antwerp", "projects", dir.toString(), "--projects", fewer.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(refused.err()).contains("online-votes.csv:26: \"P101\"", "fewer.csv was not taken into the process folder");
        assertThat(Files.readAllBytes(dir.resolve("projects.csv"))).isEqualTo(before);
        assertThat(CommandRun.english("antwerp", "projects", dir.toString(), "--projects", EXAMPLES + "projecten.csv")
                .exitCode()).isZero();
        assertThat(CommandRun.english("antwerp", "results", dir.toString()).exitCode()).isZero();
    }

    @Test
    void aProjectsFileWithoutAProjectTablesChoseNamesTheChoice(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("proces");
        for (String[] step : new String[][] {
                {"antwerp", "init", dir.toString(), "--budget", "€ 1.100.000", "--themes", EXAMPLES + "catalogus.csv",
                        "--unit", "1000", "--tie-rule", "lot", "--seed", "2026"},
                {"antwerp", "themes", dir.toString(), "--input", EXAMPLES + "themas.csv"},
                {"antwerp", "budget", dir.toString(), "--input", EXAMPLES + "verdeling.csv"},
                {"antwerp", "projects", dir.toString(), "--projects", EXAMPLES + "projecten.csv"},
                {"antwerp", "projects", dir.toString(), "--input", EXAMPLES + "festival.csv"}}) {
            CommandRun run = CommandRun.english(step);
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        Path fewer = folder.resolve("fewer.csv");
        Files.writeString(fewer, Files.readAllLines(Path.of(EXAMPLES + "projecten.csv")).stream()
                .filter(line -> !line.startsWith("P109;")).collect(Collectors.joining("\n", "", "\n")));
        CommandRun refused = CommandRun.english("antwerp", "projects", dir.toString(), "--projects", fewer.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(refused.err()).contains("a table chose a project this file no longer has (1/1: P109)",
                "leaves out projects that tables have already chosen (5 choice(s) above)", "projects.csv is unchanged");
        assertThat(CommandRun.english("antwerp", "results", dir.toString()).exitCode()).isZero();
    }
}
