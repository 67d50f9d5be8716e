package io.backbonejava.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL cluster for the tests: {@code initdb} in a temporary folder, {@code pg_ctl start} on
 * a free loopback port (its socket in that folder too), each test class given a database of its own, and the
 * whole cluster stopped and deleted at the end of the run. Password authentication over TCP, as a real
 * deployment has, so the URL carries a password the server must keep out of its logs.
 *
 * <p>Binaries come from Debian's {@code postgresql} package ({@code /usr/lib/postgresql/15/bin}, or the
 * system property {@code postgresql.bin}); {@code scripts/test.sh} installs it. Without them the tests
 * fail, saying so: a suite that skips PostgreSQL would pass without testing it. As root, the cluster's
 * programs run as the {@code postgres} user, because PostgreSQL refuses to run as root.
 *
 * <p>One cluster serves a whole run: annotate the class with {@code @ExtendWith(PostgresCluster.Shared.class)}
 * and call {@link #shared()}.
 */
final class PostgresCluster implements ExtensionContext.Store.CloseableResource {

    /** The superuser's name and password. */
    static final String USER = "postgres";
    static final String PASSWORD = "pg-test-secret-4711";

    private static final Path BIN = Path.of(System.getProperty("postgresql.bin", "/usr/lib/postgresql/15/bin"));
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile PostgresCluster shared;

    private final Path dir;
    private final Path data;
    private final int port;

    private PostgresCluster(Path dir, Path data, int port) {
        this.dir = dir;
        this.data = data;
        this.port = port;
    }

    /** The cluster of this run; see {@link Shared}. */
    static PostgresCluster shared() {
        if (shared == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(PostgresCluster.Shared.class)");
        }
        return shared;
    }

    /** Starts the shared cluster once per run, in the root store that stops it when the run ends. */
    static final class Shared implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            shared = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(PostgresCluster.class, key -> start(), PostgresCluster.class);
        }
    }

    /** Makes and starts a cluster; prints how long that took. */
    static PostgresCluster start() {
        if (!Files.isExecutable(BIN.resolve("initdb")) || !Files.isExecutable(BIN.resolve("pg_ctl"))) {
            throw new IllegalStateException("PostgreSQL is not installed: no initdb and pg_ctl in " + BIN
                    + ". scripts/test.sh installs Debian's postgresql package; on Debian run"
                    + " 'apt-get install postgresql', or point -Dpostgresql.bin= at another bin folder.");
        }
        try {
            long begin = System.nanoTime();
            Path dir = Files.createTempDirectory("demo-server-pg");
            Path data = dir.resolve("data");
            Path passwordFile = Files.writeString(dir.resolve("password"), PASSWORD);
            if (ROOT) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER);
                Files.setOwner(dir, postgres);
                Files.setOwner(passwordFile, postgres);
            }
            run(60, BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--pwfile=" + passwordFile,
                    "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync");
            long initialized = System.nanoTime();
            // The port is free when chosen; should another process take it first, try another.
            for (int attempt = 1; ; attempt++) {
                int port = freePort();
                try {
                    run(60, BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                            "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
                } catch (IllegalStateException e) {
                    if (attempt < 3) {
                        continue;
                    }
                    throw new IllegalStateException(e.getMessage() + "\nserver log:\n" + readLog(dir), e);
                }
                long started = System.nanoTime();
                System.out.printf("PostgreSQL cluster on 127.0.0.1:%d: initdb %d ms, start %d ms%n", port,
                        TimeUnit.NANOSECONDS.toMillis(initialized - begin),
                        TimeUnit.NANOSECONDS.toMillis(started - initialized));
                return new PostgresCluster(dir, data, port);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The TCP port the cluster listens on at 127.0.0.1. */
    int port() {
        return port;
    }

    /**
     * Creates an empty database and returns a JDBC URL for it, user and password included.
     *
     * @return such as {@code jdbc:postgresql://127.0.0.1:5432/todos_3?user=postgres&password=...}
     */
    String newDatabase() {
        String name = "todos_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("CREATE DATABASE " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    /** A JDBC URL for a database of this cluster. */
    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER + "&password=" + PASSWORD;
    }

    /**
     * Restarts the cluster on the same port, as an upgrade or a crash would: every open connection is cut.
     * Returns once it accepts connections again.
     */
    void restart() throws IOException {
        // pg_ctl restart reuses the port and socket options of the last start (postmaster.opts).
        run(60, BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                "-m", "fast", "-w", "-t", "60", "restart");
    }

    /** Stops the cluster at once (connections are cut) and deletes its folder. */
    @Override
    public void close() throws IOException {
        try {
            run(60, BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static String readLog(Path dir) {
        try {
            return Files.readString(dir.resolve("log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Runs a PostgreSQL program (as the postgres user when we are root) and fails with its output. */
    private static void run(long timeoutSeconds, String... command) throws IOException {
        List<String> line = new ArrayList<>();
        if (ROOT) {
            line.addAll(List.of("runuser", "-u", USER, "--"));
        }
        line.addAll(List.of(command));
        Path output = Files.createTempFile("pg-command", ".txt");
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile())
                    .directory(Path.of("/tmp").toFile()).start();
            boolean exited;
            try {
                exited = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException("Interrupted: " + line, e);
            }
            if (!exited) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out after " + timeoutSeconds + " s: " + line
                        + "\n" + Files.readString(output));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Exit status " + process.exitValue() + ": " + line + "\n"
                        + Files.readString(output));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
