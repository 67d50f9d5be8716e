package io.backbonejava.server;

import io.javalin.config.JavalinConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The settings a {@link DemoServer} starts with: where it listens, where the todos are stored and
 * where the app's static files come from. Build one in code, or parse it from command-line
 * arguments.
 *
 * <p>By default the server listens on 127.0.0.1:8080, stores todos in an H2 file database under
 * {@code ./data}, serves the static files bundled in the jar's {@code public/} folder, and answers only
 * requests whose {@code Host} is a loopback name ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}, any
 * port) or the address it listens on.
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.builder()
 *         .port(0)
 *         .dataDir(Path.of("/tmp/todos"))
 *         .configure(javalin -> javalin.routes.get("/api/boom", ctx -> { throw new IllegalStateException(); }))
 *         .build();
 * }</pre>
 */
public final class ServerConfig {

    /** The one-line usage message printed for bad command-line arguments. */
    public static final String USAGE = "Usage: java -jar demo-server.jar [--port=N] [--host=HOST]"
            + " [--data-dir=PATH] [--jdbc-url=URL] [--static-dir=PATH] [--allowed-hosts=NAME,NAME...]";

    private final int port;
    private final String host;
    private final Path dataDir;
    private final String jdbcUrl;
    private final Path staticDir;
    private final Consumer<JavalinConfig> configurer;
    private final AllowedHosts allowedHosts;

    private ServerConfig(Builder builder) {
        this.port = builder.port;
        this.host = builder.host;
        this.dataDir = builder.dataDir;
        this.jdbcUrl = builder.jdbcUrl;
        this.staticDir = builder.staticDir;
        this.configurer = builder.configurer;
        AllowedHosts given = AllowedHosts.of(builder.allowedHosts);
        // The printed URL names the address listened on, unless that is loopback or every interface.
        String browserHost = DemoServer.browserHost(host);
        if (given.allowsAny() || browserHost.equals("localhost")) {
            this.allowedHosts = given;
        } else {
            Set<String> hosts = new LinkedHashSet<>(given.names());
            hosts.add(browserHost);
            this.allowedHosts = AllowedHosts.of(hosts);
        }
    }

