package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.ExitCode;
import tafel.io.pabulib.PabulibReader;

/** An Antwerp process as a pabulib file: readable again, every table's choice and online voter a voter, tafel's outcome as selected. */
class ExportPabulibTest {

    @Test
    void aProcessBecomesAPabulibFileThatReadsBack(@TempDir Path folder) throws Exception {
        String dir = ExampleProcess.init(folder, "Burgerbegroting; Noord");
        CommandRun early = CommandRun.english("export", dir, "--format", "pb");
        assertThat(early.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(early.err()).contains("has no projects allocated yet");
        ExampleProcess.enterAllSteps(dir);
        Path pb = folder.resolve("p.pb");
        ExampleProcess.ok("export", dir, "--format", "pb", "-o", pb.toString());
        String text = Files.readString(pb);
        assertThat(text).startsWith("META\nkey;value\ndescription;Burgerbegroting, Noord\n")
                .contains("\nbudget;1100000\n", "\nvote_type;approval\n", "\nPROJECTS\nproject_id;cost;votes;name;category;selected\n",
                        "\nP103;4500;41;Waterspeelplein Park Spoor Noord;3;1\n", "\nVOTES\nvoter_id;vote\ntafel-1-1;");
        PabulibReader.Read read = PabulibReader.parse(text);
        assertThat(read.problems()).isEmpty();
        assertThat(read.file().projects()).hasSize(35);
        assertThat(read.file().votes()).hasSize(Integer.parseInt(read.file().meta().get("num_votes")));
        assertThat(read.file().votes().stream().filter(vote -> vote.voter().startsWith("online-"))).isNotEmpty();
        CommandRun withoutCountry = CommandRun.english("export", dir, "--format", "pb");
        assertThat(withoutCountry.err()).contains("does not name the country");
        Path rules = folder.resolve("p").resolve("antwerpen.yaml");
        Files.writeString(rules, Files.readString(rules) + "land: België\n");
        CommandRun withCountry = CommandRun.english("export", dir, "--format", "pb");
        assertThat(withCountry.err()).isEmpty();
        assertThat(withCountry.out()).contains("\ncountry;Belgium\n", "\nrule;greedy-custom\n");
        assertThat(PabulibChecks.problems(withCountry.out())).isEmpty();
        CommandRun session = CommandRun.english("export", folder.toString(), "--format", "pb");
        assertThat(session.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(session.err()).contains("--format pb is for an Antwerp process folder, not a session");
    }
}
