package io.backbonejava.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@link DemoServer#main} in its own JVM, started from the test classpath, to be killed or to exit. */
final class ServerProcess {

    private final Process process;
    private final Path stderr;
    private final BufferedReader stdout;

    private ServerProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Launches {@code java -cp <test classpath> io.backbonejava.server.DemoServer args...}. */
    static ServerProcess launch(Path workDir, String... args) throws IOException {
        String classpath = System.getProperty("java.class.path");
        // Surefire reports the real test classpath here even when it boots from a manifest jar.
        assertTrue(classpath.contains("h2") && classpath.contains("javalin"), classpath);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classpath);
        command.add(DemoServer.class.getName());
        command.addAll(List.of(args));
        Files.createDirectories(workDir);
        Path stderr = Files.createTempFile(workDir, "stderr", ".txt");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectError(stderr.toFile())
                .start();
        return new ServerProcess(process, stderr);
    }

    /** Waits for the first line on stdout, or fails after the timeout. */
    String firstLine(long timeoutSeconds) throws Exception {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return stdout.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            return line.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("No output within " + timeoutSeconds + " s; stderr: " + stderr(), e);
        }
    }

    /** Reads the port from the {@code Todo app: http://localhost:PORT/} line. */
    int awaitPort() throws Exception {
        String line = firstLine(30);
        String prefix = "Todo app: http://localhost:";
        assertTrue(line != null && line.startsWith(prefix) && line.endsWith("/"), line + "; stderr: " + stderr());
        return Integer.parseInt(line.substring(prefix.length(), line.length() - 1));
    }

    int waitForExit(long timeoutSeconds) throws InterruptedException {
        assertTrue(process.waitFor(timeoutSeconds, TimeUnit.SECONDS), "process exited");
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hooks, no clean close of the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    String stderr() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    String remainingStdout() throws IOException {
        StringBuilder sb = new StringBuilder();
        String line;
        while ((line = stdout.readLine()) != null) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
