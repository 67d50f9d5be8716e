package io.backbonejava.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backbonejava.Attributes;
import io.backbonejava.Collection;
import io.backbonejava.EventOptions;
import io.backbonejava.Failure;
import io.backbonejava.Model;
import io.backbonejava.Options;
import io.backbonejava.Request;
import io.backbonejava.Sync;
import io.backbonejava.server.DemoServer;
import io.backbonejava.server.ServerConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RestSync over JdkHttpTransport against the real demo server, started in-process on a free loopback port
 * with an in-memory database and three routes only this test installs: one that fails with a 500, one that
 * answers too late, one that answers with a body that is not JSON.
 */
class DemoServerSyncTest {
    private static DemoServer server;
    private static URI base;

    private final List<Failure> errors = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        server = DemoServer.start(ServerConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .jdbcUrl("jdbc:h2:mem:backbone-sync-test;DB_CLOSE_DELAY=-1")
                .configure(javalin -> {
                    javalin.routes.get("/api/test/boom", ctx -> {
                        throw new IllegalStateException("the test's deliberate server fault");
                    });
                    javalin.routes.get("/api/test/slow", ctx -> {
                        try {
                            Thread.sleep(3000);
                        } catch (InterruptedException stopping) {
                            return;
                        }
                        ctx.contentType("application/json").result("[]");
                    });
                    javalin.routes.get("/api/test/garbage", ctx -> ctx.status(200)
                            .contentType("application/json").result("{\"title\": oops"));
                })
                .build());
        base = URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void installSync() {
        Sync.setDefault(new RestSync(new JdkHttpTransport(base).timeout(Duration.ofSeconds(10))));
    }

    @AfterEach
    void removeSync() {
        Sync.setDefault(null);
    }

    private Collection<Model> todos() {
        Collection<Model> todos = new Collection<Model>().url("/api/todos");
        todos.on("error", e -> errors.add((Failure) e.arg(1)));
        return todos;
    }

    private Model todo(Object id) {
        Model model = new Model(Attributes.of("id", id)).urlRoot("/api/todos");
        model.on("error", e -> errors.add((Failure) e.arg(1)));
        return model;
    }

    @Test
    void createFetchUpdatePatchAndDelete() {
        Collection<Model> todos = todos();

        // Create: POST, and the server's id and defaults come back into the model.
        Model milk = todos.create(Attributes.of("title", "Buy milk", "order", 1));
        assertFalse(milk.isNew());
        assertTrue(milk.id() instanceof Double);
        assertEquals(false, milk.get("completed"));
        Model bread = todos.create(Attributes.of("title", "  Bread  ", "order", 2), new Options().wait(true));
        assertEquals("Bread", bread.get("title"));
        assertEquals(2, todos.length());

        // Fetch: a fresh collection reads both.
        Collection<Model> reloaded = todos();
        Request read = reloaded.fetch();
        assertTrue(read.isResolved());
        assertTrue(reloaded.pluck("title").containsAll(List.of("Buy milk", "Bread")));

        // Update: PUT of the whole todo, the id sent back as a whole number.
        Request update = milk.save("completed", true);
        assertTrue(update.isResolved(), String.valueOf(update.failure()));
        Model check = todo(milk.id());
        check.fetch();
        assertEquals(true, check.get("completed"));
        assertEquals("Buy milk", check.get("title"));

        // Patch: only the title is sent; what was there stays.
        List<String> bodies = new ArrayList<>();
        milk.on("request", e -> bodies.add(String.valueOf(EventOptions.of(e).options().attrs())));
        Request patch = milk.save(Attributes.of("title", "Buy oat milk"), new Options().patch(true));
        assertTrue(patch.isResolved(), String.valueOf(patch.failure()));
        assertEquals(List.of("{title=Buy oat milk}"), bodies);
        check.fetch();
        assertEquals("Buy oat milk", check.get("title"));
        assertEquals(true, check.get("completed"));

        // Delete: gone from the collection and from the server.
        Request delete = milk.destroy(new Options().wait(true));
        assertTrue(delete.isResolved(), String.valueOf(delete.failure()));
        assertFalse(todos.contains(milk));
        assertTrue(check.fetch().isRejected());
        assertEquals(404, errors.get(errors.size() - 1).status());
        bread.destroy();
    }

    @Test
    void notFoundIsA404WithTheServersMessageAndChangesNothing() {
        Model missing = todo(987654.0);
        Request request = missing.fetch();
        assertTrue(request.isRejected());
        assertEquals(1, errors.size());
        Failure failure = errors.get(0);
        assertEquals(404, failure.status());
        assertEquals(Failure.ERROR, failure.textStatus());
        assertEquals("Todo not found", failure.responseMap().get("error"));
        assertEquals(Attributes.of("id", 987654.0), missing.attributes());
    }

