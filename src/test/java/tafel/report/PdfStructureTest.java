package tafel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** What runs over a page break stays one element: a table read with its header once, a chart as one figure. */
class PdfStructureTest {

    @Test
    void aTableOverSeveralPagesHasOneHeaderRowAndAChartOverAPageBreakIsOneFigure() throws Exception {
        byte[] bytes = longTableAndChart();
        // the same document is the same file, its identifier included
        assertThat(longTableAndChart()).isEqualTo(bytes);
        assertThat(PdfUa.failures(bytes)).isEmpty();
        String structure = StructureDump.of(bytes);
        assertThat(Pattern.compile("TH: naam").matcher(structure).results()).hasSize(1);
        assertThat(Pattern.compile("\n    TR\n").matcher(structure).results()).hasSize(151);
        assertThat(structure).contains("      TD: rij 150\n      TD: 1050\n");
        assertThat(Pattern.compile("Figure \\[").matcher(structure).results()).hasSize(1);
        assertThat(structure).contains("Figure [Staven: staaf 1 1; staaf 2 2;", "staaf 90 90]: ");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            // seen on every page it spans, though read only once
            assertThat(stripper.getText(document)).startsWith("naam getal\n");
        }
    }

    private static byte[] longTableAndChart() {
        try (Pdf pdf = new Pdf("Lange tabel", Locale.forLanguageTag("nl"))) {
            pdf.newPage();
            pdf.title("Lange tabel");
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i <= 150; i++) {
                rows.add(List.of("rij " + i, Integer.toString(i * 7)));
            }
            pdf.table(List.of("naam", "getal"), new float[] {0.7f, 0.3f}, new boolean[] {false, true}, rows);
            List<Pdf.Bar> bars = new ArrayList<>();
            for (int i = 1; i <= 90; i++) {
                bars.add(new Pdf.Bar("staaf " + i, i, Integer.toString(i), i % 2 == 0));
            }
            pdf.barChart("Staven", bars);
            return pdf.finish("pagina");
        }
    }
}
