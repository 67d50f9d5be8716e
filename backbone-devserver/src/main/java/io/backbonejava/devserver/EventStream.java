package io.backbonejava.devserver;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The pages' side channel: server-sent events to every open page ({@code building}, {@code reload},
 * {@code compile-error} with the errors as text). A page that connects while the last build failed gets
 * the errors at once, so reloading by hand never shows a stale app without them.
 */
final class EventStream {
    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
    private volatile String errors;

    void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        clients.add(exchange);
        write(exchange, "retry: 500\n\n");
        String current = errors;
        if (current != null) {
            write(exchange, message("compile-error", current));
        }
    }

    void ok() {
        errors = null;
    }

    void failed(String text) {
        errors = text;
        send("compile-error", text);
    }

    void send(String event, String data) {
        String message = message(event, data);
        for (HttpExchange client : clients) {
            write(client, message);
        }
    }

    void close() {
        clients.forEach(HttpExchange::close);
        clients.clear();
    }

    // One data: line per line of text, as the format wants.
    private static String message(String event, String data) {
        return "event: " + event + "\ndata: " + data.replace("\r", "").replace("\n", "\ndata: ") + "\n\n";
    }

    private void write(HttpExchange client, String text) {
        try {
            OutputStream out = client.getResponseBody();
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // The page went away (a reload closes its stream): forget it.
            clients.remove(client);
            client.close();
        }
    }
}
