package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code project_rule: equal-shares} in antwerpen.yaml: step 3 by the Method of Equal Shares, said in the results. */
class AntwerpEqualSharesTest {

    @Test
    void projectsAreFundedByEqualSharesWhenTheRulesSaySo(@TempDir Path folder) throws Exception {
        String dir = ExampleProcess.init(folder, "Noord");
        ExampleProcess.enterAllSteps(dir);
        CommandRun byScore = CommandRun.english("antwerp", "results", dir, "--format", "csv");
        // Ontmoetingsplekken (theme 8) by score: the bigger Zitbanken first, Buurtkeuken no longer fits
        assertThat(byScore.out().lines()).contains("P128,Zitbanken Sint-Jansplein,8,Ontmoetingsplekken,60000,0,29,0.3816,2,yes,20500",
                "P127,Buurtkeuken,8,Ontmoetingsplekken,30000,0,17,0.2237,3,no,20500");
        Path rules = folder.resolve("p").resolve("antwerpen.yaml");
        Files.writeString(rules, Files.readString(rules).replace("project_rule: score", "project_rule: equal-shares"));
        CommandRun byShares = CommandRun.english("antwerp", "results", dir, "--format", "csv");
        assertThat(byShares.exitCode()).as(byShares.err()).isZero();
        // by equal shares the voters of Buurtkeuken pay for it with their part; Zitbanken's cannot pay 60,000 from theirs
        assertThat(byShares.out().lines()).contains("P127,Buurtkeuken,8,Ontmoetingsplekken,30000,0,17,0.2237,2,yes,50500",
                "P128,Zitbanken Sint-Jansplein,8,Ontmoetingsplekken,60000,0,29,0.3816,3,no,50500");
        CommandRun table = CommandRun.dutch("antwerp", "results", dir, "--step", "projects");
        assertThat(table.out()).contains("Per thema met gelijke delen (Method of Equal Shares)");
        CommandRun json = CommandRun.english("antwerp", "results", dir, "--format", "json");
        assertThat(json.out()).contains("\"project_rule\" : \"equal-shares\"");
        Files.writeString(rules, Files.readString(rules).replace("project_rule: equal-shares", "project_rule: gelijk"));
        CommandRun wrong = CommandRun.english("antwerp", "results", dir);
        assertThat(wrong.exitCode()).isEqualTo(65);
        assertThat(wrong.err()).contains("project_rule", "score, equal-shares");
    }
}
