package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import tafel.app.ExitCode;

/** The table cards: every card's QR code reads back as its table's own link for the room's server. */
class TableCardsTest {

    @Test
    void eachCardsCodeIsItsTablesLink(@TempDir Path folder) throws Exception {
        Path roster = Files.writeString(folder.resolve("tafels.csv"), "tafel;tafelleider\n1;Fatima\n2;Joost\n3;Zoë\n");
        Path dir = folder.resolve("proces");
        CommandRun init = CommandRun.english("antwerp", "init", dir.toString(), "--budget", "1000", "--themes",
                "examples/antwerpen/catalogus.csv", "--roster", roster.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        CommandRun noAddress = CommandRun.english("antwerp", "cards", dir.toString(), "-o", folder.resolve("k.pdf").toString());
        assertThat(noAddress.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noAddress.err()).contains("--url");
        CommandRun cards = CommandRun.english("antwerp", "cards", dir.toString(), "-o", folder.resolve("k.pdf").toString(),
                "--url", "http://10.42.0.1:8080");
        assertThat(cards.exitCode()).as(cards.err()).isZero();
        List<String> links = Files.readAllLines(dir.resolve("tafels.csv"));
        assertThat(links.get(0)).isEqualTo("table,token,url");
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("k.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            // the tokens are random, so each run draws other codes: read them the way a phone would,
            // which tries again: 300 dpi (a module is then several pixels, no aliasing), two binarizers
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 300);
            int half = page.getWidth() / 2;
            int halfHeight = page.getHeight() / 2;
            for (int card = 0; card < 3; card++) {
                BufferedImage quarter = page.getSubimage((card % 2) * half, (card / 2) * halfHeight, half, halfHeight);
                int[] pixels = quarter.getRGB(0, 0, half, halfHeight, null, 0, half);
                RGBLuminanceSource source = new RGBLuminanceSource(half, halfHeight, pixels);
                assertThat(read(source)).isEqualTo(links.get(card + 1).split(",")[2]).startsWith("http://10.42.0.1:8080/t/");
            }
        }
    }

    private static String read(RGBLuminanceSource source) throws Exception {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (com.google.zxing.ChecksumException | com.google.zxing.FormatException | com.google.zxing.NotFoundException first) {
            return new QRCodeReader().decode(new BinaryBitmap(new com.google.zxing.common.GlobalHistogramBinarizer(source)),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }
}
