package tafel.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tafel.antwerp.AntwerpRules;
import tafel.antwerp.BudgetWeighting;
import tafel.antwerp.ProcessStep;
import tafel.antwerp.Project;
import tafel.antwerp.ThemeCatalogue;
import tafel.antwerp.Unspent;
import tafel.app.AntwerpProcess;
import tafel.app.FacilitatorDesk;
import tafel.app.TafelException;
import tafel.app.ProjectEntries;
import tafel.app.RoomAccess;
import tafel.app.RoomDesk;
import tafel.i18n.Messages;
import tafel.presentation.OutcomeViews;

/**
 * The room's HTTP server on the JDK's own {@code com.sun.net.httpserver}: pages for the tables'
 * phones and the projector, and the JSON API they use (docs/room-api.md). It holds no rule of its
 * own: every entry goes to {@link RoomDesk}, every view to presentation.
 */
public final class RoomServer implements AutoCloseable {

    /** Larger than any table's entry; a larger body is refused unread. */
    static final int MAX_BODY = 64 * 1024;
    /** A client id is journaled with its entry: long enough for any uuid, short enough for the journal. */
    static final int MAX_ID = 100;

    private final HttpServer server;
    private final RoomDesk desk;
    private final FacilitatorDesk facilitator;
    private final RoomAccess access;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final EventStreams streams = new EventStreams();
    private final Map<String, RateLimit> limits = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(64);

    private RoomServer(HttpServer server, RoomDesk desk, FacilitatorDesk facilitator, RoomAccess access) {
        this.server = server;
        this.desk = desk;
        this.facilitator = facilitator;
        this.access = access;
    }