    @Test
    void anInvalidTitleIsA422AndAWaitingSaveSetsNothing() {
        Collection<Model> todos = todos();
        Model milk = todos.create(Attributes.of("title", "Buy milk"));
        assertTrue(errors.isEmpty());

        Request waiting = milk.save(Attributes.of("title", "   "), new Options().wait(true));
        assertTrue(waiting.isRejected());
        Failure failure = waiting.failure();
        assertEquals(422, failure.status());
        assertEquals("title", failure.responseMap().get("field"));
        assertEquals("Title must not be empty", failure.responseMap().get("error"));
        assertEquals("Buy milk", milk.get("title"));

        // Without wait the refused value stays in the model, as in Backbone.
        milk.save(Attributes.of("title", ""));
        assertEquals(422, errors.get(errors.size() - 1).status());
        assertEquals("", milk.get("title"));
        milk.destroy();
    }

    @Test
    void aServerFaultIsA500() {
        Model model = todo(1.0);
        Request request = model.fetch(new Options().url("/api/test/boom"));
        assertTrue(request.isRejected());
        assertEquals(500, request.failure().status());
        assertEquals("Internal server error", request.failure().responseMap().get("error"));
        assertEquals(1, errors.size());
    }

    @Test
    void aRefusedConnectionIsANetworkFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Collection<Model> todos = todos();
        todos.sync(new RestSync(new JdkHttpTransport(URI.create("http://127.0.0.1:" + closedPort + "/"))));
        Request request = todos.fetch();
        assertTrue(request.isRejected());
        assertEquals(0, request.failure().status());
        assertEquals(Failure.ERROR, request.failure().textStatus());
        assertNotNull(request.failure().errorThrown());
        assertEquals(1, errors.size());
        assertEquals(0, todos.length());
    }

    @Test
    void aSlowAnswerIsATimeout() {
        Collection<Model> todos = todos();
        long start = System.nanoTime();
        Request request = todos.fetch(new HttpOptions().timeout(300).in(new Options().url("/api/test/slow")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(request.isRejected());
        assertEquals(Failure.TIMEOUT, request.failure().textStatus());
        assertEquals(0, request.failure().status());
        assertTrue(millis < 2500, "took " + millis + " ms");
        assertEquals(1, errors.size());
    }

    @Test
    void aBodyThatIsNotJsonIsAParserError() {
        Model model = todo(1.0);
        Request request = model.fetch(new Options().url("/api/test/garbage"));
        assertTrue(request.isRejected());
        Failure failure = request.failure();
        assertEquals(200, failure.status());
        assertEquals(Failure.PARSER_ERROR, failure.textStatus());
        assertEquals("{\"title\": oops", failure.responseText());
        assertNull(failure.responseJSON());
        assertEquals(Attributes.of("id", 1.0), model.attributes());
    }

    @Test
    void theAsynchronousTransportDeliversOnTheModelsThreadAndCanAbort() throws InterruptedException {
        ExecutorService modelThread = Executors.newSingleThreadExecutor();
        try {
            Sync.setDefault(new RestSync(new JdkHttpTransport(base, modelThread)));
            List<Object> outcomes = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(2);
            modelThread.execute(() -> {
                Collection<Model> todos = todos();
                todos.create(Attributes.of("title", "Async"), new Options().wait(true).success((m, resp, o) -> {
                    outcomes.add(((Model) m).get("title"));
                    outcomes.add(Thread.currentThread().getName());
                    ((Model) m).destroy().always(done::countDown);
                }));
                Request slow = todos.fetch(new Options().url("/api/test/slow"));
                slow.always(done::countDown);
                slow.abort();
            });
            assertTrue(done.await(10, TimeUnit.SECONDS));
            CountDownLatch read = new CountDownLatch(1);
            modelThread.execute(read::countDown);
            assertTrue(read.await(5, TimeUnit.SECONDS));
            assertEquals("Async", outcomes.get(0));
            assertTrue(String.valueOf(outcomes.get(1)).startsWith("pool-"));
            assertEquals(1, errors.size());
            assertEquals(Failure.ABORT, errors.get(0).textStatus());
        } finally {
            modelThread.shutdownNow();
        }
    }

    @Test
    void jsonFromTheServerIsReadAsTheBrowserReadsIt() {
        Collection<Model> todos = todos();
        Model model = todos.create(Attributes.of("title", "Caf\u00e9 \"quoted\" \u2713", "order", 7));
        Collection<Model> reloaded = todos();
        reloaded.fetch();
        Model same = reloaded.get(model.id());
        assertNotNull(same);
        assertEquals("Caf\u00e9 \"quoted\" \u2713", same.get("title"));
        assertEquals(7.0, same.get("order"));
        Map<String, Object> json = same.toJSON();
        assertEquals(Set.of("id", "title", "completed", "order", "version"), json.keySet());
        assertEquals(1.0, json.get("version"));
        model.destroy();
    }
}
