package tafel.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jline.builtins.ScreenTerminal;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.json.JsonMapper;

import tafel.draaiboek.Draaiboek;
import tafel.draaiboek.Drafts;
import tafel.i18n.Language;
import tafel.i18n.Messages;
import tafel.journal.Journal;
import tafel.journal.JournalReader;
import tafel.journal.JournaledSession;
import tafel.journal.SessionEventCodec;
import tafel.session.SessionCommand;
import tafel.session.SessionView;
import tafel.templates.TemplateCatalog;

class FullScreenSessionTest {

    // The virtual terminal runs on a pseudo-terminal whose pump thread logs an I/O error when the
    // test closes it; that is the end of the test, not a failure. (Held in a field: loggers are
    // weakly referenced, and a collected one would forget its level.)
    private static final java.util.logging.Logger JLINE = java.util.logging.Logger.getLogger("org.jline");

    static {
        JLINE.setLevel(java.util.logging.Level.OFF);
    }

    private static final Draaiboek LEERSESSIE = Drafts.valid(TemplateCatalog.text("leersessie-bewoners-ambtenaren"));
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant START = Instant.parse("2026-11-24T18:30:00Z");

    private static String text(List<AttributedString> lines) {
        StringBuilder screen = new StringBuilder();
        lines.forEach(line -> screen.append(line.toString()).append('\n'));
        return screen.toString();
    }

    private static JournaledSession startedSession(Journal journal) throws Exception {
        JournaledSession session = new JournaledSession(LEERSESSIE, List.of(), journal,
                new SessionEventCodec(JsonMapper.builder().build()));
        session.execute(new SessionCommand.Start(), START.atZone(AMSTERDAM).toOffsetDateTime());
        return session;
    }

    @Test
    void theTimerFitsAn80By24ScreenWithEverythingTheFacilitatorNeeds(@TempDir Path folder) throws Exception {
        try (Journal journal = Journal.open(folder.resolve("events.jsonl"))) {
            JournaledSession session = startedSession(journal);
            OffsetDateTime start = START.atZone(AMSTERDAM).toOffsetDateTime();
            session.execute(new SessionCommand.Next(), start.plusMinutes(5));
            session.execute(new SessionCommand.Next(), start.plusMinutes(17));
            OffsetDateTime now = start.plusMinutes(25).plusSeconds(30);
            TimerScreen screen = new TimerScreen(Messages.forLanguage(Language.nl), true);
            List<AttributedString> lines = screen.render(SessionView.of(session.state(), now, 2),
                    ScreenState.initial(), now, 80, 24);
            assertThat(lines).hasSize(24).allMatch(line -> line.columnLength() <= 80);
            String text = text(lines);
            assertThat(text).contains("Leersessie met bewoners en ambtenaren").contains("19:55  3/5")
                    .contains("C  Rondetafelgesprekken").contains("Rondetafelgesprek")
                    .contains("nu: C.2 Proces in kaart brengen")
                    .contains("█████").contains("blok C: nog 31:30 van 40:00")
                    .contains("gepland 19:45 · begonnen 19:47 (+2 min)")
                    .contains("hierna: D Pauze").contains("spatie pauze/verder");
            assertThat(lines.get(20).toString()).startsWith("━");

            List<AttributedString> small = screen.render(SessionView.of(session.state(), now, 2),
                    ScreenState.initial(), now, 60, 14);
            assertThat(small).hasSize(14).allMatch(line -> line.columnLength() <= 60);
            assertThat(text(small)).contains("6:30").contains("blok C: nog 31:30 van 40:00");
            // the part's countdown in big digits from 60x16 up, and filling the screen at 160x48
            String sixty = text(screen.render(SessionView.of(session.state(), now, 2), ScreenState.initial(), now, 60, 16));
            assertThat(sixty).contains("█████ █████").contains("blok C: nog 31:30 van 40:00").contains("q beëindigen");
            List<AttributedString> projector = screen.render(SessionView.of(session.state(), now, 2), ScreenState.initial(),
                    now, 160, 48);
            assertThat(projector.stream().filter(line -> line.toString().contains("██████████████████████████████")))
                    .hasSizeGreaterThanOrEqualTo(18);
            // the instructions with the block's questions, scrolled a line at a time on a small screen
            ScreenState instructions = ScreenState.initial().withMode(ScreenState.Mode.INSTRUCTIONS);
            String top = text(screen.render(SessionView.of(session.state(), now, 2), instructions, now, 60, 16));
            String further = text(screen.render(SessionView.of(session.state(), now, 2), instructions.scrolled(40), now, 60, 16));
            assertThat(top).contains("C  Rondetafelgesprekken", "↓ meer");
            assertThat(further).contains("C.2  Proces in kaart brengen").doesNotContain("C  Rondetafelgesprekken");
        }
    }

