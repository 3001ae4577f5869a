package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.ExitCode;

/** {@code tafel lot} as an organiser uses it: the example pool of 80 respondents, a panel of 12. */
class LotCommandTest {

    private static final String RESPONDENTS = "examples/loting/respondenten.csv";
    private static final String QUOTAS = "examples/loting/quota.csv";

    private static CommandRun draw(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("lot", "--respondents", RESPONDENTS, "--quotas", QUOTAS, "--size", "12",
                "--one-per-household", "adres"));
        args.addAll(List.of(more));
        return CommandRun.english(args.toArray(String[]::new));
    }

    @Test
    void aPublicSeedDrawsAPanelWithinTheQuotasThatReplaysByteForByte() throws Exception {
        CommandRun first = draw("--reserves", "4", "--seed", "03 17 22 41 08", "--format", "json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(draw("--reserves", "4", "--seed", "03 17 22 41 08", "--format", "json").out()).isEqualTo(first.out());
        JsonNode json = new ObjectMapper().readTree(first.out());
        assertThat(json.get("method").asText()).isEqualTo("leximin");
        assertThat(json.get("seed").asText()).isEqualTo("03 17 22 41 08");
        assertThat(json.get("panel")).hasSize(12);
        assertThat(json.get("reserves")).hasSize(4);
        for (JsonNode quota : json.get("quotas")) {
            assertThat(quota.get("panel").asInt()).as(quota.toString())
                    .isBetween(quota.get("min").asInt(), quota.get("max").asInt());
        }
        // never two of one address on the panel
        Map<String, String> addresses = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(RESPONDENTS)).subList(1, 81)) {
            String[] cells = line.split(";");
            addresses.put(cells[0], cells[2]);
        }
        Set<String> homes = new HashSet<>();
        json.get("panel").forEach(id -> assertThat(homes.add(addresses.get(id.asText()))).as(id.asText()).isTrue());
        // chances add up to the seats, and the lottery's billionths to one
        double seats = 0;
        for (JsonNode chance : json.get("probabilities")) {
            seats += chance.asDouble();
        }
        assertThat(seats).isBetween(11.99, 12.01);
        long billionths = 0;
        for (JsonNode panel : json.get("lottery")) {
            billionths += panel.get("billionths").asLong();
        }
        assertThat(billionths).isEqualTo(1_000_000_000L);
        assertThat(first.err()).contains("ticket 762467392 of 1,000,000,000");
        // the ticket's panel with, of each group of interchangeable people, as many drawn from the whole group
        Map<String, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < json.get("interchangeable").size(); g++) {
            for (JsonNode id : json.get("interchangeable").get(g)) {
                assertThat(groupOf.put(id.asText(), g)).as("in one group only").isNull();
            }
        }
        assertThat(groupOf).as("80 respondents on 4 features fall into groups").isNotEmpty();
        assertThat(first.err()).contains("groups of respondents the quotas cannot tell apart");
        long ticket = 762_467_392L;
        JsonNode ticketPanel = null;
        for (JsonNode panel : json.get("lottery")) {
            ticket -= panel.get("billionths").asLong();
            if (ticket < 0) {
                ticketPanel = panel.get("panel");
                break;
            }
        }
        assertThat(seatsPerGroup(json.get("panel"), groupOf)).isEqualTo(seatsPerGroup(ticketPanel, groupOf));
    }

    /** Per group (or per id for someone in none), how many of these sit. */
    private static Map<String, Integer> seatsPerGroup(JsonNode panel, Map<String, Integer> groupOf) {
        Map<String, Integer> seats = new HashMap<>();
        panel.forEach(id -> seats.merge(groupOf.containsKey(id.asText()) ? "group " + groupOf.get(id.asText()) : id.asText(), 1,
                Integer::sum));
        return seats;
    }

    /** LEXIMIN's least chance is never below the old greedy draw's, and on this pool it is more than twice as high. */
    @Test
    void theFairestLotteryGivesTheLeastChanceMoreThanTheGreedyDraw() throws Exception {
        JsonNode leximin = new ObjectMapper().readTree(draw("--format", "json").out());
        JsonNode greedy = new ObjectMapper().readTree(draw("--format", "json", "--method", "greedy").out());
        assertThat(leximin.get("panel")).isEmpty();
        double leastFair = least(leximin);
        double leastGreedy = least(greedy);
        assertThat(leastFair).isGreaterThan(2 * leastGreedy);
        assertThat(leastFair).isGreaterThan(0.14);
    }

    private static double least(JsonNode json) {
        double least = 1;
        for (JsonNode chance : json.get("probabilities")) {
            least = Math.min(least, chance.asDouble());
        }
        return least;
    }

    @Test
    void theTableSaysThePanelTheQuotasAndTheChancesInDutch() {
        CommandRun run = CommandRun.dutch("lot", "--respondents", RESPONDENTS, "--quotas", QUOTAS, "--size", "12", "--seed",
                "03 17 22 41 08", "--reserves", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Het panel (12 zetels)", "Reserves, in de volgorde waarin ze gevraagd worden")
                .containsPattern("leeftijd +16-29 +2 +3 +\\d+ +14 +0,1\\d{3}");
        assertThat(run.err()).contains("eerlijkste loting (LEXIMIN): de kleinste kans is 0,14", "lot 762467392 van 1.000.000.000");
    }

    @Test
    void quotasThatCannotBeMetAreExplainedAndNothingIsDrawn(@TempDir Path folder) throws Exception {
        Path quotas = Files.writeString(folder.resolve("quota.csv"), "kenmerk;waarde;min;max\nleeftijd;16-29;6;8\n"
                + "leeftijd;30-54;4;5\nleeftijd;55+;4;6\ngeslacht;anders;4;4\n");
        CommandRun run = CommandRun.dutch("lot", "--respondents", RESPONDENTS, "--quotas", quotas.toString(), "--size", "12",
                "--seed", "1 2 3");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains("leeftijd: de minimums tellen op tot 14, meer dan de 12 zetels.",
                "geslacht anders: het minimum is 4, maar er zijn maar 3 respondenten met die waarde.",
                "Geen enkel panel haalt alle quota; er is niets getrokken.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badRowsAreToldWithFileAndLine(@TempDir Path folder) throws Exception {
        Path quotas = Files.writeString(folder.resolve("quota.csv"), "Kenmerk;Waarde;Min;Max\nleeftijd;16-29;3;2\n"
                + "geslacht;vrouw;veel;7\n");
        CommandRun badQuotas = CommandRun.english("lot", "--respondents", RESPONDENTS, "--quotas", quotas.toString(), "--size", "12");
        assertThat(badQuotas.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(badQuotas.err()).contains(quotas + ":2: leeftijd 16-29: the minimum 3 is above the maximum 2",
                quotas + ":3: min and max must be counts (0 or more), not \"veel\" and \"7\"");
        Path respondents = Files.writeString(folder.resolve("respondenten.csv"), "ID;Naam;Geboortejaar\nR1;Ann;1990\nR1;Bob;1980\n;Cor;1970\n");
        Path ages = Files.writeString(folder.resolve("leeftijd.csv"), "kenmerk;waarde;min;max\nleeftijd;16-29;0;1\nleeftijd;30+;0;2\n"
                + "wijkdeel;Noord;0;2\n");
        CommandRun badRows = CommandRun.english("lot", "--respondents", respondents.toString(), "--quotas", ages.toString(),
                "--size", "1");
        assertThat(badRows.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(badRows.err()).contains("column \"wijkdeel\" is missing (the quotas name that feature)");
    }

    /** An age or a birth year falls into the quotas' band; the drawn ids only, never names, leave the command. */
    @Test
    void birthYearsFallIntoAgeBandsAndNamesNeverLeave(@TempDir Path folder) throws Exception {
        Path respondents = Files.writeString(folder.resolve("respondenten.csv"),
                "id;naam;geboortejaar\nR1;Ann de Wit;2000\nR2;Bob Jansen;1950\nR3;Cor Smit;1985\nR4;=HYPERLINK(\"x\");1999\n");
        Path quotas = Files.writeString(folder.resolve("quota.csv"), "kenmerk;waarde;min;max\nleeftijd;16-29;1;1\nleeftijd;30-64;0;1\n"
                + "leeftijd;65+;1;1\n");
        CommandRun run = CommandRun.english("lot", "--respondents", respondents.toString(), "--quotas", quotas.toString(),
                "--size", "2", "--seed", "42", "--excel");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // 2026: R1 is 26 and R4 27 (16-29), R2 76 (65+), R3 41 (30-64); R2 sits always, R1 or R4 half the time
        assertThat(run.out()).contains("R2;panel;;1,0000").contains("R3;;;0,0000").contains("R1;").contains(";0,5000")
                .doesNotContain("Ann", "HYPERLINK");
    }

    /**
     * On a terminal one line tells how far LEXIMIN is — how far the lottery that gives the known
     * chances is, then that every chance is settled — each written over the last and ended before
     * the table.
     */
    @Test
    void aTerminalSeesHowFarItIs() {
        CommandRun run = CommandRun.dutchOnTerminal("lot", "--respondents", RESPONDENTS, "--quotas", QUOTAS, "--size", "12");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("\\rLEXIMIN: kansen bekend; de loting die ze geeft is voor \\d+,\\d% klaar")
                .contains("\rLEXIMIN: de kansen van 80 van 80 respondenten liggen vast");
        String last = run.err().substring(run.err().lastIndexOf('\r') + 1);
        assertThat(last).startsWith("LEXIMIN: de kansen van 80 van 80 respondenten liggen vast").contains("\n");
        assertThat(last.substring(0, last.indexOf('\n'))).matches("LEXIMIN: de kansen van 80 van 80 respondenten liggen vast *");
    }

        /** A kept draw: when a panel member drops out the first reserve who keeps the quotas takes the seat, journaled in the folder. */
    @Test
    void aReserveTakesTheSeatOfSomeoneWhoDropsOut(@TempDir Path folder) throws Exception {
        Path kept = folder.resolve("loting");
        CommandRun run = draw("--reserves", "4", "--seed", "03 17 22 41 08", "--save", kept.toString(), "--format", "json",
                "--witness", "M. de Groot (notaris)");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        // the first member of the panel whom a reserve can replace with every quota met leaves; a
        // refused replacement changes nothing in the folder
        String leaving = null;
        CommandRun replaced = null;
        for (JsonNode member : json.get("panel")) {
            String before = Files.readString(kept.resolve("loting.json"));
            replaced = CommandRun.english("lot", "replace", kept.toString(), "--out", member.asText());
            if (replaced.exitCode() == 0) {
                leaving = member.asText();
                break;
            }
            assertThat(replaced.exitCode()).as(replaced.err()).isEqualTo(ExitCode.BAD_DATA);
            assertThat(replaced.err()).contains("can take the seat of " + member.asText() + " with every quota met");
            assertThat(Files.readString(kept.resolve("loting.json"))).isEqualTo(before);
        }
        assertThat(leaving).as("someone on the panel a reserve can replace").isNotNull();
        String reserve = replaced.out().substring(0, replaced.out().indexOf(' '));
        assertThat(json.get("reserves").toString()).contains("\"" + reserve + "\"");
        assertThat(replaced.out()).contains(reserve + " takes the seat of " + leaving).contains("The panel: ")
                .doesNotContain("The panel: " + leaving);
        assertThat(Files.readString(kept.resolve("loting.json"))).contains("\"out\" : \"" + leaving + "\"");
        // the council's report: how it was drawn, by whom seen, the replacement; ids only
        Path report = folder.resolve("verslag.pdf");
        ExampleProcess.ok("report", kept.toString(), "-o", report.toString());
        // with a replacement in it, still an accessible document
        assertThat(tafel.report.PdfUa.failures(Files.readAllBytes(report))).isEmpty();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(report.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Panel of 12 drawn by lot", "ticket 762467392", "M. de Groot (notaris)",
                    reserve + " in place of " + leaving, "The smallest chance to be on the panel was 0.1489",
                    "the quotas cannot tell apart")
                    .doesNotContain("Jasmijn", "Zijlweg");
        }
        // the same member cannot leave twice, and the folder is never drawn over
        assertThat(CommandRun.english("lot", "replace", kept.toString(), "--out", leaving).exitCode()).isEqualTo(ExitCode.BAD_DATA);
        CommandRun again = draw("--seed", "1", "--save", kept.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(again.err()).contains("already holds a draw; nothing was overwritten");
        assertThat(CommandRun.english("lot", "replace", folder.resolve("nothing").toString(), "--out", "R1").exitCode())
                .isEqualTo(ExitCode.NO_INPUT);
        // never into a folder that holds other files, and a kept draw edited by hand is refused, not a crash
        Files.writeString(folder.resolve("proces.txt"), "x");
        CommandRun crowded = draw("--seed", "1", "--save", folder.toString());
        assertThat(crowded.exitCode()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(crowded.err()).contains("is not an empty folder; nothing was written");
        Files.writeString(kept.resolve("loting.json"), Files.readString(kept.resolve("loting.json")).replace(leaving, "R999"));
        CommandRun edited = CommandRun.english("lot", "replace", kept.toString(), "--out", "R001");
        assertThat(edited.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(edited.err()).contains("is not a draw tafel can read").contains("R999");
    }
}
