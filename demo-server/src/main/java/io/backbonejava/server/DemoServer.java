package io.backbonejava.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Todo app's backend: serves the app's static files at {@code /} and the REST resource
 * {@code /api/todos} that Backbone's {@code Collection.fetch} and {@code Model.save} talk to,
 * storing todos in an embedded H2 database or any JDBC database such as PostgreSQL. It also serves the
 * reading-list example at {@code /reading-list/} with its resource {@code /api/books} ({@link BookApi}),
 * kept in memory.
 *
 * <p>Run it as {@code java -jar demo-server.jar [--port=N] [--data-dir=PATH] ...} (see
 * {@link ServerConfig#USAGE}), or start it from code, as the tests do:
 *
 * <pre>{@code
 * try (DemoServer server = DemoServer.start(ServerConfig.builder().port(0).build())) {
 *     URI todos = URI.create("http://127.0.0.1:" + server.port() + "/api/todos");
 *     ...
 * }
 * }</pre>
 */
public final class DemoServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoServer.class);

    private final Javalin app;
    private final TodoStore store;
    private boolean stopped;

    private DemoServer(Javalin app, TodoStore store) {
        this.app = app;
        this.store = store;
    }

    /**
     * Opens the database (creating the data directory and table when missing) and starts
     * listening; returns once requests are being served.
     *
     * @param config where to listen and where to store todos
     * @return the running server
     * @throws IllegalStateException when the database cannot be opened or the port not bound
     */
    public static DemoServer start(ServerConfig config) {
        TodoStore store = openStore(config);
        try {
            TodoApi api = new TodoApi(store);
            Javalin app = Javalin.create(javalin -> {
                javalin.startup.showJavalinBanner = false;
                javalin.startup.showOldJavalinVersionWarning = false;
                // 405 with an Allow header beats a 404 for "DELETE /api/todos".
                javalin.http.prefer405over404 = true;
                javalin.http.maxRequestSize = TodoApi.MAX_BODY_BYTES;
                javalin.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
                // Security headers on every response Jetty writes, set before any handler runs.
                javalin.jetty.modifyHttpConfiguration(http -> http.addCustomizer((request, headers) -> {
                    SecurityHeaders.addTo(headers);
                    return request;
                }));
                // Before anything is served: a request naming another host may come from a rebound DNS name.
                AllowedHosts hosts = config.hostCheck();
                if (!hosts.allowsAny()) {
                    javalin.routes.before(ctx -> {
                        if (!hosts.allows(ctx.header("Host"))) {
                            throw new ApiError(421, "Host not allowed: start the server with --allowed-hosts to"
                                    + " accept it");
                        }
                    });
                }
                if (config.staticDir().isPresent()) {
                    javalin.staticFiles.add(config.staticDir().get().toAbsolutePath().toString(), Location.EXTERNAL);
                } else {
                    javalin.staticFiles.add("/public", Location.CLASSPATH);
                }
                api.register(javalin);
                // The reading-list example's books: in memory, validated field by field.
                new BookApi().register(javalin);
                config.configurer().accept(javalin);
            });
            app.start(config.host(), config.port());
            return new DemoServer(app, store);
        } catch (RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
    }

    /**
     * The port the server listens on; the actual one when it was started on port 0.
     *
     * @return the bound TCP port
     */
    public int port() {
        return app.port();
    }

    /**
     * Stops listening and closes the database. Calling it again does nothing.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            app.stop();
        } finally {
            closeQuietly(store);
        }
    }

    /** Same as {@link #stop()}, for try-with-resources. */
    @Override
    public void close() {
        stop();
    }

    /**
     * Starts the server from the command line and prints {@code Todo app: http://localhost:PORT/}
     * once it listens (with the host instead of localhost when {@code --host} names another
     * interface). Bad arguments print the usage line and exit with status 2; a server that
     * cannot start exits with status 1.
     *
     * @param args see {@link ServerConfig#USAGE}
     */
    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(ServerConfig.USAGE);
            return;
        }
        ServerConfig config;
        try {
            config = ServerConfig.fromArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ServerConfig.USAGE);
            System.exit(2);
            return;
        }
        DemoServer server;
        try {
            server = start(config);
        } catch (RuntimeException e) {
            LOG.debug("Could not start", e);
            System.err.println("Could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        // Ctrl-C or SIGTERM: stop cleanly so H2 closes its file with a clean shutdown mark.
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "demo-server-shutdown"));
        System.out.println("Todo app: http://" + browserHost(config.host()) + ":" + server.port() + "/");
        System.out.flush();
    }

    // Loopback and "all interfaces" both mean the browser can use localhost.
    static String browserHost(String host) {
        switch (host) {
            case "127.0.0.1", "0.0.0.0", "::", "::1", "localhost":
                return "localhost";
            default:
                return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        }
    }

    private static TodoStore openStore(ServerConfig config) {
        try {
            if (config.usesDataDir()) {
                Files.createDirectories(config.dataDir());
            }
            TodoStore store = TodoStore.open(config.jdbcUrl());
            LOG.info("Todos stored at {}", JdbcUrls.mask(config.jdbcUrl()));
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data dir " + config.dataDir(), e);
        } catch (SQLException | RuntimeException e) {
            // Drivers and the pool may quote the URL, password and all; the cause is dropped if it would.
            String url = config.jdbcUrl();
            String message = "Cannot open database " + JdbcUrls.mask(url) + ": " + JdbcUrls.scrub(e.getMessage(), url);
            throw JdbcUrls.leaks(e, url) ? new IllegalStateException(message) : new IllegalStateException(message, e);
        }
    }

    private static void closeQuietly(TodoStore store) {
        try {
            store.close();
        } catch (SQLException e) {
            LOG.warn("Closing the database failed", e);
        }
    }
}
