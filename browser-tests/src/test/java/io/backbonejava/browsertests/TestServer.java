package io.backbonejava.browsertests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Serves the compiled test app from the classpath folder {@code test-app/} on an ephemeral loopback port.
 * A path naming a file there gets the file; any other GET gets {@code index.html}, as a single page app's
 * server does, so that a scenario can be opened, and reloaded, at any path below its name (pushState).
 */
final class TestServer implements AutoCloseable {
    private static final String ROOT = "test-app/";

    private final HttpServer server;

    TestServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    /** The server's address, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String file = path.length() > 1 && !path.endsWith("/") && !path.contains("..") ? path.substring(1) : null;
            byte[] body = file == null ? null : resource(file);
            String type = file == null ? null : contentType(file);
            if (body == null || type == null) {
                body = resource("index.html");
                type = "text/html; charset=utf-8";
            }
            if (body == null) {
                throw new IllegalStateException("test-app/index.html is not on the classpath: run mvn process-classes");
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = TestServer.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static String contentType(String file) {
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (file.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (file.endsWith(".json")) {
            return "application/json";
        }
        if (file.endsWith(".css")) {
            return "text/css";
        }
        return null;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
