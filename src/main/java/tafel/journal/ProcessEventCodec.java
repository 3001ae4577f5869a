package tafel.journal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tafel.antwerp.Money;
import tafel.antwerp.ProcessEvent;
import tafel.antwerp.ProcessStep;

/**
 * The journal format of an Antwerp process: one JSON object per line, {@code type}, {@code at}
 * and {@code entry} first. Amounts are euros as JSON numbers (dot decimals). Documented in
 * docs/journal-format.md.
 */
public final class ProcessEventCodec {

    /** Per theme, how many people supported it; absent in journals written before support rules. */
    private static Map<String, Integer> supporters(JsonNode json, int line) {
        Map<String, Integer> supporters = new LinkedHashMap<>();
        JsonNode node = json.path("supporters");
        if (!node.isObject()) {
            return supporters;
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getValue().canConvertToInt() || field.getValue().asInt() < 0) {
                throw new JournalException(line, "journal.field.missing", "supporters");
            }
            supporters.put(field.getKey(), field.getValue().asInt());
        });
        return supporters;
    }

    private static final DateTimeFormatter AT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ObjectMapper mapper;

    public ProcessEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String encode(ProcessEvent event) {
        ObjectNode json = mapper.createObjectNode().put("type", event.type()).put("at", AT.format(event.at()))
                .put("entry", event.entry());
        if (event instanceof ProcessEvent.ThemesChosen chosen) {
            json.put("evening", chosen.evening()).put("table", chosen.table());
            strings(json.putArray("themes"), chosen.themes());
            chosen.replaces().ifPresent(entry -> json.put("replaces", entry));
            chosen.client().ifPresent(client -> json.put("client", client));
        } else if (event instanceof ProcessEvent.BudgetSplit split) {
            json.put("table", split.table());
            ObjectNode amounts = json.putObject("amounts");
            split.amounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> amounts.put(entry.getKey(), new BigDecimal(Money.plain(entry.getValue()))));
            split.replaces().ifPresent(entry -> json.put("replaces", entry));
            split.client().ifPresent(client -> json.put("client", client));
            split.participants().ifPresent(count -> json.put("participants", count));
            if (!split.supporters().isEmpty()) {
                ObjectNode supporters = json.putObject("supporters");
                split.supporters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(entry -> supporters.put(entry.getKey(), entry.getValue()));
            }
        } else if (event instanceof ProcessEvent.ProjectsChosen chosen) {
            json.put("round", chosen.round()).put("table", chosen.table());
            strings(json.putArray("projects"), chosen.projects());
            chosen.replaces().ifPresent(entry -> json.put("replaces", entry));
            chosen.client().ifPresent(client -> json.put("client", client));
        } else if (event instanceof ProcessEvent.TieResolved resolved) {
            strings(json.putArray("themes"), resolved.themes());
        } else if (event instanceof ProcessEvent.StepClosed closing) {
            json.put("step", closing.step().command()).put("part", closing.part());
        } else if (event instanceof ProcessEvent.StepReopened opening) {
            json.put("step", opening.step().command()).put("part", opening.part());
        } else if (event instanceof ProcessEvent.Undone undone) {
            json.put("undoes", undone.undoes());
        }
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public ProcessEvent decode(JournalReader.Record record) {
        ObjectNode json = record.json();
        int line = record.line();
        String type = text(json, "type", line);
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(text(json, "at", line), AT);
        } catch (DateTimeParseException invalid) {
            throw new JournalException(line, "journal.field.missing", "at");
        }
        int entry = whole(json, "entry", line);
        Optional<Integer> replaces = json.has("replaces") ? Optional.of(whole(json, "replaces", line)) : Optional.empty();
        Optional<String> client = json.has("client") ? Optional.of(text(json, "client", line)) : Optional.empty();
        return switch (type) {
            case "themes_chosen" -> new ProcessEvent.ThemesChosen(at, entry, text(json, "evening", line),
                    text(json, "table", line), strings(json, "themes", line), replaces, client);
            case "budget_split" -> new ProcessEvent.BudgetSplit(at, entry, text(json, "table", line),
                    amounts(json, line), replaces, client,
                    json.has("participants") ? Optional.of(whole(json, "participants", line)) : Optional.empty(),
                    supporters(json, line));
            case "projects_chosen" -> new ProcessEvent.ProjectsChosen(at, entry, text(json, "round", line),
                    text(json, "table", line), strings(json, "projects", line), replaces, client);
            case "tie_resolved" -> new ProcessEvent.TieResolved(at, entry, strings(json, "themes", line));
            case "step_closed" -> new ProcessEvent.StepClosed(at, entry, step(json, line), text(json, "part", line));
            case "step_reopened" -> new ProcessEvent.StepReopened(at, entry, step(json, line), text(json, "part", line));
            case "undone" -> new ProcessEvent.Undone(at, entry, whole(json, "undoes", line));
            default -> throw new JournalException(line, "journal.type.unknown", type);
        };
    }

    private static ProcessStep step(ObjectNode json, int line) {
        String written = text(json, "step", line);
        return ProcessStep.named(written).orElseThrow(() -> new JournalException(line, "journal.field.missing", "step"));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> strings(ObjectNode json, String field, int line) {
        JsonNode node = json.get(field);
        if (node == null || !node.isArray()) {
            throw new JournalException(line, "journal.field.missing", field);
        }
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Map<String, Long> amounts(ObjectNode json, int line) {
        JsonNode node = json.get("amounts");
        if (node == null || !node.isObject()) {
            throw new JournalException(line, "journal.field.missing", "amounts");
        }
        Map<String, Long> amounts = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isNumber()) {
                throw new JournalException(line, "journal.field.missing", "amounts");
            }
            try {
                amounts.put(field.getKey(), field.getValue().decimalValue().movePointRight(2).longValueExact());
            } catch (ArithmeticException notCents) {
                throw new JournalException(line, "journal.field.missing", "amounts");
            }
        }
        return amounts;
    }

    private static String text(ObjectNode json, String field, int line) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new JournalException(line, "journal.field.missing", field);
        }
        return value.asText();
    }

    private static int whole(ObjectNode json, String field, int line) {
        JsonNode value = json.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new JournalException(line, "journal.field.missing", field);
        }
        return value.asInt();
    }
}
