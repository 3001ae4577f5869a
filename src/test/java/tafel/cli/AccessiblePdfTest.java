package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.report.PdfUa;
import tafel.report.StructureDump;

/**
 * Every PDF tafel prints is an accessible document a public body may publish (EN 301 549, PDF/UA-1):
 * veraPDF, the PDF Association's validator, finds no failure, and the structure a screen reader
 * follows reads as the page does — headings, tables with header cells, lists, charts with their
 * numbers in words, and nothing of the page furniture.
 */
class AccessiblePdfTest {

    private static void assertAccessible(Path pdf) throws Exception {
        assertThat(PdfUa.failures(Files.readAllBytes(pdf))).as(pdf.getFileName().toString()).isEmpty();
    }

    @Test
    void theSessionReportIsTaggedAndPassesPdfUa(@TempDir Path folder) throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            many.append("note opmerking ").append(i).append(" over de moestuin en de speeltuin in de wijk\n");
        }
        Path session = ReportCommandTest.session(folder, "aanwezig 2\nnote #besluit We kiezen de moestuin\n"
                + "note #actie Şahin belt de wethouder\nnote #actie Zoë schrijft de buren\nnote نريد حديقة للأطفال 😀\n" + many);
        Path pdf = folder.resolve("verslag.pdf");
        CommandRun run = CommandRun.dutch("report", session.toString(), "-o", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertAccessible(pdf);
        String structure = StructureDump.of(Files.readAllBytes(pdf));
        List<String> lines = structure.lines().toList();
        // one title, then sections; no heading level skipped
        assertThat(lines.stream().filter(line -> line.matches("\\s*H1: .*"))).containsExactly("  H1: Avond met Zoë, Şahin en Øyvind");
        assertThat(structure).contains("  H2: Programma: gepland en werkelijk\n  Table\n    TR\n      TH: code\n      TH: titel\n");
        // Arabic is drawn right to left in joined forms, and read as written
        assertThat(structure).contains("P: 19:42 نريد حديقة للأطفال 😀\n", "P: blij (2) moe \n");
        assertThat(headingLevels(lines)).allMatch(step -> step <= 1);
        // the action points are a list of two items
        assertThat(structure).containsPattern("  L\n    LI\n      Lbl: •\n      LBody: Şahin belt de wethouder +\\(\\d\\d:\\d\\d\\)\n"
                + "    LI\n      Lbl: •\n      LBody: Zoë schrijft de buren");
        // a chart is a figure with its numbers in words
        assertThat(structure).containsPattern("Figure \\[Geplande en werkelijke minuten per blok: A gepland 10 min; A werkelijk 12 min;");
        // page numbers and footers are artifacts: seen on every page, read by no screen reader
        assertThat(structure).doesNotContain("pagina ");
        assertThat(structure).contains("opmerking 1 over", "opmerking 120 over");

        Path anonymous = folder.resolve("anoniem.pdf");
        assertThat(CommandRun.dutch("report", session.toString(), "-o", anonymous.toString(), "--anonymise").exitCode()).isZero();
        assertAccessible(anonymous);
    }

    /**
     * The organisation's logo on the session report's first page: named in the draaiboek, copied into
     * the session folder when the evening starts, drawn as a figure with its alt text; a logo that
     * is not an image is a located warning, and the evening and the report go on without it.
     */
    @Test
    void theSessionReportCarriesTheDraaiboeksLogo(@TempDir Path folder) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(90, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", folder.resolve("logo.png").toFile());
        Path session = ReportCommandTest.session(folder, "", "logo: logo.png\n");
        assertThat(session.resolve("logo.png")).exists();
        Path pdf = folder.resolve("verslag.pdf");
        CommandRun run = CommandRun.dutch("report", session.toString(), "-o", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("logo");
        assertAccessible(pdf);
        assertThat(StructureDump.of(Files.readAllBytes(pdf))).contains("  Figure [Logo van Gemeente Utrecht, wijk Noordwest]\n");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var resources = document.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).anyMatch(resources::isImageXObject);
        }

        Path other = folder.resolve("zonder");
        Files.createDirectories(other);
        Files.writeString(other.resolve("logo.png"), "geen plaatje");
        Files.writeString(other.resolve("avond.yaml"), "title: Avond\nlogo: logo.png\nblocks:\n  - {code: A, title: Welkom, minutes: 5}\n");
        CommandRun checked = CommandRun.dutch("validate", other.resolve("avond.yaml").toString());
        assertThat(checked.exitCode()).as(checked.err()).isZero();
        assertThat(checked.out() + checked.err()).contains("avond.yaml:2:7: warning: Het logo \"logo.png\" is geen afbeelding die tafel kan lezen");
    }

    /** Heading levels in order, as the step from one to the next (a step of 2 or more skips a level). */
    private static List<Integer> headingLevels(List<String> lines) {
        List<Integer> levels = lines.stream().filter(line -> line.matches("\\s*H\\d.*"))
                .map(line -> line.strip().charAt(1) - '0').toList();
        return java.util.stream.IntStream.range(1, levels.size()).mapToObj(i -> levels.get(i) - levels.get(i - 1)).toList();
    }

    @Test
    void theAntwerpReportItsLogoAndItsTableCardsPassPdfUa(@TempDir Path folder) throws Exception {
        Path pdf = ReportCommandTest.antwerpReportWithLogo(folder, "organisatie: District Antwerpen\ntables: 10\n");
        Path process = folder.resolve("proces");
        assertAccessible(pdf);
        String structure = StructureDump.of(Files.readAllBytes(pdf));
        assertThat(structure).contains("Figure [Logo van District Antwerpen", "H1: Burgerbegroting 2026")
                .containsPattern("Figure \\[Tafels per thema \\(zwart: gaat door\\): Speelpleinen 14; Fietspaden 12;");
        assertThat(headingLevels(structure.lines().toList())).allMatch(step -> step <= 1);

        Path cards = folder.resolve("kaarten.pdf");
        CommandRun printed = CommandRun.dutch("antwerp", "cards", process.toString(), "-o", cards.toString(), "--url",
                "http://10.42.0.1:8080");
        assertThat(printed.exitCode()).as(printed.err()).isZero();
        assertAccessible(cards);
        assertThat(StructureDump.of(Files.readAllBytes(cards))).contains("  Sect\n    P: Burgerbegroting 2026\n    P: Tafel 1\n")
                .containsPattern("Figure \\[QR-code met het adres http://10\\.42\\.0\\.1:8080/t/[0-9a-f]+\\]");
    }

    @Test
    void cardsPlansLotsAndComparisonsPassPdfUa(@TempDir Path folder) throws Exception {
        Path cards = ReportCommandTest.exampleCards(folder);
        assertAccessible(cards);
        assertThat(StructureDump.of(Files.readAllBytes(cards))).contains("  Sect\n", "P: in gesprek met\n");

        Path tables = folder.resolve("tafels.csv");
        assertThat(CommandRun.english("tables", "--people", "40", "--size", "4", "--rounds", "2", "--format", "csv",
                "-o", tables.toString(), "--time-limit", "1s").exitCode()).isZero();
        Path plan = folder.resolve("plan.pdf");
        assertThat(CommandRun.dutch("plan", "--tables", tables.toString(), "-o", plan.toString()).exitCode()).isZero();
        assertAccessible(plan);
        // who sits where: one paragraph per person with their table, whatever column it is in
        assertThat(StructureDump.of(Files.readAllBytes(plan))).containsPattern("\n  P: \\d+ \\d+\n");

        Path kept = folder.resolve("loting");
        assertThat(CommandRun.english("lot", "--respondents", "examples/loting/respondenten.csv", "--quotas",
                "examples/loting/quota.csv", "--size", "12", "--seed", "1 2 3", "--save", kept.toString(), "--witness", "Ann")
                .exitCode()).isZero();
        Path lot = folder.resolve("loting.pdf");
        assertThat(CommandRun.dutch("report", kept.toString(), "-o", lot.toString()).exitCode()).isZero();
        assertAccessible(lot);

        Path compare = folder.resolve("vergelijking.pdf");
        assertThat(CommandRun.dutch("projects", "compare", "--pb", "src/test/resources/pabulib/Netherlands_Assen_2024.pb",
                "--pdf", compare.toString()).exitCode()).isZero();
        assertAccessible(compare);
    }
}
