package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tafel.app.ExitCode;

class ShowCommandTest {

    private static final String LEERSESSIE = "templates/leersessie-bewoners-ambtenaren.yaml";

    @Test
    void printsTheAgendaAsCsvWithClockTimes() {
        CommandRun run = CommandRun.english("show", LEERSESSIE, "--start", "19:30", "--format", "csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).containsExactly(
                "code,title,minutes,start,end",
                "A,Inleiding + toelichting op programma,5,19:30,19:35",
                "B,1-op-1-gesprek tussen 1 buurtproject en 1 ambtenaar,10,19:35,19:45",
                "C,Rondetafelgesprekken,40,19:45,20:25",
                "C.1,Succes invullen,5,19:45,19:50",
                "C.2,Proces in kaart brengen,10,19:50,20:00",
                "C.3,Rollen en verantwoordelijkheden in kaart brengen,15,20:00,20:15",
                "C.4,Uitdagingen in de samenwerking / interactie,5,20:15,20:20",
                "C.5,Het dreamteam!,5,20:20,20:25",
                "D,Pauze,3,20:25,20:28",
                "E,Afsluiting,5,20:28,20:33");
    }

    @Test
    void printsATableForPeopleInDutch() {
        CommandRun run = CommandRun.dutch("show", "leersessie-bewoners", "--start", "19.30");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Leersessie voor bewoners")
                .contains("Doelgroep: Bewoners die actief betrokken zijn")
                .contains("code   van    tot    min  titel")
                .contains("  C.1  19:50  20:00   10    Succesfactoren")
                .contains("       20:20  20:30   10  Pauze")
                .contains("Totaal 19:30–21:35, 125 minuten");
    }

    @Test
    void withoutAStartTimesCountFromZeroAndSaySo() {
        CommandRun run = CommandRun.english("show", "leersessie-ambtenaren");
        assertThat(run.out()).contains("Total 00:00–01:55, 115 minutes").contains("give --start 19:30");
    }

    @Test
    void printsNestedJson() {
        CommandRun run = CommandRun.english("show", LEERSESSIE, "--start", "19:30", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{\n  \"title\" : \"Leersessie met bewoners en ambtenaren\",")
                .contains("\"total_minutes\" : 63")
                .contains("\"end\" : \"20:33\"")
                .contains("\"code\" : \"C.5\"")
                .contains("\"method\" : \"Rondetafelgesprek\"");
    }

    @Test
    void showsInstructionsOnRequest() {
        CommandRun run = CommandRun.english("show", LEERSESSIE, "--instructions");
        assertThat(run.out()).contains("C.5  Het dreamteam!").contains("Instructions: Het dreamteam!: De groepjes")
                .contains("? Wanneer is dit buurtproject voor jou een succes?");
    }

    @Test
    void refusesADraaiboekWithErrors() {
        CommandRun run = CommandRun.english("show", "src/test/resources/issue-example.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("issue-example.yaml:9:14: error:")
                .contains("tafel: src/test/resources/issue-example.yaml has 3 error(s); fix them first.");
    }

    @Test
    void aBadStartTimeIsAUsageError() {
        CommandRun run = CommandRun.english("show", LEERSESSIE, "--start", "half acht");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("\"half acht\" is not a clock time; write it like 19:30.")
                .contains("See \"tafel show --help\"");
    }

    @Test
    void aMissingFileSuggestsATemplate() {
        CommandRun run = CommandRun.english("show", "leersessie-bewoner");
        assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(run.err()).contains("Cannot find the file leersessie-bewoner.")
                .contains("Did you mean the built-in template \"leersessie-bewoners\"?");
    }
}
