package io.backbonejava;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real backbone.js 1.6.1, run by node for the differential fuzzers. The first use installs the packages that
 * {@code src/test/node/package-lock.json} pins into {@code target/fidelity-node} with {@code npm ci}; every batch
 * of scripts then runs in one node process ({@code src/test/node/fuzz-runner.js}).
 */
final class FidelityNode {
    private static final Path SOURCES = Paths.get("src", "test", "node").toAbsolutePath();
    private static final Path INSTALL = Paths.get("target", "fidelity-node").toAbsolutePath();
    private static boolean installed;

    private FidelityNode() {
    }

    /** Runs a batch of scripts ({@code mode} "models", "routes" or "regexes") and returns one log per script. */
    static List<List<String>> run(String mode, List<?> batch) {
        install();
        String output = exec(INSTALL.toFile(), FidelityJson.write(batch), 600,
                "node", SOURCES.resolve("fuzz-runner.js").toString(), INSTALL.toString(), mode);
        List<List<String>> logs = FidelityJson.readLogs(output);
        if (logs.size() != batch.size()) {
            throw new IllegalStateException("node returned " + logs.size() + " logs for " + batch.size() + " scripts");
        }
        return logs;
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            Path marker = INSTALL.resolve("node_modules").resolve("backbone").resolve("package.json");
            byte[] lock = Files.readAllBytes(SOURCES.resolve("package-lock.json"));
            Path copiedLock = INSTALL.resolve("package-lock.json");
            boolean current = Files.exists(marker) && Files.exists(copiedLock)
                    && Arrays.equals(lock, Files.readAllBytes(copiedLock));
            if (!current) {
                Files.createDirectories(INSTALL);
                Files.copy(SOURCES.resolve("package.json"), INSTALL.resolve("package.json"),
                        StandardCopyOption.REPLACE_EXISTING);
                Files.copy(SOURCES.resolve("package-lock.json"), copiedLock, StandardCopyOption.REPLACE_EXISTING);
                exec(INSTALL.toFile(), null, 300, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare " + INSTALL + ": " + e.getMessage(), e);
        }
        installed = true;
    }

    private static String exec(File directory, String input, int timeoutSeconds, String... command) {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory).redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new IllegalStateException("The differential fuzzers need node (20 or later) and npm on the PATH"
                    + " to run backbone.js; could not start '" + command[0] + "': " + e.getMessage(), e);
        }
        try {
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            Thread out = drain(process.getInputStream(), stdout);
            Thread err = drain(process.getErrorStream(), stderr);
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " timed out");
            }
            out.join();
            err.join();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                        + "):\n" + stderr.toString("UTF-8"));
            }
            return stdout.toString("UTF-8");
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + ": " + e, e);
        }
    }

    private static Thread drain(InputStream stream, ByteArrayOutputStream sink) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[65536];
            try {
                for (int n; (n = stream.read(buffer)) > 0; ) {
                    sink.write(buffer, 0, n);
                }
            } catch (IOException ignored) {
                // The process died; its exit value says so.
            }
        });
        thread.start();
        return thread;
    }
}
