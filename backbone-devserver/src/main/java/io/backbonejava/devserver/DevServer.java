package io.backbonejava.devserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * The dev loop for an app built with backbone-java: one long-running JVM that watches the app's sources,
 * recompiles them (javac, then TeaVM with its incremental cache) when a file is saved, serves the page, and
 * reloads the page by itself as soon as the new JavaScript is ready. A compile error shows in the terminal
 * and over the page, until the next good build replaces it. The JavaScript comes with a source map and the
 * Java sources beside it, so the browser's DevTools show the {@code .java} files and stop in them.
 *
 * <pre>{@code
 * mvn -q -pl backbone-devserver exec:java -Dapp=todo-example     # in this repository, after an install
 * mvn -Pwatch                                                    # in an app made from the archetype
 * java -cp ... io.backbonejava.devserver.DevServer path/to/app   # any Maven app with the TeaVM plugin
 * }</pre>
 *
 * <p>The app is read from its {@code pom.xml}: the TeaVM plugin's {@code mainClass}, {@code targetFileName}
 * and {@code targetDirectory}; its classpath comes from Maven once, at start. Pages are served from the
 * compiled output, then from the sources ({@code src/main/resources/public} when the plugin writes to
 * {@code target/classes/public}: edits to HTML and CSS show on reload without a build), then from what
 * Maven built there. Every HTML page gets one {@code <script src="/__devserver/reload.js">}, a file rather
 * than inline code, so a Content-Security-Policy without {@code 'unsafe-inline'} still allows it.
 */
public final class DevServer implements AutoCloseable {
    private static final String RELOAD_SCRIPT = "/__devserver/reload.js";
    private static final String EVENTS = "/__devserver/events";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("map", "application/json"),
            Map.entry("json", "application/json"), Map.entry("java", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final AppLayout app;
    private final AppCompiler compiler;
    private final EventStream events = new EventStream();
    private final HttpServer server;
    private final SourceWatcher watcher;

    private DevServer(AppLayout app, List<Path> classpath, int port) throws IOException {
        this.app = app;
        this.compiler = new AppCompiler(app, classpath);
        this.server = bind(port);
        server.setExecutor(Executors.newCachedThreadPool(daemon("devserver-http")));
        server.createContext("/", this::serve);
        server.start();
        rebuild();
        watcher = new SourceWatcher(app.watched(), this::changed);
        Thread thread = daemon("devserver-watch").newThread(watcher);
        thread.start();
    }

    /**
     * Starts the dev loop for an app: a first build, then the server and the watcher.
     *
     * @param appDir the app's folder (with {@code pom.xml} and {@code src/main/java})
     * @param classpath the app's compile classpath, without its own classes
     * @param port the port to listen on (loopback only); 0 for any free one, and a taken one falls back to 0
     * @return the running server; {@link #close()} stops it
     * @throws IOException when the app cannot be read or the server cannot start
     */
    public static DevServer start(Path appDir, List<Path> classpath, int port) throws IOException {
        return new DevServer(AppLayout.read(appDir), classpath, port);
    }

    /**
     * Runs the dev loop until the JVM is stopped (Ctrl-C).
     *
     * @param args the app's folder; or {@code -Dapp=...}; the current folder by default. {@code -Dport=...}
     *     (8080) and {@code -Dmain=...} (the main class, when the pom does not say) are read too
     * @throws Exception when the app cannot be built or served
     */
    public static void main(String[] args) throws Exception {
        Path appDir = Path.of(args.length > 0 ? args[0] : System.getProperty("app", ".")).toAbsolutePath().normalize();
        System.out.println("[devserver] Asking Maven for the classpath of " + appDir + " ...");
        List<Path> classpath = MavenClasspath.resolve(appDir);
        try (DevServer server = start(appDir, classpath, Integer.getInteger("port", 8080))) {
            System.out.println("[devserver] Serving " + server.url() + " ; watching " + server.app.watched()
                    + " ; Ctrl-C stops");
            new CountDownLatch(1).await();
        }
    }

    /** The server's address, such as {@code http://localhost:8080/}. */
    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    /** The folder the compiled JavaScript, its source map and the copied sources are written to. */
    public Path outputDirectory() {
        return app.output();
    }

    @Override
    public void close() {
        watcher.close();
        events.close();
        server.stop(0);
        compiler.close();
    }

    // A Java file changed: rebuild, then reload or show the errors. Anything else (HTML, CSS) is served
    // from the sources as it is: just reload.
    private void changed(Set<Path> paths) {
        if (paths.stream().anyMatch(path -> path.toString().endsWith(".java"))) {
            rebuild();
        } else {
            events.send("reload", "resources");
        }
    }

    private void rebuild() {
        events.send("building", "");
        AppCompiler.Result result = compiler.build();
        if (result.ok()) {
            System.out.printf("[devserver] Built %s in %d ms (javac %d ms, TeaVM %d ms); reloading%n",
                    app.script(), result.millis(), result.javacMillis(), result.teavmMillis());
            events.ok();
            events.send("reload", Long.toString(result.millis()));
        } else {
            System.out.println("[devserver] Build failed in " + result.millis() + " ms:\n" + result.errors());
            events.failed(result.errors());
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(EVENTS)) {
            events.open(exchange);
            return;
        }
        try (exchange) {
            if (path.equals(RELOAD_SCRIPT)) {
                try (InputStream in = DevServer.class.getResourceAsStream("reload.js")) {
                    send(exchange, "js", in.readAllBytes());
                }
                return;
            }
            Path file = app.find(path.endsWith("/") ? path + "index.html" : path);
            if (file == null && path.startsWith("/src/") && path.endsWith(".java")) {
                // A Java source the source map names: DevTools shows it and sets breakpoints in it.
                byte[] source = compiler.sourceFile(path.substring("/src/".length()));
                if (source != null) {
                    send(exchange, "java", source);
                    return;
                }
            }
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            byte[] body = Files.readAllBytes(file);
            send(exchange, extension, extension.equals("html") ? withReloadScript(body) : body);
        }
    }

    // Before </head>, so the script is there before the app's own code runs; at the start otherwise.
    static byte[] withReloadScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + RELOAD_SCRIPT + "\"></script>";
        int head = page.toLowerCase(Locale.ROOT).indexOf("</head>");
        page = head >= 0 ? page.substring(0, head) + tag + page.substring(head) : tag + page;
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static HttpServer bind(int port) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try {
            return HttpServer.create(new InetSocketAddress(loopback, port), 0);
        } catch (BindException e) {
            System.out.println("[devserver] Port " + port + " is taken; using a free one");
            return HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
