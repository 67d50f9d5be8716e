package io.backbonejava.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backbonejava.server.TestHttp.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The server on PostgreSQL from the command line: the URL's password never reaches the log or a message. */
@ExtendWith(PostgresCluster.Shared.class)
class DemoServerPostgresTest {

    @TempDir
    Path tempDir;

    @Test
    void theLogShowsTheUrlWithItsPasswordMasked() throws Exception {
        String url = PostgresCluster.shared().newDatabase();
        ServerProcess process = ServerProcess.launch(tempDir, "--port=0", "--jdbc-url=" + url);
        try {
            int port = process.awaitPort();
            assertEquals(201, new TestHttp(port).post("/api/todos", "{\"title\":\"x\"}").status());
        } finally {
            process.kill();
        }
        String log = process.stderr();
        assertTrue(log.contains(JdbcUrls.mask(url)), log);
        assertFalse(log.contains(PostgresCluster.PASSWORD), log);
    }

    @Test
    void aStartThatFailsShowsNoPassword() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        String wrongPassword = cluster.url("postgres").replace(PostgresCluster.PASSWORD, "wrong-secret-0815");
        // pgjdbc takes no user:password@ in its URLs, so it finds no driver and quotes the URL.
        String userInfo = "jdbc:postgresql://postgres:" + PostgresCluster.PASSWORD + "@127.0.0.1:" + cluster.port() + "/postgres";
        for (String url : new String[] {wrongPassword, userInfo}) {
            String secret = url == wrongPassword ? "wrong-secret-0815" : PostgresCluster.PASSWORD;
            ServerProcess process = ServerProcess.launch(tempDir, "--port=0", "--jdbc-url=" + url);
            assertEquals(1, process.waitForExit(60), process.stderr());
            String log = process.stderr();
            assertTrue(log.contains("Could not start: Cannot open database " + JdbcUrls.mask(url)), log);
            assertFalse(log.contains(secret), log);

            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> DemoServer.start(ServerConfig.builder().port(0).jdbcUrl(url).build()));
            for (Throwable t = error; t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains(secret), t.toString());
            }
        }
    }

    @Test
    void aPostgresRestartLosesNoTodoAndCostsAtMostA503() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        try (DemoServer server = DemoServer.start(ServerConfig.builder().port(0).jdbcUrl(cluster.newDatabase()).build())) {
            TestHttp http = new TestHttp(server.port());
            // Several clients at once, so the pool holds several connections that the restart will cut.
            List<Callable<Integer>> creates = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                creates.add(() -> http.post("/api/todos", "{\"title\":\"before\"}").status());
            }
            ExecutorService clients = Executors.newFixedThreadPool(6);
            try {
                for (Future<Integer> status : clients.invokeAll(creates)) {
                    assertEquals(201, status.get());
                }
            } finally {
                clients.shutdown();
            }

            cluster.restart();

            // Requests on connections the restart cut may fail, as a 503 a client can retry, never a 500.
            int attempts = 0;
            Reply reply;
            do {
                reply = http.get("/api/todos");
                attempts++;
                assertTrue(reply.status() == 200 || reply.status() == 503, reply.status() + " " + reply.body());
            } while (reply.status() != 200 && attempts < 2 * TodoStore.MAX_CONNECTIONS);
            assertEquals(200, reply.status(), "after " + attempts + " attempts: " + reply.body());
            assertEquals(6, reply.json().size());
            assertEquals(201, http.post("/api/todos", "{\"title\":\"after\"}").status());
            System.out.println("After a PostgreSQL restart: " + (attempts - 1) + " request(s) answered 503");
        }
    }
}
