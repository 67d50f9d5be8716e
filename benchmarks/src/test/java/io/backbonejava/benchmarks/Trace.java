package io.backbonejava.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A Chromium performance trace around one timed click, taken through a second DevTools connection (the JDK's
 * WebSocket client on the browser's debugging address), since Selenium's raw commands cannot receive the
 * protocol's events. Each run writes the trace's {@code Tracing.dataCollected} messages, one a line, for
 * {@code tools/trace_phases.py} to sum up per phase (script, style, layout, paint, GC).
 */
final class Trace implements AutoCloseable {
    private static final String CATEGORIES = "\"devtools.timeline\",\"disabled-by-default-devtools.timeline\","
            + "\"v8\",\"disabled-by-default-v8.gc\",\"blink\",\"cc\",\"blink.user_timing\"";

    private final WebSocket socket;
    private final List<String> messages = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private CompletableFuture<Void> complete = new CompletableFuture<>();
    private int nextId = 1;

    Trace(String debuggerAddress) {
        try {
            HttpClient client = HttpClient.newHttpClient();
            String version = client.send(HttpRequest.newBuilder(URI.create("http://" + debuggerAddress
                    + "/json/version")).build(), HttpResponse.BodyHandlers.ofString()).body();
            String key = "\"webSocketDebuggerUrl\": \"";
            int start = version.indexOf(key) + key.length();
            String url = version.substring(start, version.indexOf('"', start));
            socket = client.newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                        String message = partial.toString();
                        partial.setLength(0);
                        if (message.contains("\"Tracing.dataCollected\"")) {
                            messages.add(message);
                        } else if (message.contains("\"Tracing.tracingComplete\"")) {
                            complete.complete(null);
                        }
                    }
                    webSocket.request(1);
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot reach Chromium's DevTools at " + debuggerAddress, e);
        }
    }

    /** Starts recording. */
    void start() {
        messages.clear();
        complete = new CompletableFuture<>();
        send("Tracing.start", "{\"traceConfig\":{\"includedCategories\":[" + CATEGORIES
                + "]},\"transferMode\":\"ReportEvents\"}");
        sleep(300);
    }

    /** Stops recording and writes what was recorded to {@code file}. */
    void stop(Path file) {
        send("Tracing.end", "{}");
        try {
            complete.get(30, TimeUnit.SECONDS);
            Files.write(file, messages, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the trace did not complete", e);
        }
    }

    private void send(String method, String params) {
        socket.sendText("{\"id\":" + nextId++ + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                .join();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
    }
}
