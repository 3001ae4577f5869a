package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF reports, cards, plans and exports, checked the way a reader would: by their text. */
class ReportCommandTest {

    static Path session(Path folder, String extraScript) throws Exception {
        return session(folder, extraScript, "");
    }

    /** @param extraKeys draaiboek keys written first, e.g. "logo: logo.png\n" */
    static Path session(Path folder, String extraScript, String extraKeys) throws Exception {
        Path draaiboek = folder.resolve("avond.yaml");
        Files.writeString(draaiboek, extraKeys + """
                title: Avond met Zoë, Şahin en Øyvind
                organisatie: Gemeente Utrecht, wijk Noordwest
                location: Buurthuis De Klok
                facilitators: [Anna Ünver]
                audience: Bewoners en ambtenaren
                goal: Samen beslissen over € 25.000
                participants:
                  - {id: b1, name: Zoë Jansen, role: bewoner}
                  - {id: a1, name: Şahin Yılmaz, role: ambtenaar}
                blocks:
                  - {code: A, title: Check-in, minutes: 10}
                  - {code: B, title: Gesprekken, minutes: 30}
                  - {title: Pauze, minutes: 10, pause: true}
                  - {code: C, title: Afsluiting, minutes: 5}
                """);
        Path script = folder.resolve("script.txt");
        Files.writeString(script, "word blij\nword blij\nword moe\nwait 12m\nnext\nnote Zoë Jansen wil een moestuin\n"
                + "note =1+2\n" + extraScript + "wait 31m\nnext\nwait 10m\nnext\nadjust +2\nwait 6m\nnext\n");
        Path session = folder.resolve("sessie");
        CommandRun run = CommandRun.english("run", draaiboek.toString(), "--headless", "--session", session.toString(),
                "--input", script.toString(), "--start", "19:30", "--date", "2026-11-24");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return session;
    }

    private static String text(PDDocument document) throws Exception {
        return new PDFTextStripper().getText(document);
    }

