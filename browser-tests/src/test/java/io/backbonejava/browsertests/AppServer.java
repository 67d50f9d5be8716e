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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

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
 *
 * <p>One server is shared by the test classes of a run: annotate the class with
 * {@code @ExtendWith(AppServer.Shared.class)} and call {@link #shared()}.
 */
final class AppServer implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    /** How long {@code /api/test/slow} takes to answer. */
    static final long SLOW_MILLIS = 4000;

    /** The scenarios the shared server gives the page at every path below their name. */
    private static final String[] SCENARIOS = {"push-routing", "rest-sync", "book-form"};

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile AppServer shared;

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
                    // The demo server's policy lets a page connect to its own origin only; #other-origin
                    // fetches from another loopback port on purpose, so the test app may connect there too.
                    javalin.routes.after(ctx -> {
                        String policy = ctx.res().getHeader("Content-Security-Policy");
                        if (policy != null) {
                            ctx.header("Content-Security-Policy",
                                    policy.replace("connect-src 'self'", "connect-src 'self' http://127.0.0.1:*"));
                        }
                    });
                    javalin.routes.get("/api/test/boom", ctx -> {
                        throw new IllegalStateException("the browser test's deliberate server fault");
                    });
                    // Answered from a timer rather than a sleeping request thread, so stopping does not wait.
                    javalin.routes.get("/api/test/slow", ctx -> ctx.future(() -> CompletableFuture.runAsync(
                            () -> ctx.contentType("application/json").result("[]"),
                            CompletableFuture.delayedExecutor(SLOW_MILLIS, TimeUnit.MILLISECONDS))));
                    javalin.routes.get("/api/test/garbage", ctx -> ctx.status(200)
                            .contentType("application/json").result("{\"title\": oops"));
                })
                .build());
    }

    /** The server of this run; see {@link Shared}. */
    static AppServer shared() {
        if (shared == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(AppServer.Shared.class)");
        }
        return shared;
    }

    /** Starts the shared server once per run, in the root store that closes it when the run ends. */
    static final class Shared implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            shared = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(AppServer.class, key -> new AppServer(SCENARIOS), AppServer.class);
        }
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