    /** Starts serving on {@code bind:port} (port 0: a free one). */
    public static RoomServer start(String bind, int port, RoomDesk desk, RoomAccess access) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        RoomServer room = new RoomServer(server, desk, new FacilitatorDesk(desk), access);
        server.setExecutor(room.workers);
        server.createContext("/", room::route);
        server.start();
        return room;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && (path.equals("/") || path.equals("/projector"))) {
                Responses.page(exchange, "projector.html");
            } else if (method.equals("GET") && path.startsWith("/t/")) {
                Responses.page(exchange, "table.html");
            } else if (method.equals("GET") && path.startsWith("/f/")) {
                Responses.page(exchange, "facilitator.html");
            } else if (method.equals("GET") && path.equals("/api/room")) {
                room(exchange);
            } else if (path.startsWith("/api/admin")) {
                admin(exchange, method, path);
            } else if (method.equals("GET") && path.equals("/api/results")) {
                results(exchange);
            } else if (method.equals("GET") && path.equals("/api/table")) {
                table(exchange);
            } else if (method.equals("POST") && path.equals("/api/entries")) {
                entry(exchange);
            } else if (method.equals("GET") && path.equals("/api/stream")) {
                streams.serve(exchange);
            } else {
                Responses.error(json, exchange, 404, Responses.messages(exchange).get("room.notFound"));
            }
        } catch (RuntimeException unexpected) {
            // never a stack trace in a response: the facilitator's terminal has --debug for that
            Responses.error(json, exchange, 500, Responses.messages(exchange).get("room.internal"));
        }
    }

    private void results(HttpExchange exchange) throws IOException {
        StringWriter text = new StringWriter();
        synchronized (desk) {
            AntwerpProcess process = desk.process();
            OutcomeViews.printJson(new PrintWriter(text), process, process.outcome(), null, Responses.messages(exchange));
        }
        Responses.json(exchange, 200, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What a table's page needs: its table, the themes, the selected ones and the budget, the ballot. */
    private void table(HttpExchange exchange) throws IOException {
        Optional<String> table = bearer(exchange).flatMap(access::tableOf);
        if (table.isEmpty()) {
            Responses.error(json, exchange, 401, Responses.messages(exchange).get("room.token.unknown"));
            return;
        }
        ObjectNode root = json.createObjectNode().put("table", table.get());
        synchronized (desk) {
            AntwerpProcess process = desk.process();
            var outcome = process.outcome();
            root.put("title", process.contents().title()).put("budget", process.rules().themesBudget())
                    .put("themes_per_table", process.rules().themesPerTable())
                    .put("projects_per_table", process.rules().projectsPerTable())
                    .put("step", desk.step()).put("round", desk.round());
            ProcessStep step = ProcessStep.named(desk.step()).orElseThrow();
            root.put("closed", process.state().isClosed(step, switch (step) {
                case THEMES -> RoomDesk.EVENING;
                case BUDGET -> "";
                case PROJECTS -> desk.round();
            }));
            // what the budget form asks: the people at the table when the rules count them, chips instead of euros
            AntwerpRules rules = process.rules();
            root.put("ask_participants", rules.chips().isPresent() || rules.budgetWeighting() == BudgetWeighting.PARTICIPANTS
                            || rules.minSupportShare().isPresent())
                    // support rules: per theme, how many of the table's people put something on it
                    .put("ask_support", rules.minSupportShare().isPresent())
                    // chips directly on plans: the budget form lists the plans, not the themes
                    .put("direct", process.direct())
                    .put("participants", process.rosterPeople(table.get()).orElse(0))
                    .put("unspent_allowed", rules.unspent() == Unspent.ALLOW);
            rules.chips().ifPresent(chips -> root.putObject("chips").put("per_participant", chips.perParticipant())
                    .put("value", chips.value()));
            ArrayNode themes = root.putArray("themes");
            process.contents().catalogue().themes().forEach(theme -> themes.add(theme.name()));
            ArrayNode selected = root.putArray("selected");
            ThemeCatalogue options = process.budgetCatalogue();
            process.budgetKeys().forEach(id -> selected.addObject().put("id", id).put("name", options.byId(id).name()));
            ArrayNode ballot = root.putArray("ballot");
            for (Project project : ProjectEntries.ballot(outcome).values()) {
                ballot.addObject().put("id", project.id()).put("title", project.title()).put("theme", project.theme());
            }
        }
        Responses.json(exchange, 200, json.writeValueAsBytes(root));
    }

    private void entry(HttpExchange exchange) throws IOException {
        Messages messages = Responses.messages(exchange);
        Optional<String> token = bearer(exchange);
        if (token.isEmpty()) {
            Responses.error(json, exchange, 401, messages.get("room.token.unknown"));
            return;
        }
        Optional<byte[]> body = writing(exchange, token.get(), messages);
        if (body.isEmpty()) {
            return;
        }
        RoomDesk.Request request;
        try {
            request = request(json.readTree(body.get()));
        } catch (IOException | IllegalArgumentException unreadable) {
            Responses.error(json, exchange, 400, messages.get("room.unreadable"));
            return;
        }
        RoomDesk.Answer answer = desk.enter(token.get(), request, messages.locale());
        switch (answer.status()) {
            case CREATED, ALREADY_CREATED -> {
                ObjectNode saved = json.createObjectNode().put("entry", answer.entry()).put("table", answer.table());
                ArrayNode understood = saved.putArray("understood");
                answer.understood().forEach(understood::add);
                Responses.json(exchange, answer.status() == RoomDesk.Answer.Status.CREATED ? 201 : 200,
                        json.writeValueAsBytes(saved));
                if (answer.status() == RoomDesk.Answer.Status.CREATED) {
                    changed(answer.entry());
                }
            }
            case UNAUTHORIZED -> Responses.error(json, exchange, 401, messages.get(answer.problems().get(0)));
            case FORBIDDEN -> Responses.error(json, exchange, 403, messages.get(answer.problems().get(0)));
            case CLOSED -> Responses.error(json, exchange, 409, messages.get(answer.problems().get(0)));
            case CONFIRM -> {
                ObjectNode ask = json.createObjectNode();
                ask.put("error", String.join("; ", answer.problems().stream().map(messages::get).toList()));
                ArrayNode confirm = ask.putArray("confirm");
                answer.problems().forEach(consequence -> confirm.add(messages.get(consequence)));
                Responses.json(exchange, 409, json.writeValueAsBytes(ask));
            }
            default -> {
                ObjectNode refused = json.createObjectNode();
                refused.put("error", String.join("; ", answer.problems().stream().map(messages::get).toList()));
                ArrayNode problems = refused.putArray("problems");
                answer.problems().forEach(problem -> problems.add(messages.get(problem)));
                Responses.json(exchange, 422, json.writeValueAsBytes(refused));
            }
        }
    }

    /** What every page may know of the room: its step and round, and what the projector shows. */
    private void room(HttpExchange exchange) throws IOException {
        ObjectNode root = json.createObjectNode();
        synchronized (desk) {
            root.put("title", desk.process().contents().title()).put("step", desk.step()).put("round", desk.round());
        }
        root.put("view", facilitator.view());
        Responses.json(exchange, 200, json.writeValueAsBytes(root));
    }

    /** The facilitator's calls: only with the facilitator's token, which no table's page holds. */
    private void admin(HttpExchange exchange, String method, String path) throws IOException {
        Messages messages = Responses.messages(exchange);
        Optional<String> token = bearer(exchange);
        if (token.isEmpty() || !access.isAdmin(token.get())) {
            boolean table = token.flatMap(access::tableOf).isPresent();
            Responses.error(json, exchange, table ? 403 : 401, messages.get(table ? "room.admin.only" : "room.token.unknown"));
            return;
        }
        if (method.equals("GET") && path.equals("/api/admin")) {
            Responses.json(exchange, 200, json.writeValueAsBytes(AdminViews.overview(json, facilitator.overview())));
            return;
        }
        if (!method.equals("POST")) {
            Responses.error(json, exchange, 404, messages.get("room.notFound"));
            return;
        }
        Optional<byte[]> body = writing(exchange, token.get(), messages);
        if (body.isEmpty()) {
            return;
        }
        JsonNode node;
        try {
            node = json.readTree(body.get());
        } catch (IOException unreadable) {
            Responses.error(json, exchange, 400, messages.get("room.unreadable"));
            return;
        }
        try {
            ObjectNode done = json.createObjectNode();
            switch (path) {
                case "/api/admin/undo" -> {
                    Optional<AntwerpProcess.Withdrawn> withdrawn;
                    if (node.path("entry").canConvertToInt()) {
                        withdrawn = Optional.of(facilitator.undo(node.get("entry").asInt(),
                                ProcessStep.named(node.path("step").asText())));
                    } else if (!node.has("entry") && ProcessStep.named(node.path("step").asText()).isPresent()) {
                        withdrawn = facilitator.undoLast(ProcessStep.named(node.get("step").asText()).get(),
                                node.path("table").isTextual() ? Optional.of(node.get("table").asText()) : Optional.empty());
                    } else {
                        Responses.error(json, exchange, 400, messages.get("room.unreadable"));
                        return;
                    }
                    withdrawn.ifPresent(undone -> done.put("undone", undone.entry()).put("what", undone.what())
                            .put("entry", desk.process().state().nextEntry() - 1));
                }
                case "/api/admin/close" -> {
                    Optional<ProcessStep> step = ProcessStep.named(node.path("step").asText());
                    if (step.isEmpty()) {
                        Responses.error(json, exchange, 400, messages.get("room.step.unknown", node.path("step").asText()));
                        return;
                    }
                    facilitator.close(step.get(), node.path("closed").asBoolean(true)).ifPresent(entry -> done.put("entry", entry));
                }
                case "/api/admin/tie" -> done.put("entry", facilitator.pickTie(texts(node.path("themes"))));
                case "/api/admin/view" -> {
                    if (!facilitator.show(node.path("view").asText())) {
                        Responses.error(json, exchange, 400, messages.get("room.view.unknown", String.join(", ",
                                new TreeSet<>(FacilitatorDesk.VIEWS))));
                        return;
                    }
                    done.put("view", facilitator.view());
                    Responses.json(exchange, 200, json.writeValueAsBytes(done));
                    streams.send("view", "{\"view\":\"" + facilitator.view() + "\"}");
                    return;
                }
                default -> {
                    Responses.error(json, exchange, 404, messages.get("room.notFound"));
                    return;
                }
            }
            Responses.json(exchange, 200, json.writeValueAsBytes(done));
            if (done.has("entry")) {
                changed(done.get("entry").asInt());
            }
        } catch (TafelException refused) {
            Responses.error(json, exchange, 422, messages.get(refused.phrase()));
        }
    }

    /**
     * The body of a write, or empty when it was answered already: at most 30 writes in 10 seconds
     * per token (a phone in a loop cannot crowd out the others), at most {@link #MAX_BODY} bytes.
     */
    private Optional<byte[]> writing(HttpExchange exchange, String token, Messages messages) throws IOException {
        if (!limits.computeIfAbsent(token, key -> new RateLimit(30, 10_000)).allow(System.nanoTime())) {
            Responses.error(json, exchange, 429, messages.get("room.tooFast"));
            return Optional.empty();
        }
        Optional<byte[]> body = body(exchange);
        if (body.isEmpty()) {
            Responses.error(json, exchange, 413, messages.get("room.tooLarge", MAX_BODY / 1024));
        }
        return body;
    }

    private RoomDesk.Request request(JsonNode node) {
        if (!node.isObject() || !node.path("id").isTextual() || !node.path("step").isTextual()
                || node.get("id").asText().isBlank() || node.get("id").asText().length() > MAX_ID) {
            throw new IllegalArgumentException("id (1 to " + MAX_ID + " characters) and step are required");
        }
        // amounts go to the entry rules as written, so a bad one is refused with the prompt's own message
        Map<String, String> split = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.path("split").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (!value.isIntegralNumber() && !value.isTextual()) {
                throw new IllegalArgumentException("amount");
            }
            split.put(field.getKey(), value.isIntegralNumber() ? value.bigIntegerValue().toString() : value.asText());
        }
        return new RoomDesk.Request(node.get("id").asText(), node.get("step").asText(),
                node.path("table").isTextual() ? Optional.of(node.get("table").asText()) : Optional.empty(),
                node.path("evening").asText("1"), node.path("round").asText("1"), texts(node.path("themes")), split,
                texts(node.path("projects")), node.path("replace").asBoolean(true),
                node.path("participants").isIntegralNumber() || node.path("participants").isTextual()
                        ? Optional.of(node.get("participants").asText()) : Optional.empty());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private void changed(int entry) {
        streams.send("change", "{\"entry\":" + entry + "}");
    }

    private static Optional<String> bearer(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            return Optional.of(header.substring("Bearer ".length()).strip());
        }
        return Optional.empty();
    }

    private static Optional<byte[]> body(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BODY) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(body.toByteArray());
    }

    @Override
    public void close() {
        streams.close();
        server.stop(0);
        workers.shutdownNow();
    }
}
