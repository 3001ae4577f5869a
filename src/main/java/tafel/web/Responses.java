package tafel.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import tafel.i18n.Language;
import tafel.i18n.Messages;

/** How every server of tafel answers: pages from the jar only, JSON, errors without a stack trace. */
final class Responses {

    private Responses() {
    }

    /** A page from the jar's own web folder; no path from a request ever names the file. */
    static void page(HttpExchange exchange, String name) throws IOException {
        try (InputStream page = Responses.class.getResourceAsStream("/tafel/web/" + name)) {
            byte[] bytes = page.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Security-Policy",
                    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            send(exchange, 200, bytes);
        }
    }

    static void error(ObjectMapper json, HttpExchange exchange, int status, String message) throws IOException {
        json(exchange, status, json.writeValueAsBytes(json.createObjectNode().put("error", message)));
    }

    static void json(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, body);
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    /** Dutch when the browser prefers it, else English. */
    static Messages messages(HttpExchange exchange) {
        String accepted = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Accept-Language")).orElse("");
        return Messages.forLanguage(accepted.toLowerCase(Locale.ROOT).startsWith("nl") ? Language.nl : Language.en);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
