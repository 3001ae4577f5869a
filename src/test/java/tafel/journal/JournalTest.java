package tafel.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import tafel.session.SessionEvent;

class JournalTest {

    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final SessionEventCodec codec = new SessionEventCodec(mapper);
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-24T19:30:00+01:00");

    @Test
    void everyEventTypeRoundTripsThroughTheJournal(@TempDir Path folder) throws Exception {
        List<SessionEvent> events = List.of(
                new SessionEvent.SessionStarted(AT, "Avond met Zoë", java.util.Optional.of(AT.minusMinutes(5))),
                new SessionEvent.BlockStarted(AT, "A"),
                new SessionEvent.Paused(AT.plusMinutes(1), "A"),
                new SessionEvent.Resumed(AT.plusMinutes(2), "A"),
                new SessionEvent.Adjusted(AT.plusMinutes(3), "A", -2),
                new SessionEvent.Note(AT.plusMinutes(4), "A", "A.1", "Şahin: \"meer\" groen, \\ en\ttab", "word"),
                new SessionEvent.Note(AT.plusMinutes(4), "A", "", "zonder deel", ""),
                new SessionEvent.BlockEnded(AT.plusMinutes(5), "A"),
                new SessionEvent.SessionEnded(AT.plusMinutes(5)));
        Path file = folder.resolve("events.jsonl");
        try (Journal journal = Journal.open(file)) {
            journal.append(events.subList(0, 4).stream().map(codec::encode).toList());
            journal.append(events.subList(4, events.size()).stream().map(codec::encode).toList());
        }
        JournalReader.Contents contents = JournalReader.read(file, mapper);
        assertThat(contents.torn()).isEmpty();
        assertThat(contents.records()).extracting(codec::decode).containsExactlyElementsOf(events);
        assertThat(Files.readAllLines(file).get(0))
                .isEqualTo("{\"seq\":1,\"type\":\"session_started\",\"at\":\"2026-11-24T19:30:00+01:00\",\"title\":\"Avond met Zoë\","
                        + "\"planned_start\":\"2026-11-24T19:25:00+01:00\"}");
    }

    @Test
    void aCutOffLastLineIsReportedAndSetAsideNeverDeleted(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("events.jsonl");
        String good = codec.encode(new SessionEvent.BlockStarted(AT, "A")) + "\n";
        String torn = "{\"type\":\"note\",\"at\":\"2026-11-24T19:3";
        Files.writeString(file, good + good + torn);
        JournalReader.Contents contents = JournalReader.read(file, mapper);
        assertThat(contents.records()).hasSize(2);
        assertThat(contents.torn()).get().satisfies(line -> {
            assertThat(line.line()).isEqualTo(3);
            assertThat(line.text()).isEqualTo(torn);
        });
        Path side = JournalReader.setAside(file, contents.torn().get());
        assertThat(side.getFileName().toString()).isEqualTo("events.jsonl.torn-1");
        assertThat(Files.readString(side)).isEqualTo(torn);
        assertThat(Files.readString(file)).isEqualTo(good + good);
        assertThat(JournalReader.read(file, mapper).torn()).isEmpty();

        Files.writeString(file, good + "{\"type\":", java.nio.file.StandardOpenOption.APPEND);
        JournalReader.Contents again = JournalReader.read(file, mapper);
        assertThat(JournalReader.setAside(file, again.torn().orElseThrow()).getFileName().toString())
                .as("an earlier side file is kept").isEqualTo("events.jsonl.torn-2");
    }

    @Test
    void aCompleteLastLineWithoutItsLineEndIsKeptAndTheNextEntryStartsOnANewLine(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("events.jsonl");
        try (Journal journal = Journal.open(file)) {
            journal.append(List.of(codec.encode(new SessionEvent.BlockStarted(AT, "A")),
                    codec.encode(new SessionEvent.BlockEnded(AT, "A"))));
        }
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 1)); // an editor stripped the final line end
        assertThat(JournalReader.read(file, mapper).torn()).isEmpty();
        assertThat(JournalReader.read(file, mapper).records()).hasSize(2);
        try (Journal journal = Journal.open(file)) {
            journal.append(List.of(codec.encode(new SessionEvent.BlockStarted(AT, "B"))));
        }
        assertThat(JournalReader.read(file, mapper).records()).extracting(codec::decode)
                .containsExactly(new SessionEvent.BlockStarted(AT, "A"), new SessionEvent.BlockEnded(AT, "A"),
                        new SessionEvent.BlockStarted(AT, "B"));
    }

    @Test
    void aBrokenLineInTheMiddleIsDamageWithItsLineNumber(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("events.jsonl");
        String good = codec.encode(new SessionEvent.BlockStarted(AT, "A")) + "\n";
        Files.write(file, (good + "\n" + "garbage\n" + good).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> JournalReader.read(file, mapper)).isInstanceOf(JournalException.class)
                .satisfies(thrown -> assertThat(((JournalException) thrown).line()).isEqualTo(3));
    }

    @Test
    void unknownTypesAndMissingFieldsNameTheLine() {
        JournalReader.Record unknown = new JournalReader.Record(7,
                (com.fasterxml.jackson.databind.node.ObjectNode) readTree("{\"type\":\"dance\",\"at\":\"2026-11-24T19:30:00Z\"}"));
        assertThatThrownBy(() -> codec.decode(unknown)).isInstanceOf(JournalException.class)
                .hasMessage("journal.type.unknown");
        JournalReader.Record noBlock = new JournalReader.Record(8,
                (com.fasterxml.jackson.databind.node.ObjectNode) readTree("{\"type\":\"block_started\",\"at\":\"2026-11-24T19:30:00Z\"}"));
        assertThatThrownBy(() -> codec.decode(noBlock)).isInstanceOf(JournalException.class)
                .satisfies(thrown -> assertThat(((JournalException) thrown).args()).containsExactly("block"));
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
