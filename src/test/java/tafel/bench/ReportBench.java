package tafel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;

import tafel.draaiboek.Block;
import tafel.draaiboek.Draaiboek;
import tafel.draaiboek.Origin;
import tafel.i18n.Language;
import tafel.i18n.Messages;
import tafel.report.Anonymiser;
import tafel.report.MatchCards;
import tafel.report.SessionReport;
import tafel.session.SessionEvent;

/** Report rendering figures: a session report with 500 notes and charts, and 200 match cards. */
public final class ReportBench {

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        Messages messages = Messages.forLanguage(Language.nl);
        List<Block> blocks = new ArrayList<>();
        for (int b = 0; b < 12; b++) {
            blocks.add(new Block(String.valueOf((char) ('A' + b)), "Blok " + b + " met een titel", Optional.of(10), Optional.empty(),
                    "", "", false, List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), Origin.NONE));
        }
        Draaiboek draaiboek = new Draaiboek("Lange avond", "", Optional.empty(), "Bewoners", "Beslissen", "", Optional.empty(), Optional.empty(),
                "Buurthuis", List.of("Anna"), List.of(), List.of(), Optional.empty(), blocks, Origin.NONE);
        OffsetDateTime at = OffsetDateTime.parse("2026-11-24T19:30:00+01:00");
        List<SessionEvent> events = new ArrayList<>();
        events.add(new SessionEvent.SessionStarted(at, draaiboek.title()));
        for (int b = 0; b < 12; b++) {
            String key = blocks.get(b).code();
            events.add(new SessionEvent.BlockStarted(at.plusMinutes(b * 10L), key));
            for (int n = 0; n < 42; n++) {
                boolean word = b == 0;
                events.add(new SessionEvent.Note(at.plusMinutes(b * 10L + n / 5), key, "", word ? "woord" + (n % 9)
                        : "Notitie " + n + " van Zoë, Şahin en Øyvind over groen, spelen en veiligheid in de straat",
                        word ? SessionEvent.Note.WORD : ""));
            }
            events.add(new SessionEvent.BlockEnded(at.plusMinutes(b * 10L + 10), key));
        }
        events.add(new SessionEvent.SessionEnded(at.plusMinutes(120)));
        List<MatchCards.Card> cards = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            cards.add(new MatchCards.Card(1 + i / 100, "Bewoner " + i + " Ünver", List.of("Ambtenaar " + i + " Şahin"),
                    List.of("groen", "spelen"), 1 + i % 100, "19:40 – 19:55"));
        }
        // warm up once, then time one run of each
        SessionReport.render(draaiboek, events, List.of(), messages, Anonymiser.off(), at);
        MatchCards.render(cards, "Avond", List.of("Wat is succes?"), false, messages);
        resetPeaks();
        long start = System.nanoTime();
        byte[] report = SessionReport.render(draaiboek, events, List.of(), messages, Anonymiser.off(), at);
        double reportMs = (System.nanoTime() - start) / 1e6;
        long reportPeak = peakHeap();
        resetPeaks();
        start = System.nanoTime();
        byte[] cardPdf = MatchCards.render(cards, "Avond", List.of("Wat is succes?"), false, messages);
        double cardsMs = (System.nanoTime() - start) / 1e6;
        long cardsPeak = peakHeap();
        int pages;
        try (var document = Loader.loadPDF(report)) {
            pages = document.getNumberOfPages();
        }
        long notes = events.stream().filter(SessionEvent.Note.class::isInstance).count();
        System.out.printf("session report: %d notes, %d pages, %d KiB: %.0f ms, peak heap %d MiB%n", notes, pages,
                report.length / 1024, reportMs, reportPeak / (1024 * 1024));
        System.out.printf("200 match cards: %d KiB: %.0f ms, peak heap %d MiB%n", cardPdf.length / 1024, cardsMs,
                cardsPeak / (1024 * 1024));
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
