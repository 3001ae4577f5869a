package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.ExitCode;

/**
 * Chips placed directly on plans (Emmen 2023, preset emmen-2023): no themes, no vote on projects;
 * each table places its people's chips on the plans and a plan whose chips cover its cost gets
 * what they are worth. Through the commands as an organiser runs them.
 */
class ChipsOnPlansTest {

    private static final String PLANS = "id;titel;thema;kosten\nA;Speeltuin;buurt;15000\nB;Bankjes;buurt;8000\n"
            + "C;Moestuin;groen;12500\nD;Muurschildering;kunst;20000\n";

    /** Table 1 (4 people, 24 chips) places all; table 2 (3 people, 18 chips) places 16 of its 18. */
    private static final String CHIPS = "tafel;deelnemers;plan;fiches\n1;4;Speeltuin;10\n1;4;Bankjes;6\n1;4;Moestuin;8\n"
            + "2;3;Speeltuin;6\n2;3;Moestuin;5\n2;3;Muurschildering;5\n";

    private static String start(Path folder, String budget, String unit) throws Exception {
        String dir = folder.resolve("p").toString();
        CommandRun init = CommandRun.dutch("antwerp", "init", dir, "--budget", budget, "--unit", unit, "--preset", "emmen-2023",
                "--title", "Emmerhout");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.err()).contains("staat klaar voor fiches op plannen");
        Path plans = Files.writeString(folder.resolve("plannen.csv"), PLANS);
        ExampleProcess.ok("antwerp", "projects", dir, "--projects", plans.toString());
        return dir;
    }

    /**
     * By hand, budget € 50.000, a chip € 1.000: Speeltuin 10 + 6 = 16 chips, € 16.000 ≥ € 15.000, funded
     * with € 1.000 more than asked; Moestuin 8 + 5 = 13, € 13.000 ≥ € 12.500, funded (+ € 500); Bankjes
     * 6, € 6.000 < € 8.000, € 2.000 short; Muurschildering 5, € 5.000, € 15.000 short. Granted € 29.000;
     * unspent € 21.000 = € 8.000 no chips stand for (7 people × 6 = 42 chips, € 42.000) + € 2.000 in
     * the 2 chips table 2 kept + € 11.000 on the two plans that fell short.
     */
    @Test
    void aPlanWhoseChipsCoverItsCostGetsWhatTheyAreWorth(@TempDir Path folder) throws Exception {
        String dir = start(folder, "€ 50.000", "1000");
        Path chips = Files.writeString(folder.resolve("fiches.csv"), CHIPS);
        ExampleProcess.ok("antwerp", "budget", dir, "--input", chips.toString());

        CommandRun results = CommandRun.dutch("antwerp", "results", dir);
        assertThat(results.exitCode()).as(results.err()).isZero();
        assertThat(results.out())
                .containsPattern("A +Speeltuin +16 +€ 16\\.000 +€ 15\\.000 +gefinancierd, € 1\\.000 meer dan gevraagd")
                .containsPattern("C +Moestuin +13 +€ 13\\.000 +€ 12\\.500 +gefinancierd, € 500 meer dan gevraagd")
                .containsPattern("B +Bankjes +6 +€ 6\\.000 +€ 8\\.000 +nee, € 2\\.000 tekort")
                .containsPattern("D +Muurschildering +5 +€ 5\\.000 +€ 20\\.000 +nee, € 15\\.000 tekort")
                .containsPattern("toegekend +€ 29\\.000")
                .contains("€ 21.000 blijft onbesteed: € 8.000 budget meer dan alle fiches van alle deelnemers samen waard zijn, "
                        + "€ 2.000 aan fiches die niet gelegd zijn, € 11.000 op plannen die te weinig fiches kregen.")
                .doesNotContain("Thema", "thema’s");
        assertThat(CommandRun.english("antwerp", "results", dir, "--format", "csv").out()).startsWith(
                "plan,title,chips,worth,cost,funded,short_by\nA,Speeltuin,16,16000,15000,yes,0\nC,Moestuin,13,13000,12500,yes,0\n"
                        + "B,Bankjes,6,6000,8000,no,2000\nD,Muurschildering,5,5000,20000,no,15000\n");
        assertThat(CommandRun.english("antwerp", "results", dir, "--format", "json").out())
                .contains("\"project_rule\" : \"chips-on-plans\"", "\"granted\" : 29000", "\"unspent\" : 21000");
        assertThat(CommandRun.dutch("antwerp", "rules", dir).out())
                .contains("elke deelnemer krijgt 6 fiches van € 1.000 en elke tafel legt de fiches van haar mensen direct op de plannen");

        Path report = folder.resolve("rapport.pdf");
        ExampleProcess.ok("--lang", "nl", "report", dir, "-o", report.toString());
        assertThat(tafel.report.PdfUa.failures(Files.readAllBytes(report))).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("2 tafels met samen 7 deelnemers legden hun fiches",
                    "nee, € 15.000 tekort", "€ 21.000 blijft onbesteed", "De fiches per tafel", "16 van 18 fiches");
        }
    }

    /**
     * When the participants' chips are worth more than the budget a chip is worth less, by hand:
     * budget € 21.000 over 42 chips is € 500 a chip. Speeltuin (now asking € 7.500) 16 chips, € 8.000:
     * funded with € 500 more; Moestuin 13, € 6.500 < € 7.000: € 500 short; Bankjes 6, € 3.000: exactly
     * funded; Muurschildering 5, € 2.500. Granted € 11.000.
     */
    @Test
    void chipsWorthMoreThanTheBudgetShareIt(@TempDir Path folder) throws Exception {
        String dir = folder.resolve("p").toString();
        ExampleProcess.ok("antwerp", "init", dir, "--budget", "21000", "--unit", "500", "--preset", "emmen-2023");
        Path plans = Files.writeString(folder.resolve("plannen.csv"), PLANS.replace("A;Speeltuin;buurt;15000", "A;Speeltuin;buurt;7500")
                .replace("B;Bankjes;buurt;8000", "B;Bankjes;buurt;3000").replace("C;Moestuin;groen;12500", "C;Moestuin;groen;7000"));
        ExampleProcess.ok("antwerp", "projects", dir, "--projects", plans.toString());
        ExampleProcess.ok("antwerp", "budget", dir, "--input", Files.writeString(folder.resolve("fiches.csv"), CHIPS).toString());
        assertThat(CommandRun.english("antwerp", "results", dir, "--format", "csv").out()).startsWith(
                "plan,title,chips,worth,cost,funded,short_by\nA,Speeltuin,16,8000,7500,yes,0\nC,Moestuin,13,6500,7000,no,500\n"
                        + "B,Bankjes,6,3000,3000,yes,0\nD,Muurschildering,5,2500,20000,no,17500\n");
        assertThat(CommandRun.english("antwerp", "results", dir, "--format", "json").out()).contains("\"granted\" : 11000");
    }

    @Test
    void aTableThatPlacesMoreChipsThanItsPeopleHaveIsRefused(@TempDir Path folder) throws Exception {
        String dir = start(folder, "€ 50.000", "1000");
        Path over = Files.writeString(folder.resolve("teveel.csv"), "tafel;deelnemers;plan;fiches\n2;3;Speeltuin;12\n2;3;Bankjes;7\n");
        CommandRun refused = CommandRun.dutch("antwerp", "budget", dir, "--input", over.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(refused.err()).contains(over + ":2:", "19", "18");
        assertThat(Files.readString(folder.resolve("p").resolve("events.jsonl"))).isEmpty();
    }

    @Test
    void stepsThatDoNotExistSaySoAndThemesAreNeededOtherwise(@TempDir Path folder) throws Exception {
        String dir = start(folder, "€ 50.000", "1000");
        CommandRun themes = CommandRun.dutch("antwerp", "themes", dir, "--input", "themas.csv");
        assertThat(themes.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(themes.err()).contains("geen stemming over thema’s of projecten", "tafel antwerp budget " + dir);
        assertThat(CommandRun.dutch("antwerp", "projects", dir, "--input", "festival.csv").err())
                .contains("geen stemming over thema’s of projecten");
        CommandRun withoutThemes = CommandRun.english("antwerp", "init", folder.resolve("q").toString(), "--budget", "1000");
        assertThat(withoutThemes.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(withoutThemes.err()).contains("Give the theme catalogue with --themes FILE");
    }

    @Test
    void chipsOnPlansWithoutChipsIsALocatedError(@TempDir Path folder) throws Exception {
        String dir = start(folder, "€ 50.000", "1000");
        Path rules = folder.resolve("p").resolve("antwerpen.yaml");
        String text = Files.readString(rules);
        Files.writeString(rules, text.replaceAll("(?m)^chips_per_participant: 6\n", "").replaceAll("(?m)^chip_value: 1000\n", ""));
        CommandRun results = CommandRun.english("antwerp", "results", dir);
        assertThat(results.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(results.err()).containsPattern("antwerpen\\.yaml:\\d+:\\d+")
                .contains("project_rule: chips-on-plans has tables place chips directly on plans, so it needs chips_per_participant");
    }
}
