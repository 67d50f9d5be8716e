package io.backbonejava.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
}
