package io.backbonejava.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.backbonejava.server.TestHttp.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many clients writing at once lose nothing and never share an id: on H2 here, on PostgreSQL in
 * {@link ConcurrencyPostgresTest}.
 */
class ConcurrencyTest {

    private static final int CLIENTS = 20;
    private static final int TODOS_PER_CLIENT = 50;

    @TempDir
    Path dataDir;

    /** Where the server stores its todos: an H2 file in a temporary folder. */
    ServerConfig.Builder database(ServerConfig.Builder builder) {
        return builder.dataDir(dataDir);
    }

    @Test
    void twentyClientsCreatingFiftyTodosEachStoreExactlyOneThousandWithUniqueIds() throws Exception {
        try (DemoServer server = DemoServer.start(database(ServerConfig.builder().port(0)).build())) {
            long begin = System.nanoTime();
            TestHttp http = new TestHttp(server.port());
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Map<Long, String>>> results = new ArrayList<>();
            try {
                for (int client = 0; client < CLIENTS; client++) {
                    int c = client;
                    results.add(pool.submit(() -> {
                        go.await();
                        Map<Long, String> created = new HashMap<>();
                        for (int i = 0; i < TODOS_PER_CLIENT; i++) {
                            String title = "client " + c + " todo " + i;
                            Reply reply = http.post("/api/todos", "{\"title\":\"" + title + "\",\"order\":" + i + "}");
                            assertEquals(201, reply.status(), reply.body());
                            JsonNode todo = reply.json();
                            assertEquals(title, todo.get("title").asText());
                            created.put(todo.get("id").asLong(), title);
                        }
                        return created;
                    }));
                }
                go.countDown();
            } finally {
                pool.shutdown();
            }
            assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS), "clients finished");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
            System.out.printf("%s: %d x %d concurrent creates in %d ms (%.0f per second)%n", getClass().getSimpleName(),
                    CLIENTS, TODOS_PER_CLIENT, millis, CLIENTS * TODOS_PER_CLIENT * 1000.0 / Math.max(1, millis));

            // Every acknowledged id is distinct across all clients...
            Map<Long, String> acknowledged = new HashMap<>();
            for (Future<Map<Long, String>> result : results) {
                for (Map.Entry<Long, String> e : result.get().entrySet()) {
                    assertEquals(null, acknowledged.put(e.getKey(), e.getValue()), "id handed out twice: " + e.getKey());
                }
            }
            assertEquals(CLIENTS * TODOS_PER_CLIENT, acknowledged.size());

            // ...and the stored list holds exactly those todos.
            JsonNode list = http.get("/api/todos").json();
            assertEquals(CLIENTS * TODOS_PER_CLIENT, list.size());
            Set<Long> storedIds = new HashSet<>();
            for (JsonNode todo : list) {
                long id = todo.get("id").asLong();
                assertTrue(storedIds.add(id), "id listed twice: " + id);
                assertEquals(acknowledged.get(id), todo.get("title").asText());
            }
            assertEquals(acknowledged.keySet(), storedIds);
        }
    }
}
