package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.ExitCode;

/** Input made to hurt — alias bombs, huge scalars, control bytes — is refused quickly, located, in words. */
class HostileInputTest {

    @Test
    void anAliasBombIsRefusedBeforeItIsExpanded(@TempDir Path folder) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("title: Bom");
        lines.add("x0: &x0 {code: A, title: \"" + "t".repeat(40) + "\", minutes: 5}");
        for (int level = 1; level <= 7; level++) {
            lines.add("x" + level + ": &x" + level + " [" + String.join(",", Collections.nCopies(7, "*x" + (level - 1))) + "]");
        }
        lines.add("blocks: *x7");
        Path bomb = Files.write(folder.resolve("bom.yaml"), lines);
        assertThat(Files.size(bomb)).isLessThan(1_000);
        CommandRun run = CommandRun.english("validate", bomb.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.out() + run.err()).contains("stands for more than 100000 values");
    }

    @Test
    void aHugeScalarIsRefusedByItsSize(@TempDir Path folder) throws Exception {
        Path big = Files.writeString(folder.resolve("groot.yaml"), "title: \"" + "x".repeat(4_000_000) + "\"\n");
        CommandRun run = CommandRun.dutch("validate", big.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.out() + run.err()).contains("4000010 tekens", "hoogstens 1000000");
    }

    @Test
    void aControlByteIsLocatedInADraaiboekAndInTheRulesOfAProcess(@TempDir Path folder) throws Exception {
        Path draaiboek = Files.writeString(folder.resolve("ctl.yaml"), "title: Avond\nblocks:\n  - {code: A, title: \"x\u0001\", minutes: 5}\n");
        CommandRun validate = CommandRun.english("validate", draaiboek.toString());
        assertThat(validate.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(validate.out() + validate.err()).contains("ctl.yaml:3:");

        Path dir = AntwerpCommandTest.wholeProcess(folder);
        Files.writeString(dir.resolve("antwerpen.yaml"), Files.readString(dir.resolve("antwerpen.yaml")) + "\u0007\n");
        CommandRun results = CommandRun.english("antwerp", "results", dir.toString());
        assertThat(results.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(results.err()).contains("antwerpen.yaml:").doesNotContain("Internal error");
    }
}
