package tafel.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tafel.antwerp.ProcessStep;
import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.app.RoomAccess;
import tafel.app.TableEntry;
import tafel.app.TafelException;
import tafel.i18n.Messages;
import tafel.io.antwerp.ProcessFolder;
import tafel.text.Phrase;

/**
 * The laptop's entry prompt while the room's server runs: entries and withdrawals go to the
 * server with the facilitator's token, so the server stays the folder's one writer. Its answers
 * come in the prompt's language, as the server words them.
 */
public final class RoomClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String base;
    private final String token;
    private final Messages messages;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = JsonMapper.builder().build();

    private RoomClient(String base, String token, Messages messages) {
        this.base = base;
        this.token = token;
        this.messages = messages;
    }

    /**
     * The folder's running server, when one said where it answers and does answer there to this
     * folder's facilitator token (an address left by a crash may now belong to another folder's server).
     */
    public static Optional<RoomClient> find(ProcessFolder folder, Messages messages) {
        return RoomAccess.announced(folder).map(found -> new RoomClient(found.getKey(), found.getValue(), messages))
                .filter(RoomClient::answers);
    }

    public String base() {
        return base;
    }

    private boolean answers() {
        try {
            return http.send(request("api/admin").GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | IllegalArgumentException nobody) {
            return false;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A table's entry as typed at the prompt.
     *
     * @param part    the evening (themes) or round (projects); ignored for the budget
     * @param items   themes, "theme=amount" items or projects, as typed
     * @param replace whether the table's earlier entry may be replaced without asking
     */
    public TableEntry enter(ProcessStep step, String part, String table, List<String> items, boolean replace) {
        ObjectNode body = json.createObjectNode().put("id", "laptop-" + UUID.randomUUID()).put("step", step.command())
                .put("table", table).put("replace", replace).put("evening", part).put("round", part);
        switch (step) {
            case THEMES -> strings(body.putArray("themes"), items);
            case PROJECTS -> strings(body.putArray("projects"), items);
            case BUDGET -> {
                ObjectNode split = body.putObject("split");
                for (String item : items) {
                    int equals = item.lastIndexOf('=');
                    split.put(equals < 0 ? item : item.substring(0, equals).strip(), equals < 0 ? "" : item.substring(equals + 1));
                }
            }
        }
        Optional<Answer> answer = post("api/entries", body);
        if (answer.isEmpty()) {
            return TableEntry.refused(List.of(unreachable()));
        }
        JsonNode reply = answer.get().body();
        return switch (answer.get().status()) {
            case 200, 201 -> TableEntry.saved(reply.path("entry").asInt(), reply.path("table").asText(table),
                    texts(reply.path("understood")));
            case 409 -> reply.has("confirm") ? TableEntry.confirm(phrases(reply.path("confirm")))
                    : TableEntry.refused(List.of(said(reply.path("error").asText())));
            default -> TableEntry.refused(reply.has("problems") ? phrases(reply.path("problems"))
                    : List.of(said(reply.path("error").asText())));
        };
    }

    /** Withdraws the last entry of a step that counts (or a table's); empty when there was none. */
    public Optional<AntwerpProcess.Withdrawn> undoLast(ProcessStep step, Optional<String> table) {
        ObjectNode body = json.createObjectNode().put("step", step.command());
        table.ifPresent(label -> body.put("table", label));
        return withdrawn(post("api/admin/undo", body).orElseThrow(this::failure));
    }

    /**
     * Withdraws one entry.
     *
     * @throws TafelException exit 65 when the server refuses, 73 when it cannot be reached
     */
    public AntwerpProcess.Withdrawn undo(int entry, ProcessStep step) {
        Answer answer = post("api/admin/undo", json.createObjectNode().put("entry", entry).put("step", step.command()))
                .orElseThrow(this::failure);
        if (answer.status() != 200) {
            throw TafelException.of(ExitCode.BAD_DATA, "room.client.said", answer.body().path("error").asText());
        }
        return withdrawn(answer).orElseThrow(() -> TafelException.of(ExitCode.BAD_DATA, "antwerp.undo.unknown", entry));
    }

    private static Optional<AntwerpProcess.Withdrawn> withdrawn(Answer answer) {
        JsonNode reply = answer.body();
        return reply.has("undone") ? Optional.of(new AntwerpProcess.Withdrawn(reply.get("undone").asInt(),
                reply.path("what").asText())) : Optional.empty();
    }

    private record Answer(int status, JsonNode body) {
    }

    private Optional<Answer> post(String path, ObjectNode body) {
        try {
            HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Optional.of(new Answer(response.statusCode(), json.readTree(response.body())));
        } catch (IOException unreachable) {
            return Optional.empty();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                .header("Accept-Language", messages.locale().getLanguage());
    }

    private Phrase unreachable() {
        return Phrase.of("room.client.unreachable", base);
    }

    private TafelException failure() {
        return TafelException.of(ExitCode.CANNOT_WRITE, "room.client.unreachable", base);
    }

    private static Phrase said(String text) {
        return Phrase.of("room.client.said", text);
    }

    private static List<Phrase> phrases(JsonNode texts) {
        List<Phrase> phrases = new ArrayList<>();
        texts.forEach(text -> phrases.add(said(text.asText())));
        return phrases;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