    @Test
    void theInstructionsShowTheBlocksQuestions(@TempDir Path folder) throws Exception {
        try (Journal journal = Journal.open(folder.resolve("events.jsonl"))) {
            JournaledSession session = startedSession(journal);
            OffsetDateTime start = START.atZone(AMSTERDAM).toOffsetDateTime();
            session.execute(new SessionCommand.Next(), start.plusMinutes(5));
            OffsetDateTime now = start.plusMinutes(7);
            String panel = text(new TimerScreen(Messages.forLanguage(Language.nl), true).render(
                    SessionView.of(session.state(), now, 2), ScreenState.initial().withMode(ScreenState.Mode.INSTRUCTIONS),
                    now, 100, 40));
            assertThat(panel).contains("B  ", "Vragen", " ? ");
        }
    }

    @Test
    void overrunAndPauseAreSpelledOut(@TempDir Path folder) throws Exception {
        try (Journal journal = Journal.open(folder.resolve("events.jsonl"))) {
            JournaledSession session = startedSession(journal);
            OffsetDateTime start = START.atZone(AMSTERDAM).toOffsetDateTime();
            TimerScreen screen = new TimerScreen(Messages.forLanguage(Language.en), false);
            OffsetDateTime late = start.plusMinutes(6).plusSeconds(5);
            String over = text(screen.render(SessionView.of(session.state(), late, 2), ScreenState.initial(), late, 100, 30));
            assertThat(over).contains("OVER TIME by 1:05");
            session.execute(new SessionCommand.Pause(), late);
            String paused = text(screen.render(SessionView.of(session.state(), late.plusMinutes(3), 2),
                    ScreenState.initial(), late.plusMinutes(3), 100, 30));
            assertThat(paused).contains("PAUSED");
            String help = text(screen.render(SessionView.of(session.state(), late, 2),
                    ScreenState.initial().withMode(ScreenState.Mode.HELP), late, 80, 24));
            assertThat(help).contains("+ / -    one minute more / less for this block");
        }
    }

