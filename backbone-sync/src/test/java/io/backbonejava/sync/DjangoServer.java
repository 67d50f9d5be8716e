package io.backbonejava.sync;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Django REST Framework server for tests: the project in {@code tools/drf} (a {@code ModelViewSet} of
 * todos behind {@code DefaultRouter}, {@code PageNumberPagination} of 2, session authentication with CSRF
 * enforced), migrated into a SQLite file in a temp folder and run by {@code manage.py runserver} on a free
 * loopback port until {@link #close()}. backbone-sync's {@code DjangoRestFrameworkTest} drives it from the JVM;
 * browser-tests (through this module's test jar) runs the Todo app on it in Chromium. Needs Debian's
 * {@code python3-django} and {@code python3-djangorestframework}, which {@code scripts/test.sh} installs.
 *
 * <pre>{@code
 * try (DjangoServer django = DjangoServer.start(Map.of())) {
 *     JdkHttpTransport http = new JdkHttpTransport(django.base());
 *     ...
 * }
 * }</pre>
 */
public final class DjangoServer implements AutoCloseable {
    private static final String PYTHON = "/usr/bin/python3";

    private final Path temp;
    private final Process process;
    private final URI base;

    private DjangoServer(Path temp, Process process, URI base) {
        this.temp = temp;
        this.process = process;
        this.base = base;
    }

    /**
     * Migrates a fresh database and starts the server, waiting until it accepts connections.
     *
     * @param environment more variables for Django, such as {@code TODO_APP_DIR}
     * @return the running server
     * @throws AssertionError when Django is missing or does not start, with its output
     */
    public static DjangoServer start(Map<String, String> environment) {
        requireDjango();
        Path project = project();
        Path temp;
        try {
            temp = Files.createTempDirectory("backbone-drf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path log = temp.resolve("manage.log");
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            long started = System.nanoTime();
            Process migrate = python(project, temp, environment, "manage.py", "migrate", "--noinput").start();
            if (!migrate.waitFor(120, TimeUnit.SECONDS) || migrate.exitValue() != 0) {
                throw new AssertionError("manage.py migrate failed:\n" + Files.readString(log));
            }
            Process server = python(project, temp, environment,
                    "manage.py", "runserver", "127.0.0.1:" + port, "--noreload").start();
            long deadline = System.currentTimeMillis() + 60_000;
            while (true) {
                try (Socket ignored = new Socket("127.0.0.1", port)) {
                    break;
                } catch (IOException notYet) {
                    if (!server.isAlive() || System.currentTimeMillis() > deadline) {
                        server.destroyForcibly();
                        throw new AssertionError("Django did not start:\n" + Files.readString(log));
                    }
                    Thread.sleep(50);
                }
            }
            URI base = URI.create("http://127.0.0.1:" + port + "/");
            System.out.println("Django REST Framework up on " + base + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms (migrate included)");
            return new DjangoServer(temp, server, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The DRF project's folder: the {@code drf.project} system property (set by the modules' POMs), else
     * {@code ../tools/drf} from the module being tested.
     */
    static Path project() {
        Path project = Paths.get(System.getProperty("drf.project", "../tools/drf")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(project.resolve("manage.py"))) {
            throw new AssertionError("no Django project at " + project);
        }
        return project;
    }

    private static void requireDjango() {
        try {
            Process check = new ProcessBuilder(PYTHON, "-c", "import django, rest_framework")
                    .redirectErrorStream(true).start();
            String output = new String(check.getInputStream().readAllBytes());
            if (!check.waitFor(60, TimeUnit.SECONDS) || check.exitValue() != 0) {
                throw new AssertionError("Django REST Framework is missing: apt-get install -y python3-django"
                        + " python3-djangorestframework (scripts/test.sh installs them when missing). " + PYTHON
                        + " said: " + output.trim());
            }
        } catch (IOException e) {
            throw new AssertionError(PYTHON + " cannot run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ProcessBuilder python(Path project, Path temp, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>();
        command.add(PYTHON);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(temp.resolve("manage.log").toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("DRF_DB", temp.resolve("db.sqlite3").toString());
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        builder.environment().put("PYTHONUNBUFFERED", "1");
        return builder;
    }

    /** The server's root, such as {@code http://127.0.0.1:41234/}, with its trailing slash. */
    public URI base() {
        return base;
    }

    /** What Django wrote so far (its log and the requests it refused), for failure messages. */
    public String log() {
        try {
            return Files.readString(temp.resolve("manage.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the server and deletes its database and log. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(temp)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
