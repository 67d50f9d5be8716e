package io.backbonejava.sync;

import io.backbonejava.Failure;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Sends {@link RestSync}'s requests from the JVM with {@code java.net.http}: for desktop apps, command-line
 * tools and tests that use backbone-java models against a real server. Relative urls such as
 * {@code /api/todos} are resolved against a base URI. Responses are judged as {@link XhrTransport} judges
 * them (2xx with JSON or an empty body succeeds; anything else fails with a {@link Failure}), and JSON is
 * read with a small parser in plain Java. This class is for the JVM only; it never reaches a browser bundle.
 *
 * <pre>{@code
 * // Blocking: each fetch or save returns once the server answered, on the calling thread.
 * Sync.setDefault(new RestSync(new JdkHttpTransport(URI.create("http://localhost:8080/"))
 *         .timeout(Duration.ofSeconds(5))));
 * Collection<Todo> todos = new Collection<>(Todo::new).url("/api/todos");
 * todos.fetch();
 * System.out.println(todos.pluck(Todo.TITLE));
 *
 * // Asynchronous: outcomes are delivered on the UI thread, models are only touched there.
 * new JdkHttpTransport(base, SwingUtilities::invokeLater);
 * }</pre>
 *
 * <p>Models are single-threaded. The blocking form keeps everything on the caller's thread; the
 * asynchronous form hands every outcome to the executor you give, which should be the one thread your
 * models live on.
 */
public final class JdkHttpTransport implements Transport {
    private final URI base;
    private final Executor deliverOn;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
    private Duration timeout;

    /**
     * A blocking transport: {@link #send} returns after the outcome was reported, on the caller's thread.
     *
     * @param base what relative urls are resolved against, such as {@code http://localhost:8080/}
     */
    public JdkHttpTransport(URI base) {
        this(base, null);
    }

    /**
     * An asynchronous transport: {@link #send} returns at once, and the outcome is reported through
     * {@code deliverOn}; {@link io.backbonejava.Request#abort()} works.
     *
     * @param base what relative urls are resolved against
     * @param deliverOn runs the outcome callbacks (and deferred tasks): your models' thread; null for blocking
     */
    public JdkHttpTransport(URI base, Executor deliverOn) {
        if (base == null) {
            throw new NullPointerException("base == null");
        }
        this.base = base;
        this.deliverOn = deliverOn;
        // HTTP/1.1: an h2c upgrade attempt buys nothing against a plain-http REST backend.
        // Cookies are kept as a browser keeps them, so a session and its CSRF cookie work as they do there.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).cookieHandler(cookies).build();
    }

    /** The base URI relative urls are resolved against. */
    public URI base() {
        return base;
    }

    /**
     * The cookies this transport holds for its base URI, as {@code document.cookie} reads them in a browser:
     * {@code name=value; name2=value2}; what {@link CsrfPolicy#of} reads on the JVM. Responses set them, and
     * every later request to their server sends them back.
     *
     * @return the cookies, or "" for none
     */
    public String cookieHeader() {
        StringBuilder header = new StringBuilder();
        for (HttpCookie cookie : cookies.getCookieStore().get(base)) {
            if (header.length() > 0) {
                header.append("; ");
            }
            header.append(cookie.getName()).append('=').append(cookie.getValue());
        }
        return header.toString();
    }

    /** The time limit of requests whose options set none; null for none. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Sets the time limit of requests whose options set none.
     *
     * @param value the limit; null for none
     * @return this transport
     */
    public JdkHttpTransport timeout(Duration value) {
        timeout = value;
        return this;
    }

    /**
     * Sends the request, blocking or not as constructed.
     *
     * @param request what to send
     * @param callback where the outcome goes
     * @return for the asynchronous form, what cancels the request; for the blocking form, null
     */
    @Override
    public Runnable send(AjaxRequest request, Callback callback) {
        HttpRequest httpRequest = build(request);
        if (deliverOn == null) {
            HttpResponse<String> response;
            try {
                response = client.send(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                callback.error(failure(e));
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                callback.error(Failure.abort());
                return null;
            }
            complete(response, callback);
            return null;
        }
        CompletableFuture<HttpResponse<String>> future =
                client.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        future.whenComplete((response, thrown) -> deliverOn.execute(() -> {
            if (thrown != null) {
                callback.error(failure(thrown));
            } else {
                complete(response, callback);
            }
        }));
        return () -> future.cancel(true);
    }

    /** Runs the task through the delivery executor, or at once for the blocking form. */
    @Override
    public void defer(Runnable task) {
        if (deliverOn == null) {
            task.run();
        } else {
            deliverOn.execute(task);
        }
    }

    /**
     * Runs the task after the delay: the asynchronous form hands it to the delivery executor when the time
     * is up (a daemon timer thread keeps the time); the blocking form waits on the caller's thread, as every
     * other step of it does.
     */
    @Override
    public Runnable schedule(Runnable task, int delayMillis) {
        if (deliverOn == null) {
            try {
                Thread.sleep(Math.max(0, delayMillis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return () -> { };
            }
            task.run();
            return () -> { };
        }
        java.util.concurrent.ScheduledFuture<?> timer = Timers.INSTANCE.schedule(() -> deliverOn.execute(task),
                Math.max(0, delayMillis), java.util.concurrent.TimeUnit.MILLISECONDS);
        return () -> timer.cancel(false);
    }

    /** One daemon thread keeps the time for every asynchronous transport; it never runs model code. */
    private static final class Timers {
        static final java.util.concurrent.ScheduledExecutorService INSTANCE =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
                    Thread thread = new Thread(task, "JdkHttpTransport timers");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    private HttpRequest build(AjaxRequest request) {
        URI uri = base.resolve(request.fullUrl());
        String body = request.body();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .method(request.type(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json, text/javascript, */*; q=0.01");
        if (body != null && request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        Duration limit = request.timeout() > 0 ? Duration.ofMillis(request.timeout()) : timeout;
        if (limit != null && !limit.isZero()) {
            builder.timeout(limit);
        }
        return builder.build();
    }

    private static void complete(HttpResponse<String> response, Callback callback) {
        int status = response.statusCode();
        Responses.deliver(status, reasonPhrase(status), response.body(),
                name -> response.headers().firstValue(name).orElse(null), JsonParser.plainJava(), callback);
    }

    private static Failure failure(Throwable thrown) {
        Throwable cause = thrown;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof HttpTimeoutException) {
            return Failure.timeout(cause.getMessage());
        }
        if (cause instanceof java.util.concurrent.CancellationException) {
            return Failure.abort();
        }
        String message = cause.getMessage();
        return Failure.network(message == null ? cause.getClass().getSimpleName() : message);
    }

    /** HTTP/1.1 has reason phrases but java.net.http does not expose them; these are the usual ones. */
    static String reasonPhrase(int status) {
        switch (status) {
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 409: return "Conflict";
            case 410: return "Gone";
            case 412: return "Precondition Failed";
            case 413: return "Content Too Large";
            case 415: return "Unsupported Media Type";
            case 422: return "Unprocessable Content";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 501: return "Not Implemented";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            case 504: return "Gateway Timeout";
            default: return "HTTP " + status;
        }
    }
}
