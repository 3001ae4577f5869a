package tafel.journal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tafel.session.SessionEvent;
import tafel.session.SessionRules;
import tafel.text.Phrase;

/**
 * The journal format of live-session events: one JSON object per line with {@code type} and
 * {@code at} (ISO-8601 with offset) first, then the event's fields. Documented in
 * docs/journal-format.md; field order is fixed so journals compare byte for byte.
 */
public final class SessionEventCodec {

    private static final DateTimeFormatter AT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ObjectMapper mapper;

    public SessionEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String encode(SessionEvent event) {
        ObjectNode json = mapper.createObjectNode().put("type", event.type()).put("at", AT.format(event.at()));
        if (event instanceof SessionEvent.SessionStarted started) {
            json.put("title", started.title());
            started.plannedStart().ifPresent(planned -> json.put("planned_start", AT.format(planned)));
        } else if (event instanceof SessionEvent.BlockStarted started) {
            json.put("block", started.block());
        } else if (event instanceof SessionEvent.BlockEnded ended) {
            json.put("block", ended.block());
        } else if (event instanceof SessionEvent.Paused paused) {
            json.put("block", paused.block());
        } else if (event instanceof SessionEvent.Resumed resumed) {
            json.put("block", resumed.block());
        } else if (event instanceof SessionEvent.Adjusted adjusted) {
            json.put("block", adjusted.block()).put("minutes", adjusted.minutes());
        } else if (event instanceof SessionEvent.PartSkipped skipped) {
            json.put("block", skipped.block()).put("part", skipped.part());
        } else if (event instanceof SessionEvent.Note note) {
            json.put("block", note.block());
            if (!note.part().isEmpty()) {
                json.put("part", note.part());
            }
            json.put("text", note.text());
            if (!note.tag().isEmpty()) {
                json.put("tag", note.tag());
            }
        }
        try {
            return mapper.writeValueAsString(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** @throws JournalException naming the line when the record is not a session event */
    public SessionEvent decode(JournalReader.Record record) {
        ObjectNode json = record.json();
        int line = record.line();
        String type = text(json, "type", line);
        OffsetDateTime at = at(json, "at", line);
        return switch (type) {
            case "session_started" -> new SessionEvent.SessionStarted(at, optional(json, "title"),
                    json.has("planned_start") ? java.util.Optional.of(at(json, "planned_start", line)) : java.util.Optional.empty());
            case "block_started" -> new SessionEvent.BlockStarted(at, text(json, "block", line));
            case "block_ended" -> new SessionEvent.BlockEnded(at, text(json, "block", line));
            case "paused" -> new SessionEvent.Paused(at, text(json, "block", line));
            case "resumed" -> new SessionEvent.Resumed(at, text(json, "block", line));
            case "adjusted" -> new SessionEvent.Adjusted(at, text(json, "block", line), minutes(json, line));
            case "note" -> new SessionEvent.Note(at, text(json, "block", line), optional(json, "part"),
                    text(json, "text", line), optional(json, "tag"));
            case "part_skipped" -> new SessionEvent.PartSkipped(at, text(json, "block", line), text(json, "part", line));
            case "session_ended" -> new SessionEvent.SessionEnded(at);
            case "session_reopened" -> new SessionEvent.SessionReopened(at);
            default -> throw new JournalException(line, "journal.type.unknown", type);
        };
    }

    private static String text(ObjectNode json, String field, int line) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new JournalException(line, "journal.field.missing", field);
        }
        return value.asText();
    }

    private static String optional(ObjectNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() ? value.asText() : "";
    }

    private static int whole(ObjectNode json, String field, int line) {
        JsonNode value = json.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new JournalException(line, "journal.field.missing", field);
        }
        return value.asInt();
    }

    /** An adjustment of more than a day either way is no correction of a timer but a damaged line. */
    private static int minutes(ObjectNode json, int line) {
        int minutes = whole(json, "minutes", line);
        if (Math.abs((long) minutes) > SessionRules.MAX_ADJUST_MINUTES) {
            throw new JournalException(line, "journal.value.invalid", "minutes", minutes,
                    Phrase.of("journal.rule.minutes", SessionRules.MAX_ADJUST_MINUTES));
        }
        return minutes;
    }

    private static OffsetDateTime at(ObjectNode json, String field, int line) {
        try {
            return OffsetDateTime.parse(text(json, field, line), AT);
        } catch (DateTimeParseException invalid) {
            throw new JournalException(line, "journal.field.missing", field);
        }
    }
}
