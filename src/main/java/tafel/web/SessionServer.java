package tafel.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tafel.app.SessionCountdown;
import tafel.draaiboek.Block;
import tafel.session.SessionView;

/**
 * The countdown of a live session for the room ({@code tafel run FILE --serve}): the block, a
 * huge countdown, the next block. Read only: the terminal stays the control, so this server
 * needs no token. Pages learn of a change (next block, pause, a part skipped) within a quarter
 * of a second through Server-Sent Events and count down by themselves in between.
 */
public final class SessionServer implements AutoCloseable {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final long LOOK_MILLIS = 250;

    private final HttpServer server;
    private final SessionCountdown countdown;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final EventStreams streams = new EventStreams();
    private final ExecutorService workers = Executors.newFixedThreadPool(32);
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "tafel-countdown-watch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String shown = "";

    private SessionServer(HttpServer server, SessionCountdown countdown) {
        this.server = server;
        this.countdown = countdown;
    }

    public static SessionServer start(String bind, int port, SessionCountdown countdown) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        SessionServer room = new SessionServer(server, countdown);
        server.setExecutor(room.workers);
        server.createContext("/", room::route);
        server.start();
        room.watcher.scheduleWithFixedDelay(room::look, LOOK_MILLIS, LOOK_MILLIS, TimeUnit.MILLISECONDS);
        return room;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            boolean get = exchange.getRequestMethod().equals("GET");
            if (get && path.equals("/")) {
                Responses.page(exchange, "countdown.html");
            } else if (get && path.equals("/api/session")) {
                Responses.json(exchange, 200, json.writeValueAsBytes(view(countdown.now())));
            } else if (get && path.equals("/api/stream")) {
                streams.serve(exchange);
            } else {
                Responses.error(json, exchange, 404, Responses.messages(exchange).get("room.notFound"));
            }
        } catch (RuntimeException unexpected) {
            Responses.error(json, exchange, 500, Responses.messages(exchange).get("room.internal"));
        }
    }

    /** Tells the pages when what they show changes other than by the clock: a block, a part, a pause. */
    private void look() {
        try {
            SessionView view = countdown.now();
            String now = view.phase() + "/" + view.index() + "/" + view.part().map(Block::title).orElse("") + "/"
                    + view.planned() + "/" + view.partRemaining().isPresent() + "/" + view.warning();
            if (!now.equals(shown)) {
                shown = now;
                streams.send("change", "{}");
            }
        } catch (RuntimeException passing) {
            // a moment the state could not be read is looked at again a quarter of a second later
        }
    }

    private ObjectNode view(SessionView view) {
        ObjectNode root = json.createObjectNode().put("title", view.title())
                .put("phase", view.phase().name().toLowerCase(java.util.Locale.ROOT))
                .put("block_number", view.index() + 1).put("blocks", view.blockCount())
                .put("block", view.block().map(Block::title).orElse("")).put("work_form", view.workForm())
                .put("pause", view.block().map(Block::pause).orElse(false))
                .put("planned_seconds", view.planned().toSeconds())
                .put("remaining_seconds", seconds(view.remaining()))
                .put("warning", view.warning());
        view.part().ifPresentOrElse(part -> root.put("part", part.title()), () -> root.putNull("part"));
        view.partRemaining().ifPresentOrElse(left -> root.put("part_remaining_seconds", seconds(left)),
                () -> root.putNull("part_remaining_seconds"));
        view.next().ifPresentOrElse(next -> root.put("next", next.title()), () -> root.putNull("next"));
        view.expectedEnd().ifPresentOrElse(end -> root.put("expected_end", CLOCK.format(end)), () -> root.putNull("expected_end"));
        return root;
    }

    /** Whole seconds, rounded towards the later moment, so a countdown never shows 0:00 while time is left. */
    private static long seconds(Duration duration) {
        long whole = duration.toSeconds();
        return duration.minusSeconds(whole).isZero() || duration.isNegative() ? whole : whole + 1;
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        streams.close();
        server.stop(0);
        workers.shutdownNow();
    }
}
