package io.backbonejava.browsertests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Base class of the browser tests: one server for the compiled test app and one headless Chromium, shared
 * by every test class of the run and closed at its end; a fresh HtmlUnit client per page. A test opens a
 * scenario by its path in either engine:
 *
 * <pre>{@code
 * @ParameterizedTest
 * @EnumSource(Engine.class)
 * void blurRunsTheHandler(Engine engine) {
 *     try (Page page = open(engine, "/view-events")) {
 *         page.click("#first");
 *         page.click("#second");
 *         assertEquals(List.of("focus first", "blur first", "focus second"), page.log());
 *     }
 * }
 * }</pre>
 *
 * <p>Closing the page fails the test on any error the page reported. New pages are scenarios in the test app
 * ({@code TestApp.scenario}), opened at {@code /<scenario>} plus whatever path, query or hash they need.
 */
@ExtendWith(BrowserTestBase.Shared.class)
public abstract class BrowserTestBase {
    private static volatile Browsers browsers;

    /**
     * Opens a path of the test app and waits until its scenario is mounted.
     *
     * @param engine the browser
     * @param path a path starting with the scenario's name, such as {@code "/nested-views"}
     * @return the page; close it (try-with-resources) to check it reported no errors
     */
    protected static Page open(Engine engine, String path) {
        Browsers shared = browsers;
        switch (engine) {
            case HTMLUNIT:
                return new HtmlUnitPage(shared.server.baseUrl(), path);
            case CHROMIUM:
                return new ChromiumPage(shared.chrome(), shared.server.baseUrl(), path);
            default:
                throw new IllegalArgumentException(engine.toString());
        }
    }

    /** The scenario a path opens: its first segment. */
    static String scenarioOf(String path) {
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int end = rest.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return rest.substring(0, end);
    }

    /** Starts the shared resources once per run, in the root store that closes them when the run ends. */
    static final class Shared implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            browsers = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(Browsers.class, key -> new Browsers(), Browsers.class);
        }
    }

    /** The server, and Chromium once a test asks for it. */
    static final class Browsers implements ExtensionContext.Store.CloseableResource {
        final TestServer server = new TestServer();
        private ChromeDriver chrome;
        private Path profile;

        synchronized ChromeDriver chrome() {
            if (chrome == null) {
                try {
                    profile = Files.createTempDirectory("browser-tests-chromium");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                                .toFile())
                        .usingAnyFreePort()
                        .build();
                ChromeOptions options = new ChromeOptions();
                options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
                options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1024,768",
                        "--user-data-dir=" + profile);
                options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
                chrome = new ChromeDriver(service, options);
            }
            return chrome;
        }

        @Override
        public synchronized void close() throws IOException {
            try {
                if (chrome != null) {
                    chrome.quit();
                }
            } finally {
                server.close();
                if (profile != null) {
                    try (Stream<Path> files = Files.walk(profile)) {
                        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                    }
                }
            }
        }
    }
}