    @Test
    void aSessionReportHasCoverAgendaNotesParticipantsAndAudit(@TempDir Path folder) throws Exception {
        Path session = session(folder, "aanwezig 2\nnote #besluit We kiezen de moestuin\nnote #actie Şahin belt de wethouder\n");
        Path pdf = folder.resolve("verslag.pdf");
        CommandRun run = CommandRun.dutch("report", session.toString(), "-o", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = text(document);
            assertThat(text).contains("Verslag van de sessie", "Avond met Zoë, Şahin en Øyvind", "Buurthuis De Klok",
                    "Anna Ünver", "€ 25.000", "Programma: gepland en werkelijk", "Check-in", "Gesprekken",
                    "blij (2)", "moe", "Zoë Jansen wil een moestuin", "Deelnemers (2)", "Şahin Yılmaz",
                    "+2 minuten voor dit blok", "pagina 1 / ", "Pauze gepland", "totaal 55 (+2)",
                    "Organisatie: Gemeente Utrecht, wijk Noordwest");
            // the pause has no code: the journal's "#3" (its place) never reaches the reader
            assertThat(text).doesNotContain("#3");
            // a screen reader knows the language; a viewer shows the title, not the file name
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Avond met Zoë, Şahin en Øyvind");
            // page one: who came, what was decided, what is to be done
            String first = new PDFTextStripper() {
                {
                    setEndPage(1);
                }
            }.getText(document);
            assertThat(first).contains("Aanwezig: 2 van de 2 aangemelden", "Besluiten (1)", "• We kiezen de moestuin (19:42)",
                    "Actiepunten (1)", "• Şahin belt de wethouder (19:42)");
            assertThat(document.getNumberOfPages()).isBetween(2, 4);
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSans");
                }
            }
        }
    }

    /**
     * Notes in Arabic, Turkish, Vietnamese and Polish, and an emoji, print as written — Arabic joined
     * and right to left, in DejaVu Sans where Liberation Sans has no glyph — and read back from the
     * PDF's text layer; a character no font has is a □ and a warning naming the text, never a "?".
     */
    @Test
    void everyLanguagePrintsAndWhatCannotIsSaid(@TempDir Path folder) throws Exception {
        String arabic = "نريد حديقة للأطفال";
        String hieroglyph = new String(Character.toChars(0x13000));
        Path session = session(folder, "note " + arabic + "\nnote Çocuklar için oyun alanı\n"
                + "note Chúng tôi muốn một khu vườn\nnote Chcemy ogród dla dzieci 😀\nnote teken " + hieroglyph + " hier\n");
        Path pdf = folder.resolve("talen.pdf");
        CommandRun run = CommandRun.dutch("report", session.toString(), "-o", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Het verslag kan een teken in deze tekst met geen van zijn lettertypen tonen; het staat er als □: teken "
                + hieroglyph + " hier").doesNotContain(arabic);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = java.text.Normalizer.normalize(text(document), java.text.Normalizer.Form.NFKC);
            assertThat(text).contains(arabic, "Çocuklar için oyun alanı", "Chúng tôi muốn một khu vườn",
                    "Chcemy ogród dla dzieci 😀", "teken □ hier").doesNotContain("?????");
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName().replaceAll("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(fonts).contains("LiberationSans", "DejaVuSans");
        }
    }

    /**
     * Anonymising that holds (the reports issue): every name from the participant list and the
     * facilitator's, whole or in part, in any case, with or without accents, is gone from the report
     * — title and notes included; a person's pseudonym comes from their id, so it is the same in the
     * report and the export; and without a participant list the report says it could not.
     */
    @Test
    void anonymisedReportsReplaceNamesAndSaySo(@TempDir Path folder) throws Exception {
        Path session = session(folder, "note zoe jansen en SAHIN spraken af; Yilmaz belt Anna\nnote Jansen’s tuin\n");
        Path pdf = folder.resolve("anoniem.pdf");
        assertThat(CommandRun.english("report", session.toString(), "-o", pdf.toString(), "--anonymise").exitCode()).isZero();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = text(document);
        }
        assertThat(text).contains("This report is anonymised").containsPattern("Participant [A-Z0-9]{3} wil een moestuin");
        for (String part : List.of("Zoë", "Zoe", "zoe", "Jansen", "JANSEN", "Şahin", "Sahin", "SAHIN", "Yılmaz", "Yilmaz", "Anna",
                "Ünver")) {
            assertThat(text).as(part).doesNotContain(part);
        }
        String zoe = text.replaceAll("(?s).*(Participant [A-Z0-9]{3}) wil een moestuin.*", "$1");
        assertThat(text).contains(zoe + " en ").contains(zoe + "’s tuin");
        CommandRun export = CommandRun.english("export", session.toString(), "--table", "notes", "--anonymise");
        assertThat(export.out()).contains(zoe + " wil een moestuin").doesNotContain("Zoë");

        Path bare = folder.resolve("zonder.yaml");
        Files.writeString(bare, "title: Avond\nblocks:\n  - {code: A, title: Check-in, minutes: 10}\n");
        Path script = Files.writeString(folder.resolve("kort.txt"), "note Zoë komt\nwait 10m\nnext\n");
        Path unknown = folder.resolve("sessie2");
        assertThat(CommandRun.english("run", bare.toString(), "--headless", "--session", unknown.toString(), "--input",
                script.toString(), "--start", "19:30", "--date", "2026-11-24").exitCode()).isZero();
        CommandRun honest = CommandRun.english("report", unknown.toString(), "-o", folder.resolve("z.pdf").toString(), "--anonymise");
        assertThat(honest.err()).contains("the draaiboek names no participants");
        try (PDDocument document = Loader.loadPDF(folder.resolve("z.pdf").toFile())) {
            assertThat(text(document)).contains("tafel does not know the names").doesNotContain("This report is anonymised");
        }
    }

    @Test
    void aLongListOfNotesBreaksAcrossPagesWithItsHeadingsIntact(@TempDir Path folder) throws Exception {
        StringBuilder notes = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            notes.append("note Notitie nummer ").append(i).append(" over de buurt en wat er beter kan met groen en spelen\n");
        }
        Path session = session(folder, notes.toString());
        Path pdf = folder.resolve("lang.pdf");
        assertThat(CommandRun.english("report", session.toString(), "-o", pdf.toString()).exitCode()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(6);
            String text = text(document);
            assertThat(text).contains("Notitie nummer 1 ", "Notitie nummer 300 ", "page 7 / ");
        }
    }

    /**
     * The example process with the organisation's logo (a file next to antwerpen.yaml) and
     * {@code extraKeys} written first in its rules, reported in Dutch: the PDF.
     */
    static Path antwerpReportWithLogo(Path folder, String extraKeys) throws Exception {
        Path process = AntwerpCommandTest.wholeProcess(folder);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", process.resolve("logo.png").toFile());
        Path rules = process.resolve("antwerpen.yaml");
        Files.writeString(rules, "logo: logo.png\n" + extraKeys + Files.readString(rules));
        Path pdf = folder.resolve("resultaten.pdf");
        CommandRun run = CommandRun.dutch("report", process.toString(), "-o", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("logo");
        return pdf;
    }

    @Test
    void anAntwerpReportHasThemesBudgetsProjectsAndCharts(@TempDir Path folder) throws Exception {
        Path pdf = antwerpReportWithLogo(folder, "");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var resources = document.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).anyMatch(name -> resources.isImageXObject(name));
            String text = text(document);
            assertThat(text).contains("Burgerbegroting 2026", "1. Thema’s: 12 van 22 gaan door", "Tafels per thema",
                    "Budget per thema", "€ 1.100.000", "Waterspeelplein Park Spoor Noord", "Score per project",
                    "Moestuin Zoë", "Correcties (audit)");
            // page one says what was decided: who took part, the themes, the funded projects and what stays unspent
            String first = new PDFTextStripper() {
                {
                    setStartPage(1);
                    setEndPage(1);
                }
            }.getText(document);
            assertThat(first).contains("Wie deed mee", "Stap 1: 25 tafels.", "De thema’s en hun budget", "Wat is besloten",
                    "P103 Waterspeelplein Park Spoor Noord").containsPattern("\\d+ projecten krijgen samen €.[\\d.]+ van het "
                    + "budget van €.1\\.100\\.000; €.[\\d.]+ blijft onbesteed\\.");
            // a project that did not fit says by how much
            assertThat(text).containsPattern("nee, €.[\\d.]+\\s+tekort");
        }
    }

    /** The example participants matched (matches.csv) and their conversation cards for block B in Dutch (kaartjes.pdf). */
    static Path exampleCards(Path folder) {
        Path matches = folder.resolve("matches.csv");
        assertThat(CommandRun.english("match", "--participants", "examples/deelnemers/deelnemers.csv", "--left", "bewoner",
                "--right", "ambtenaar", "--format", "csv", "-o", matches.toString()).exitCode()).isZero();
        Path cards = folder.resolve("kaartjes.pdf");
        CommandRun run = CommandRun.dutch("cards", "--matches", matches.toString(), "--draaiboek",
                "templates/leersessie-bewoners-ambtenaren.yaml", "--block", "B", "-o", cards.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return cards;
    }

    @Test
    void cardsComeFourToAPageAndPlansListWhoSitsWhereAndSignEachTable(@TempDir Path folder) throws Exception {
        Path cards = exampleCards(folder);
        Path matches = folder.resolve("matches.csv");
        // 18 residents and 14 civil servants: 14 conversations, 4 of them trios, each on one card
        List<String[]> rows = Files.readAllLines(matches).stream().skip(1).map(line -> line.split(",")).toList();
        Map<String, List<String[]>> byCivilServant = new java.util.LinkedHashMap<>();
        rows.forEach(row -> byCivilServant.computeIfAbsent(row[3], id -> new java.util.ArrayList<>()).add(row));
        List<String[]> trio = byCivilServant.values().stream().filter(group -> group.size() == 2).findFirst().orElseThrow();
        try (PDDocument document = Loader.loadPDF(cards.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            assertThat(text(document)).contains("Zoë A.", "in gesprek met", "Jullie delen:", "Plek 14",
                    "Wanneer is dit buurtproject voor jou een succes?", "Wat hebben jullie besproken?")
                    .contains(trio.get(0)[4] + "\nin gesprek met\n" + trio.get(0)[2] + "\n" + trio.get(1)[2] + "\n")
                    .doesNotContain("Plek 15");
        }
        Path tables = folder.resolve("tafels.csv");
        assertThat(CommandRun.english("tables", "--people", "12", "--size", "4", "--rounds", "2", "--format", "csv",
                "-o", tables.toString()).exitCode()).isZero();
        Path plan = folder.resolve("plan.pdf");
        assertThat(CommandRun.english("plan", "--tables", tables.toString(), "-o", plan.toString()).exitCode()).isZero();
        // per round a who-sits-where page and a tables page, then a sign per table per round: 2 × 2 + 3 × 2
        try (PDDocument document = Loader.loadPDF(plan.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2 * 2 + 3 * 2);
            assertThat(text(document)).contains("Round 1: who sits where", "Round 2: the tables", "table 3", "Table 3\nRound 2");
        }
        // 120 people: the alphabetical list of a round fits on one page, not a page per person
        Path many = folder.resolve("veel.csv");
        assertThat(CommandRun.english("tables", "--people", "120", "--size", "6", "--rounds", "2", "--format", "csv",
                "-o", many.toString(), "--time-limit", "1s").exitCode()).isZero();
        Path manyPlan = folder.resolve("veel.pdf");
        assertThat(CommandRun.english("plan", "--tables", many.toString(), "-o", manyPlan.toString()).exitCode()).isZero();
        assertThat(tafel.report.PdfUa.failures(Files.readAllBytes(manyPlan))).isEmpty();
        try (PDDocument document = Loader.loadPDF(manyPlan.toFile())) {
            // per round one page of names, two of tables (20 of them), then 20 signs per round
            assertThat(document.getNumberOfPages()).isEqualTo(2 * (1 + 2) + 20 * 2);
            assertThat(text(document)).doesNotContain("who sits where (continued)");
        }
    }

    @Test
    void exportsRoundTripAndOpenInDutchExcel(@TempDir Path folder) throws Exception {
        Path session = session(folder, "");
        CommandRun machine = CommandRun.english("export", session.toString(), "--table", "notes");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(machine.out())).getRecords();
        assertThat(records).hasSize(5);
        assertThat(records.get(3).get("text")).isEqualTo("Zoë Jansen wil een moestuin");
        assertThat(records.get(4).get("text")).as("formula neutralised").isEqualTo("'=1+2");
        assertThat(records.get(0).get("tag")).isEqualTo("word");

        Path excel = folder.resolve("blokken.csv");
        assertThat(CommandRun.english("export", session.toString(), "--excel", "-o", excel.toString()).exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(excel);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        // for a person: column names in words, times Excel reads as dates
        assertThat(text).contains("code;title;planned (min)").contains("\r\n").doesNotContain(",")
                .contains(";2026-11-24 19:42:00;");
        assertThat(text.lines()).anyMatch(line -> line.startsWith("B;Gesprekken;30;0;31;"));
        CommandRun dutchExcel = CommandRun.dutch("export", session.toString(), "--table", "notes", "--excel");
        assertThat(dutchExcel.out()).startsWith("\uFEFFblok;deel;tijdstip;label;tekst\r\n");

        CommandRun json = CommandRun.english("export", session.toString(), "--format", "json");
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(tree.get("kind").asText()).isEqualTo("session");
        assertThat(tree.get("blocks")).hasSize(4);
        assertThat(tree.get("notes").get(3).get("text").asText()).isEqualTo("Zoë Jansen wil een moestuin");

        Path process = AntwerpCommandTest.wholeProcess(folder.resolve("antwerpen"));
        CommandRun budgets = CommandRun.english("export", process.toString(), "--table", "budget", "--excel");
        assertThat(budgets.out()).startsWith("\uFEFFtheme;name;budget\r\n3;Speelpleinen;");
        CommandRun projects = CommandRun.dutch("export", process.toString(), "--table", "projects", "--excel");
        assertThat(projects.out()).startsWith("\uFEFFid;titel;thema;themanaam;kosten;stemmen aan tafel;online stemmen;score;plaats;gefinancierd;over\r\n")
                .contains("P103;Waterspeelplein Park Spoor Noord;3;Speelpleinen;4500;7;34;0,2374;1;ja;109500");
        CommandRun all = CommandRun.english("export", process.toString(), "--format", "json");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(all.out()).get("themes").get("ranking")).hasSize(22);
    }

    @Test
    void aLogoThatIsNotThereIsAWarningAndTheReportComesWithout(@TempDir Path folder) throws Exception {
        Path process = AntwerpCommandTest.wholeProcess(folder);
        Path rules = process.resolve("antwerpen.yaml");
        Files.writeString(rules, "logo: ontbreekt.png\n" + Files.readString(rules));
        CommandRun run = CommandRun.dutch("report", process.toString(), "-o", folder.resolve("r.pdf").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("antwerpen.yaml:1:7: warning: Het logo \"ontbreekt.png\" is geen afbeelding die tafel kan lezen");
    }
}
