package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.ExitCode;

/** Numbers beyond what tafel can do are refused with the limit named, before any work: never a crash or an endless run. */
class BoundsTest {

    @Test
    void tablesRefusesNumbersBeyondItsLimitsAndNamesThem() {
        for (String[] args : new String[][] {
                {"tables", "--people", "100000", "--size", "10", "--rounds", "50"},
                {"tables", "--people", "2147483647", "--size", "10"},
                {"tables", "--people", "20", "--size", "10", "--rounds", "1000"},
                {"tables", "--people", "200", "--size", "500"}}) {
            CommandRun run = CommandRun.english(args);
            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("at most 2000 people", "at most 100 rounds").doesNotContain("Exception");
        }
        CommandRun memory = CommandRun.dutch("tables", "--people", "2000", "--size", "4", "--rounds", "50");
        assertThat(memory.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(memory.err()).contains("mensen × tafels × rondes hoogstens 25000000");
    }

    @Test
    void aParticipantsFileLargerThanTheLimitIsSaidSo(@TempDir Path folder) throws Exception {
        StringBuilder csv = new StringBuilder("id,name,role\n");
        for (int i = 0; i < 2_001; i++) {
            csv.append("p").append(i).append(",Persoon ").append(i).append(",bewoner\n");
        }
        csv.append("a1,Ambtenaar,ambtenaar\n");
        Path file = Files.writeString(folder.resolve("groot.csv"), csv);
        CommandRun tables = CommandRun.english("tables", "--participants", file.toString(), "--size", "10");
        assertThat(tables.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(tables.err()).contains("has 2002 people", "at most 2000");
        CommandRun match = CommandRun.english("match", "--participants", file.toString(), "--left", "bewoner", "--right",
                "ambtenaar");
        assertThat(match.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(match.err()).contains("has 2001 people in one role", "at most 2000");
        assertThat(CommandRun.english("match", "--participants", file.toString(), "--left", "bewoner", "--right",
                "ambtenaar", "--rounds", "101").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void anImpossibleDateIsAUsageErrorInWords() {
        CommandRun run = CommandRun.dutch("run", "leersessie-bewoners", "--headless", "--date", "2026-02-30");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("\"2026-02-30\" is geen datum", "JJJJ-MM-DD").doesNotContain("java.", "Exception");
    }

    @Test
    void aWaitLongerThanADayIsARefusedLineNotACrash(@TempDir Path folder) throws Exception {
        Path script = Files.writeString(folder.resolve("s.txt"), "wait 9999999999999h\nwait 25h\nquit\n");
        CommandRun run = CommandRun.english("run", "leersessie-bewoners", "--headless", "--session",
                folder.resolve("s").toString(), "--input", script.toString(), "--start", "19:30");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains("s.txt:1:", "s.txt:2:", "at most 24 hours").doesNotContain("Exception", "Internal");
    }

    @Test
    void budgetsThatAddUpBeyondALongAreAnErrorNotANegativePool(@TempDir Path folder) throws Exception {
        StringBuilder budgets = new StringBuilder("theme,budget\n");
        StringBuilder projects = new StringBuilder("id,title,theme,cost,votes\n");
        for (int i = 0; i < 100; i++) {
            budgets.append("T").append(i).append(",999999999999999\n");
            projects.append("P").append(i).append(",Project,T").append(i).append(",1000,").append(i).append('\n');
        }
        Path budgetFile = Files.writeString(folder.resolve("b.csv"), budgets);
        Path projectFile = Files.writeString(folder.resolve("p.csv"), projects);
        CommandRun run = CommandRun.english("projects", "allocate", "--projects", projectFile.toString(), "--theme-budgets",
                budgetFile.toString(), "--leftover", "pool");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains("more than tafel can count exactly").doesNotContain("Internal", "-");
    }
}
