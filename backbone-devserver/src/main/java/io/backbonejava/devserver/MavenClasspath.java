package io.backbonejava.devserver;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An app's compile classpath, asked of Maven once when the loop starts. An app that is a module of a
 * multi-module build (todo-example here) is resolved through that build, so the library's modules come from
 * their {@code target/classes} and an edit there needs only {@code mvn compile}, not an install.
 */
final class MavenClasspath {
    private MavenClasspath() {
    }

    static List<Path> resolve(Path appDir) throws IOException, InterruptedException {
        Path out = appDir.resolve("target/devserver/classpath.txt");
        Files.createDirectories(out.getParent());
        List<String> command = new ArrayList<>(List.of(mvn(), "-q", "-B"));
        if (System.getProperty("maven.repo.local") != null) {
            command.add("-Dmaven.repo.local=" + System.getProperty("maven.repo.local"));
        }
        Path parent = appDir.getParent();
        String name = appDir.getFileName().toString();
        if (parent != null && Files.isRegularFile(parent.resolve("pom.xml"))
                && Files.readString(parent.resolve("pom.xml")).contains("<module>" + name + "</module>")) {
            command.addAll(List.of("-f", parent.resolve("pom.xml").toString(), "-pl", name, "-am"));
        } else {
            command.addAll(List.of("-f", appDir.resolve("pom.xml").toString()));
        }
        // compile, not process-classes: the dev loop does TeaVM's part itself. In a multi-module build every
        // module writes its own classpath.txt; only the app's is read.
        command.addAll(List.of("compile", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
                "-Dmdep.includeScope=compile", "-Dmdep.outputFile=target/devserver/classpath.txt"));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("Maven could not resolve the classpath: " + String.join(" ", command));
        }
        List<Path> classpath = new ArrayList<>();
        for (String entry : Files.readString(out, StandardCharsets.UTF_8).trim().split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                classpath.add(Path.of(entry));
            }
        }
        return classpath;
    }

    // The Maven that started this JVM (exec:java), else the one on the PATH.
    private static String mvn() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }
}
