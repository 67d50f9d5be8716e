package io.backbonejava.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a new user does first, end to end: generate an app from the archetype just built, build it with Maven
 * (its own JVM and Chromium tests run), serve its page and use it in headless Chromium, with no console error.
 *
 * <p>The generated build gets a private local repository: this checkout's artifacts (the BOM, the parent,
 * backbone-core, backbone-sync, the archetype) are installed there from their target folders, and every
 * other entry links to the shared local repository, so nothing is downloaded twice and the shared one never
 * sees this build's snapshots.
 */
class ArchetypeAppTest {
    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("project.version", "0.1.0-SNAPSHOT");

    @TempDir
    Path work;

    @Test
    void generatedAppBuildsAndWorksInChromium() throws Exception {
        Path repo = privateRepository(work.resolve("m2"));
        long start = System.nanoTime();

        mvn(work, repo, "archetype:generate", "-DarchetypeGroupId=io.backbonejava",
                "-DarchetypeArtifactId=backbone-app-archetype", "-DarchetypeVersion=" + VERSION,
                "-DgroupId=com.example", "-DartifactId=myapp", "-DinteractiveMode=false");
        Path app = work.resolve("myapp");
        long generated = System.nanoTime();
        mvn(app, repo, "package");
        long built = System.nanoTime();

        Path webroot = app.resolve("target/classes/public");
        assertTrue(Files.isRegularFile(webroot.resolve("app.js")), "app.js was not built");
        try (StaticServer server = new StaticServer(webroot); Chromium chromium = new Chromium(work.resolve("profile"))) {
            ChromeDriver driver = chromium.driver;
            driver.get(server.url());
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            wait.until(d -> "0 tasks left".equals(text(d, ".count")));
            long firstPage = System.nanoTime();
            System.out.printf("archetype app: generated in %.1f s, built (with its tests) in %.1f s, first page at"
                    + " %.1f s%n", (generated - start) / 1e9, (built - generated) / 1e9, (firstPage - start) / 1e9);

            driver.findElement(By.cssSelector(".new-task")).sendKeys("Buy milk" + Keys.ENTER);
            wait.until(d -> d.findElements(By.cssSelector(".task-list li")).size() == 1);
            assertEquals("Buy milk", text(driver, ".task-list li label"));
            assertEquals("1 task left", text(driver, ".count"));

            // Validation: an empty title is refused with the model's message, and nothing is added.
            driver.findElement(By.cssSelector(".new-task")).sendKeys(Keys.ENTER);
            wait.until(d -> "A task needs a title".equals(text(d, ".error")));
            assertEquals(1, driver.findElements(By.cssSelector(".task-list li")).size());

            // localStorage: the task is still there after a reload; the router's filters.
            driver.navigate().refresh();
            wait.until(d -> d.findElements(By.cssSelector(".task-list li")).size() == 1);
            driver.findElement(By.cssSelector(".task-list li .toggle")).click();
            wait.until(d -> "done".equals(d.findElement(By.cssSelector(".task-list li")).getAttribute("class")));
            driver.findElement(By.cssSelector("a[href='#/open']")).click();
            wait.until(d -> d.findElements(By.cssSelector(".task-list li")).isEmpty());
            driver.findElement(By.cssSelector("a[href='#/done']")).click();
            wait.until(d -> d.findElements(By.cssSelector(".task-list li")).size() == 1);

            assertEquals(List.of(), chromium.errors(), "console errors");
        }
    }

    private static String text(org.openqa.selenium.WebDriver driver, String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    // The shared repository's entries, linked; io/backbonejava is this checkout's, installed from target/.
    private static Path privateRepository(Path repo) throws IOException {
        Path shared = Path.of(System.getProperty("maven.repo.shared", System.getProperty("user.home") + "/.m2/repository"));
        Files.createDirectories(repo.resolve("io"));
        try (Stream<Path> entries = Files.list(shared)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (!entry.getFileName().toString().equals("io")) {
                    Files.createSymbolicLink(repo.resolve(entry.getFileName().toString()), entry);
                }
            }
        }
        if (Files.isDirectory(shared.resolve("io"))) {
            try (Stream<Path> entries = Files.list(shared.resolve("io"))) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    if (!entry.getFileName().toString().equals("backbonejava")) {
                        Files.createSymbolicLink(repo.resolve("io").resolve(entry.getFileName().toString()), entry);
                    }
                }
            }
        }
        install(repo, "backbone-bom", ROOT.resolve("backbone-bom/pom.xml"), null);
        install(repo, "backbone-java-parent", ROOT.resolve("pom.xml"), null);
        install(repo, "backbone-core", ROOT.resolve("backbone-core/pom.xml"), "jar");
        install(repo, "backbone-sync", ROOT.resolve("backbone-sync/pom.xml"), "jar");
        install(repo, "backbone-app-archetype", ROOT.resolve("backbone-app-archetype/pom.xml"), "jar");
        return repo;
    }

    private static void install(Path repo, String artifactId, Path pom, String packaged) throws IOException {
        Path dir = repo.resolve("io/backbonejava").resolve(artifactId).resolve(VERSION);
        Files.createDirectories(dir);
        Files.copy(pom, dir.resolve(artifactId + "-" + VERSION + ".pom"));
        if (packaged != null) {
            String name = artifactId + "-" + VERSION + "." + packaged;
            Path built = pom.getParent().resolve("target").resolve(name);
            assertTrue(Files.isRegularFile(built), built + " is missing: build the reactor (mvn package) first");
            Files.copy(built, dir.resolve(name));
        }
    }

    private static void mvn(Path dir, Path repo, String... args) throws Exception {
        String home = System.getProperty("maven.home");
        List<String> command = new ArrayList<>();
        command.add(home != null && Files.isExecutable(Path.of(home, "bin/mvn")) ? home + "/bin/mvn" : "mvn");
        command.addAll(List.of("-B", "-ntp", "-Dmaven.repo.local=" + repo));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir.getParent() == null ? dir : dir, "mvn", ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        if (!finished || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed in " + dir + ":\n"
                    + tail(Files.readAllLines(log), 60));
        }
    }

    private static String tail(List<String> lines, int count) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    /** The generated app's built page, as any static server would serve it. */
    private static final class StaticServer implements AutoCloseable {
        private static final Map<String, String> TYPES = Map.of(
                "html", "text/html; charset=utf-8", "js", "text/javascript", "css", "text/css");
        private final HttpServer server;

        StaticServer(Path root) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    String path = exchange.getRequestURI().getPath();
                    Path file = root.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
                    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    String name = file.getFileName().toString();
                    byte[] body = Files.readAllBytes(file);
                    exchange.getResponseHeaders().set("Content-Type",
                            TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** A headless Chromium of its own, with its console log. */
    private static final class Chromium implements AutoCloseable {
        final ChromeDriver driver;

        Chromium(Path profile) {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1024,768", "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            driver = new ChromeDriver(service, options);
        }

        List<String> errors() {
            List<String> errors = new ArrayList<>();
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(entry.getMessage());
                }
            }
            return errors;
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}
