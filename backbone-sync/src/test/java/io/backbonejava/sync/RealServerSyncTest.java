package io.backbonejava.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.backbonejava.Attributes;
import io.backbonejava.Collection;
import io.backbonejava.Model;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue over real HTTP: {@link JdkHttpTransport} (asynchronous, outcomes delivered on one "UI" thread as
 * in a browser) against a small threaded {@link HttpServer} on an ephemeral loopback port that versions its
 * todos as the demo server does ({@code ETag}, {@code If-Match}, 412 with the current copy), answers after a
 * random delay so that replies overtake each other, and counts the requests it is serving at once.
 */
class RealServerSyncTest {
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final Map<Long, Map<String, Object>> rows = new ConcurrentHashMap<>();
    private final AtomicInteger serving = new AtomicInteger();
    private final AtomicInteger mostServing = new AtomicInteger();
    private final AtomicInteger mostServingOneTodo = new AtomicInteger();
    private final Map<Long, AtomicInteger> servingTodo = new ConcurrentHashMap<>();
    private volatile int maxDelayMillis = 30;
    private HttpServer server;
    private ExecutorService serverThreads;
    private int port;

    @BeforeEach
    void startServer() throws IOException {
        start(0);
        port = server.getAddress().getPort();
        for (long id = 1; id <= 300; id++) {
            rows.put(id, row(id, "Todo " + id, false, 1));
        }
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        serverThreads.shutdownNow();
        ui.shutdownNow();
    }

