package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** The example Antwerp process of {@code examples/antwerpen/}, made through the commands as a facilitator would. */
final class ExampleProcess {

    private static final String EXAMPLES = "examples/antwerpen/";

    private ExampleProcess() {
    }

    /** {@code antwerp init} of the example's rules; returns the process folder. */
    static String init(Path folder, String title) {
        String dir = folder.resolve("p").toString();
        ok("antwerp", "init", dir, "--budget", "€ 1.100.000", "--themes", EXAMPLES + "catalogus.csv", "--unit", "1000",
                "--tie-rule", "lot", "--seed", "2026", "--title", title);
        return dir;
    }

    /** All three steps: the tables' themes, their splits, the projects with online votes and the festival's round. */
    static void enterAllSteps(String dir) {
        ok("antwerp", "themes", dir, "--input", EXAMPLES + "themas.csv");
        ok("antwerp", "budget", dir, "--input", EXAMPLES + "verdeling.csv");
        ok("antwerp", "projects", dir, "--projects", EXAMPLES + "projecten.csv", "--online-votes", EXAMPLES + "online-stemmen.csv");
        ok("antwerp", "projects", dir, "--input", EXAMPLES + "festival.csv");
    }

    static void ok(String... args) {
        CommandRun run = CommandRun.english(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
    }
}