    /** The whole loop on a virtual 80x24 terminal: keys in, journal and screen out. */
    @Test
    void keysOnAVirtualTerminalReachTheJournalAndTheScreen(@TempDir Path folder) throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream keyInput = new PipedInputStream(keys);
        ByteArrayOutputStream screenBytes = new ByteArrayOutputStream();
        Terminal terminal = TerminalBuilder.builder().system(false).streams(keyInput, screenBytes)
                .type("xterm-256color").size(new Size(80, 24)).encoding(StandardCharsets.UTF_8).build();
        Path journalFile = folder.resolve("events.jsonl");
        SimulatedClock clock = new SimulatedClock(START, AMSTERDAM);
        ExecutorService loop = Executors.newSingleThreadExecutor();
        try (Journal journal = Journal.open(journalFile)) {
            JournaledSession session = new JournaledSession(LEERSESSIE, List.of(), journal,
                    new SessionEventCodec(JsonMapper.builder().build()));
            FullScreenSession ui = new FullScreenSession(session, clock, Messages.forLanguage(Language.nl), 2, true);
            Future<?> running = loop.submit(() -> {
                ui.run(terminal);
                return null;
            });
            type(keys, " ");
            clock.advance(java.time.Duration.ofMinutes(3));
            type(keys, "tMeer bankjes op het plein\r");
            type(keys, "wblij\r");
            type(keys, "+");
            Thread.sleep(300);
            ScreenTerminal emulator = new ScreenTerminal(80, 24);
            emulator.write(screenBytes.toString(StandardCharsets.UTF_8));
            String screen = emulator.toString();
            assertThat(screen).contains("A  Inleiding + toelichting op programma")
                    .contains("A: +1 min, nu 6 min gepland (nog 3:00)")
                    .contains("notities bij dit blok: 2");
            type(keys, "qj");
            running.get(10, TimeUnit.SECONDS);
        } finally {
            // end of input first, so the terminal's input pump stops cleanly instead of logging an error
            keys.close();
            loop.shutdownNow();
            terminal.close();
        }
        var records = JournalReader.read(journalFile, JsonMapper.builder().build()).records();
        assertThat(records).extracting(record -> record.json().get("type").asText()).containsExactly(
                "session_started", "block_started", "note", "note", "adjusted", "block_ended", "session_ended");
        assertThat(records.get(2).json().get("text").asText()).isEqualTo("Meer bankjes op het plein");
        assertThat(records.get(3).json().get("tag").asText()).isEqualTo("word");
    }

    /** Runs the timer on a virtual terminal with the session at its last block, types the keys, returns the screen. */
    private static String lastBlockThen(Path folder, SimulatedClock clock, FullScreenSession[] ui, String... keyGroups)
            throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream keyInput = new PipedInputStream(keys);
        ByteArrayOutputStream screenBytes = new ByteArrayOutputStream();
        Terminal terminal = TerminalBuilder.builder().system(false).streams(keyInput, screenBytes)
                .type("xterm-256color").size(new Size(80, 24)).encoding(StandardCharsets.UTF_8).build();
        ExecutorService loop = Executors.newSingleThreadExecutor();
        try (Journal journal = Journal.open(folder.resolve("events.jsonl"))) {
            JournaledSession session = startedSession(journal);
            OffsetDateTime at = START.atZone(AMSTERDAM).toOffsetDateTime();
            while (session.state().current() < LEERSESSIE.blocks().size() - 1) {
                at = at.plusMinutes(1);
                session.execute(new SessionCommand.Next(), at);
            }
            ui[0] = new FullScreenSession(session, clock, Messages.forLanguage(Language.en), 2, true);
            Future<?> running = loop.submit(() -> {
                ui[0].run(terminal);
                return null;
            });
            for (String group : keyGroups) {
                type(keys, group);
            }
            Thread.sleep(300);
            ScreenTerminal emulator = new ScreenTerminal(80, 24);
            emulator.write(screenBytes.toString(StandardCharsets.UTF_8));
            String screen = emulator.toString();
            terminal.raise(Terminal.Signal.INT); // what the terminal does on Ctrl-C
            running.get(10, TimeUnit.SECONDS);
            return screen;
        } finally {
            keys.close();
            loop.shutdownNow();
            terminal.close();
        }
    }

    @Test
    void nextInTheLastBlockAsksFirstAndCtrlCLeavesWithTheSessionOpen(@TempDir Path folder) throws Exception {
        SimulatedClock clock = new SimulatedClock(START.plusSeconds(3600), AMSTERDAM);
        FullScreenSession[] ui = new FullScreenSession[1];
        String screen = lastBlockThen(folder, clock, ui, "n");
        assertThat(screen).contains("Last block: end the session now?");
        var types = JournalReader.read(folder.resolve("events.jsonl"), JsonMapper.builder().build()).records().stream()
                .map(record -> record.json().get("type").asText()).toList();
        assertThat(types).doesNotContain("session_ended");
        assertThat(ui[0].interrupted()).isTrue();
    }

    @Test
    void aClockSetBackIsSaidAndTimeDoesNotRunBackwards(@TempDir Path folder) throws Exception {
        SimulatedClock clock = new SimulatedClock(START.minusSeconds(3600), AMSTERDAM);
        FullScreenSession[] ui = new FullScreenSession[1];
        String screen = lastBlockThen(folder, clock, ui);
        assertThat(screen).contains("The computer’s clock was set back by 64 min", "left of 5:00").doesNotContain("OVER TIME");
    }

    private static void type(PipedOutputStream keys, String text) throws Exception {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        Thread.sleep(150);
    }
}
