package io.backbonejava.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {

    @TempDir
    Path tempDir;

    @Test
    void defaultsArePort8080OnLoopbackWithH2InDotSlashData() {
        ServerConfig config = ServerConfig.fromArgs();
        assertEquals(8080, config.port());
        assertEquals("127.0.0.1", config.host());
        assertEquals(Path.of("data"), config.dataDir());
        assertTrue(config.usesDataDir());
        assertEquals("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("todos") + ";WRITE_DELAY=0",
                config.jdbcUrl());
        assertFalse(config.staticDir().isPresent());
    }

    @Test
    void fromArgsReadsEveryOption() {
        ServerConfig config = ServerConfig.fromArgs("--port=0", "--host=0.0.0.0", "--data-dir=" + tempDir,
                "--static-dir=" + tempDir, "--jdbc-url=jdbc:postgresql://localhost/todos?user=me");
        assertEquals(0, config.port());
        assertEquals("0.0.0.0", config.host());
        assertEquals(tempDir, config.dataDir());
        assertEquals(tempDir, config.staticDir().orElseThrow());
        assertEquals("jdbc:postgresql://localhost/todos?user=me", config.jdbcUrl());
        assertFalse(config.usesDataDir());
    }

    @Test
    void fromArgsRejectsBadArguments() {
        String[][] bad = {
            {"--port=abc"}, {"--port=-1"}, {"--port=65536"}, {"--port=+80"}, {"--port="}, {"--port"},
            {"--colour=blue"}, {"positional"}, {"-port=80"}, {"--port=1", "--port=2"},
            {"--jdbc-url=postgresql://x"}, {"--static-dir=" + tempDir.resolve("missing")},
            {"--data-dir=a;b"},
        };
        for (String[] args : bad) {
            assertThrows(IllegalArgumentException.class, () -> ServerConfig.fromArgs(args), String.join(" ", args));
        }
    }

    @Test
    void thePrintedUrlUsesLocalhostForLoopbackAndAllInterfaces() {
        assertEquals("localhost", DemoServer.browserHost("127.0.0.1"));
        assertEquals("localhost", DemoServer.browserHost("0.0.0.0"));
        assertEquals("192.168.1.5", DemoServer.browserHost("192.168.1.5"));
        assertEquals("[fe80::1]", DemoServer.browserHost("fe80::1"));
    }

    @Test
    void theHookDefaultsToDoingNothing() {
        ServerConfig.fromArgs().configurer().accept(null);
    }

    @Test
    void allowedHostsDefaultToTheLoopbackNames() {
        assertEquals(Set.of("localhost", "127.0.0.1", "[::1]"), ServerConfig.fromArgs().allowedHosts());
        // Listening on every interface does not widen the list: say which names reach the server.
        assertEquals(Set.of("localhost", "127.0.0.1", "[::1]"), ServerConfig.fromArgs("--host=0.0.0.0").allowedHosts());
    }

    @Test
    void allowedHostsAreReadNormalizedAndJoinedByTheAddressListenedOn() {
        assertEquals(Set.of("todo.example", "10.0.0.2", "[fe80::1]"),
                ServerConfig.fromArgs("--allowed-hosts=Todo.Example, 10.0.0.2,fe80::1").allowedHosts());
        assertEquals(Set.of("localhost", "127.0.0.1", "[::1]", "192.168.1.5"),
                ServerConfig.fromArgs("--host=192.168.1.5").allowedHosts());
        assertEquals(Set.of("*"), ServerConfig.fromArgs("--host=192.168.1.5", "--allowed-hosts=*").allowedHosts());
    }

    @Test
    void badAllowedHostsAreRefused() {
        for (String bad : new String[] {"--allowed-hosts=a,,b", "--allowed-hosts=,", "--allowed-hosts=todo.example:8080",
                "--allowed-hosts=*.example", "--allowed-hosts=*,localhost", "--allowed-hosts=a/b", "--allowed-hosts=a b",
                "--allowed-hosts=[::1"}) {
            assertThrows(IllegalArgumentException.class, () -> ServerConfig.fromArgs(bad), bad);
        }
    }
}
