package tafel.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;

/**
 * Server-Sent Events to every open page: one event per change, a comment now and then so that
 * proxies and phones keep the connection, and a page that went away is forgotten at the next write.
 */
final class EventStreams {

    private static final long KEEP_ALIVE_MILLIS = 15_000;

    private final List<OutputStream> open = new CopyOnWriteArrayList<>();

    /** Holds the exchange open (on its own worker thread) until the page goes away or the server stops. */
    void serve(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("event: hello\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        open.add(out);
        Object waiting = new Object();
        synchronized (waiting) {
            try {
                while (open.contains(out)) {
                    waiting.wait(KEEP_ALIVE_MILLIS);
                    write(out, ": keep-alive\n\n");
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void send(String event, String data) {
        for (OutputStream out : open) {
            write(out, "event: " + event + "\ndata: " + data + "\n\n");
        }
    }

    void close() {
        open.clear();
    }

    private void write(OutputStream out, String text) {
        try {
            synchronized (out) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException gone) {
            open.remove(out);
        }
    }
}