    private void start(int onPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 100);
        serverThreads = Executors.newFixedThreadPool(16);
        server.setExecutor(serverThreads);
        server.createContext("/api/todos/", this::handle);
        server.start();
    }

    private static Map<String, Object> row(long id, String title, boolean completed, long version) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", (double) id);
        row.put("title", title);
        row.put("completed", completed);
        row.put("version", (double) version);
        return row;
    }

    /** GET or PUT one todo, answering after a random delay; PUT honours If-Match. */
    @SuppressWarnings("unchecked")
    private void handle(HttpExchange exchange) throws IOException {
        long id = Long.parseLong(exchange.getRequestURI().getPath().substring("/api/todos/".length()));
        AtomicInteger mine = servingTodo.computeIfAbsent(id, k -> new AtomicInteger());
        mostServing.accumulateAndGet(serving.incrementAndGet(), Math::max);
        mostServingOneTodo.accumulateAndGet(mine.incrementAndGet(), Math::max);
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = 200;
            Map<String, Object> reply;
            synchronized (rows) {
                Map<String, Object> current = rows.get(id);
                if ("PUT".equals(exchange.getRequestMethod())) {
                    String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
                    long version = ((Double) current.get("version")).longValue();
                    if (ifMatch != null && !ifMatch.equals("\"" + version + "\"")) {
                        status = 412;
                        reply = current;
                    } else {
                        Map<String, Object> sent = (Map<String, Object>) JsonReader.parse(body);
                        reply = row(id, (String) sent.get("title"), (Boolean) sent.get("completed"), version + 1);
                        rows.put(id, reply);
                    }
                } else {
                    reply = current;
                }
            }
            // The write is done; the answer dawdles, so a later request could overtake it if one were sent.
            Thread.sleep(ThreadLocalRandom.current().nextInt(maxDelayMillis + 1));
            byte[] out = Json.write(reply).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("ETag", "\"" + ((Double) reply.get("version")).longValue() + "\"");
            exchange.sendResponseHeaders(status, out.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            mine.decrementAndGet();
            serving.decrementAndGet();
            exchange.close();
        }
    }

    private RestSync rest() {
        return new RestSync(new JdkHttpTransport(URI.create("http://127.0.0.1:" + port + "/"), ui));
    }

    private <T> T onUi(Callable<T> task) throws Exception {
        Future<T> result = ui.submit(task);
        return result.get(30, TimeUnit.SECONDS);
    }

    /** A latch released on the UI thread once the sync has nothing left to do. */
    private static CountDownLatch idle(RestSync rest) {
        CountDownLatch done = new CountDownLatch(1);
        rest.onPending(n -> {
            if (n == 0) {
                done.countDown();
            }
        });
        return done;
    }

    private Collection<Model> todos(RestSync rest, long... ids) {
        Collection<Model> todos = new Collection<Model>().url("/api/todos/");
        todos.sync(rest);
        for (long id : ids) {
            todos.add(new LinkedHashMap<>(rows.get(id)));
        }
        return todos;
    }

    @Test
    void rapidTogglesEndWithTheLastClickOnTheServer() throws Exception {
        RestSync rest = rest().versionAttribute("version");
        CountDownLatch done = idle(rest);
        Collection<Model> todos = onUi(() -> todos(rest, 1));
        boolean last = onUi(() -> {
            Model todo = todos.get(1.0);
            boolean value = false;
            for (int i = 0; i < 25; i++) {
                value = !value;
                todo.save("completed", value);
            }
            todo.save("title", "Renamed");
            return value;
        });
        assertTrue(done.await(30, TimeUnit.SECONDS));
        assertEquals(last, rows.get(1L).get("completed"));
        assertEquals("Renamed", rows.get(1L).get("title"));
        assertEquals(1, mostServingOneTodo.get());
        // Joined saves: far fewer requests than clicks, each one carrying the version the last one made.
        long version = ((Double) rows.get(1L).get("version")).longValue();
        assertTrue(version <= 3, "version " + version);
        assertEquals(Boolean.FALSE, onUi(() -> todos.get(1.0).hasUnsavedChanges()));
        assertEquals(last, onUi(() -> todos.get(1.0).get("completed")));
    }

    @Test
    void aBulkChangeKeepsTheRequestsInFlightBounded() throws Exception {
        RestSync rest = rest().maxInFlight(4);
        CountDownLatch done = idle(rest);
        long[] ids = new long[300];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i + 1;
        }
        maxDelayMillis = 5;
        Collection<Model> todos = onUi(() -> todos(rest, ids));
        onUi(() -> {
            for (Model todo : todos.models()) {
                todo.save("completed", true);
            }
            return null;
        });
        assertTrue(done.await(60, TimeUnit.SECONDS));
        for (long id : ids) {
            assertEquals(Boolean.TRUE, rows.get(id).get("completed"), "todo " + id);
        }
        assertTrue(mostServing.get() <= 4, "most in flight " + mostServing.get());
        assertTrue(mostServing.get() >= 2, "requests went one by one: " + mostServing.get());
    }

    @Test
    void aServerThatGoesAwayAndComesBackGetsTheLastStateThroughRetries() throws Exception {
        RestSync rest = rest().retry(RetryPolicy.backoff(20, 200));
        CountDownLatch done = idle(rest);
        CountDownLatch offline = new CountDownLatch(1);
        CountDownLatch online = new CountDownLatch(1);
        rest.onOffline(offline::countDown);
        rest.onOnline(online::countDown);
        Collection<Model> todos = onUi(() -> todos(rest, 5));
        server.stop(0);
        serverThreads.shutdownNow();
        onUi(() -> todos.get(5.0).save("completed", true));
        assertTrue(offline.await(30, TimeUnit.SECONDS));
        onUi(() -> todos.get(5.0).save("title", "Saved while down"));
        assertEquals(Boolean.TRUE, onUi(() -> rest.isOffline() && rest.pending() == 1
                && todos.get(5.0).hasUnsavedChanges()));
        start(port);
        assertTrue(online.await(30, TimeUnit.SECONDS));
        assertTrue(done.await(30, TimeUnit.SECONDS));
        assertEquals(Boolean.TRUE, rows.get(5L).get("completed"));
        assertEquals("Saved while down", rows.get(5L).get("title"));
        assertFalse(onUi(() -> todos.get(5.0).hasUnsavedChanges()));
    }

    @Test
    void aStaleTabLearnsOfTheConflictWithTheServersCopy() throws Exception {
        RestSync first = rest().versionAttribute("version");
        RestSync second = rest().versionAttribute("version");
        Collection<Model> tabA = onUi(() -> todos(first, 9));
        Collection<Model> tabB = onUi(() -> todos(second, 9));
        CountDownLatch aDone = idle(first);
        onUi(() -> tabA.get(9.0).save("title", "Renamed in A"));
        assertTrue(aDone.await(30, TimeUnit.SECONDS));

        List<Object> conflicts = new ArrayList<>();
        CountDownLatch conflict = new CountDownLatch(1);
        onUi(() -> tabB.get(9.0).on("conflict", e -> {
            conflicts.add(((Map<?, ?>) e.arg(1)).get("title"));
            conflict.countDown();
        }));
        onUi(() -> tabB.get(9.0).save("completed", true));
        assertTrue(conflict.await(30, TimeUnit.SECONDS));
        assertEquals("[Renamed in A]", conflicts.toString());
        assertEquals("Renamed in A", rows.get(9L).get("title"));
        assertEquals(Boolean.FALSE, rows.get(9L).get("completed"));
    }
}
