package io.backbonejava.browsertests;

import io.backbonejava.server.DemoServer;
import io.backbonejava.server.ServerConfig;
import io.javalin.http.staticfiles.Location;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real demo server (Javalin, with its REST resource {@code /api/todos} on an in-memory H2 database)
 * serving the compiled test app on an ephemeral loopback port, so that the app's XHR requests to
 * {@code /api/...} are same-origin. The scenario paths given get {@code index.html} at any depth (Javalin's
 * single-page root), as {@link TestServer} does for every path.
 *
 * <p>It also installs routes only the tests have, under {@code /api/test/}: {@code boom} fails with a 500,
 * {@code slow} answers after {@link #SLOW_MILLIS}, {@code garbage} answers 200 with a body that is not JSON;
 * and it records the method and path of every {@code /api/} request, for tests that check what the page
 * sent.
 *
 * <p>Unlike {@link TestServer}, whose responses are {@code no-store}, the app's page here is cacheable
 * ({@code max-age=0}): HtmlUnit keeps a document in its session history only then, which is what lets Back
 * and Forward between pushState entries stay in the same document (with {@code popstate}) instead of
 * loading the page again.
 */
final class AppServer implements AutoCloseable {
    /** How long {@code /api/test/slow} takes to answer. */
    static final long SLOW_MILLIS = 3000;

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final DemoServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    /**
     * Starts the server.
     *
     * @param scenarios the scenario names whose paths, and every path below them, get the app's page
     */
    AppServer(String... scenarios) {
        Path app = appDirectory();
        String index = app.resolve("index.html").toString();
        server = DemoServer.start(ServerConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .jdbcUrl("jdbc:h2:mem:browser-tests-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1")
                .staticDir(app)
                .configure(javalin -> {
                    for (String scenario : scenarios) {
                        javalin.spaRoot.addFile("/" + scenario, index, Location.EXTERNAL);
                    }
                    javalin.routes.before("/api/*", ctx -> requests.add(ctx.method() + " " + ctx.path()));
                    javalin.routes.get("/api/test/boom", ctx -> {
                        throw new IllegalStateException("the browser test's deliberate server fault");
                    });
                    javalin.routes.get("/api/test/slow", ctx -> {
                        try {
                            Thread.sleep(SLOW_MILLIS);
                        } catch (InterruptedException stopping) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        ctx.contentType("application/json").result("[]");
                    });
                    javalin.routes.get("/api/test/garbage", ctx -> ctx.status(200)
                            .contentType("application/json").result("{\"title\": oops"));
                })
                .build());
    }

    /** The folder of the compiled test app on the test classpath ({@code target/classes/test-app}). */
    private static Path appDirectory() {
        URL index = AppServer.class.getClassLoader().getResource("test-app/index.html");
        if (index == null) {
            throw new IllegalStateException("test-app/index.html is not on the classpath: run mvn process-classes");
        }
        try {
            return Path.of(index.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server's address, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The {@code /api/} requests received so far, as {@code "PATCH /api/todos/3"}, oldest first. */
    List<String> requests() {
        synchronized (requests) {
            return new ArrayList<>(requests);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