    /**
     * Starts a builder holding the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses {@code --port=N}, {@code --host=HOST}, {@code --data-dir=PATH}, {@code --jdbc-url=URL},
     * {@code --static-dir=PATH} and {@code --allowed-hosts=NAME,NAME...}; each may appear at most once.
     *
     * @param args the command-line arguments
     * @return the configuration they describe
     * @throws IllegalArgumentException with a short reason when an argument is unknown, repeated or
     *     has a bad value
     */
    public static ServerConfig fromArgs(String... args) {
        Builder builder = builder();
        Set<String> seen = new HashSet<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("Unknown argument: " + arg);
            }
            String name = arg.substring(2, eq);
            String value = arg.substring(eq + 1);
            if (!seen.add(name)) {
                throw new IllegalArgumentException("Repeated argument: --" + name);
            }
            if (value.isEmpty()) {
                throw new IllegalArgumentException("Missing value for --" + name);
            }
            switch (name) {
                case "port" -> builder.port(parsePort(value));
                case "host" -> builder.host(value);
                case "data-dir" -> builder.dataDir(Path.of(value));
                case "jdbc-url" -> builder.jdbcUrl(value);
                case "static-dir" -> builder.staticDir(Path.of(value));
                case "allowed-hosts" -> builder.allowedHosts(List.of(value.split(",", -1)));
                default -> throw new IllegalArgumentException("Unknown argument: " + arg);
            }
        }
        return builder.build();
    }

    // Integer.parseInt alone would accept "+80" and "٨٠" (Arabic-Indic digits); ports are ASCII digits.
    private static int parsePort(String value) {
        if (value.length() > 5) {
            throw new IllegalArgumentException("Bad port: " + value);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Bad port: " + value);
            }
        }
        return Integer.parseInt(value);
    }

    /**
     * The TCP port to listen on; 0 asks the operating system for a free one.
     *
     * @return the configured port, 0 to 65535
     */
    public int port() {
        return port;
    }

    /**
     * The interface to listen on, such as {@code 127.0.0.1} or {@code 0.0.0.0}.
     *
     * @return the host name or address
     */
    public String host() {
        return host;
    }

    /**
     * The directory that holds the H2 database file when no JDBC URL is given.
     *
     * @return the data directory
     */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * The JDBC URL the todos are stored through: the one given, or an H2 file database named
     * {@code todos} in {@link #dataDir()} with every commit written through to the file.
     *
     * @return a JDBC URL
     */
    public String jdbcUrl() {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        // WRITE_DELAY=0: H2 2.x then writes each commit to the file before the statement returns,
        // instead of up to 500 ms later from a background thread.
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("todos") + ";WRITE_DELAY=0";
    }

    /**
     * Whether {@link #jdbcUrl()} is the default H2 database in {@link #dataDir()}.
     *
     * @return true when no JDBC URL was given
     */
    public boolean usesDataDir() {
        return jdbcUrl == null;
    }

    /**
     * The directory served at {@code /}, when one was given; otherwise the classpath folder
     * {@code public/} is served.
     *
     * @return the static files directory, if any
     */
    public Optional<Path> staticDir() {
        return Optional.ofNullable(staticDir);
    }

    /**
     * The hook that runs after the server's own routes are configured, for instance to add a
     * route in tests.
     *
     * @return the hook; a no-op by default
     */
    public Consumer<JavalinConfig> configurer() {
        return configurer;
    }

    /**
     * The names the {@code Host} header of a request may carry (any port): those given, or by default
     * {@code localhost}, {@code 127.0.0.1} and {@code [::1]}; plus the address listened on when it is neither
     * loopback nor every interface. {@code *} allows every host. Other requests get a 421.
     *
     * @return the allowed host names, IPv6 addresses in brackets
     */
    public Set<String> allowedHosts() {
        return allowedHosts.names();
    }

    AllowedHosts hostCheck() {
        return allowedHosts;
    }

    /** Collects the settings for a {@link ServerConfig}; every setter checks its value at once. */
    public static final class Builder {
        private int port = 8080;
        private String host = "127.0.0.1";
        private Path dataDir = Path.of("data");
        private String jdbcUrl;
        private Path staticDir;
        private Consumer<JavalinConfig> configurer = javalin -> { };
        private List<String> allowedHosts = AllowedHosts.LOOPBACK;

        private Builder() {
        }

        /**
         * Sets the names the {@code Host} header may carry, replacing the loopback defaults: host names,
         * IPv4 addresses, IPv6 addresses (brackets optional), without a port; or {@code *} alone for any.
         * Needed when the server is reached by another name, such as behind a proxy or on a LAN.
         *
         * @param hosts one or more names
         * @return this builder
         */
        public Builder allowedHosts(List<String> hosts) {
            Objects.requireNonNull(hosts, "hosts == null");
            AllowedHosts.of(hosts); // checks them now
            this.allowedHosts = List.copyOf(hosts);
            return this;
        }

        /**
         * Sets the TCP port; 0 picks a free one.
         *
         * @param port 0 to 65535
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Bad port: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Sets the interface to listen on; {@code 0.0.0.0} listens on all of them.
         *
         * @param host a host name or address
         * @return this builder
         */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host == null");
            if (host.isEmpty()) {
                throw new IllegalArgumentException("Empty host");
            }
            this.host = host;
            return this;
        }

        /**
         * Sets the directory for the default H2 database; it is created when missing.
         *
         * @param dataDir the data directory
         * @return this builder
         */
        public Builder dataDir(Path dataDir) {
            Objects.requireNonNull(dataDir, "dataDir == null");
            // ';' separates settings in an H2 URL, so it cannot appear in the file name.
            if (dataDir.toString().indexOf(';') >= 0) {
                throw new IllegalArgumentException("Data dir must not contain ';': " + dataDir);
            }
            this.dataDir = dataDir;
            return this;
        }

        /**
         * Stores todos through this JDBC URL instead of the default H2 file database; H2 and
         * PostgreSQL drivers are bundled.
         *
         * @param jdbcUrl a URL starting with {@code jdbc:}
         * @return this builder
         */
        public Builder jdbcUrl(String jdbcUrl) {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl == null");
            if (!jdbcUrl.startsWith("jdbc:")) {
                throw new IllegalArgumentException("JDBC URL must start with jdbc: " + jdbcUrl);
            }
            this.jdbcUrl = jdbcUrl;
            return this;
        }

        /**
         * Serves static files at {@code /} from this directory instead of the classpath.
         *
         * @param staticDir an existing directory
         * @return this builder
         */
        public Builder staticDir(Path staticDir) {
            Objects.requireNonNull(staticDir, "staticDir == null");
            if (!Files.isDirectory(staticDir)) {
                throw new IllegalArgumentException("Static dir is not a directory: " + staticDir);
            }
            this.staticDir = staticDir;
            return this;
        }

        /**
         * Sets a hook that runs after the server's own routes are configured, for instance to add
         * a test-only route. Exceptions thrown by added routes get the same JSON error handling.
         *
         * @param configurer receives Javalin's configuration
         * @return this builder
         */
        public Builder configure(Consumer<JavalinConfig> configurer) {
            this.configurer = Objects.requireNonNull(configurer, "configurer == null");
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return an immutable configuration
         */
        public ServerConfig build() {
            return new ServerConfig(this);
        }
    }
}
