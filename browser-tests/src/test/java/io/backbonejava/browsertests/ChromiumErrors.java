package io.backbonejava.browsertests;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What went wrong in a page of the shared headless Chromium: the browser log's entries at SEVERE (uncaught
 * errors, {@code console.error}, failed loads). Reading that log empties it, so the entries are moved here
 * and kept until taken. {@link ChromiumPage} and {@link ChromiumTodoPage} each keep one.
 */
final class ChromiumErrors {
    private final ChromeDriver driver;
    private final List<String> errors = new ArrayList<>();

    /** Starts collecting the errors of {@code driver}, dropping what an earlier test's page left in its log. */
    ChromiumErrors(ChromeDriver driver) {
        this.driver = driver;
        read();
        errors.clear();
    }

    /** Moves the log's new SEVERE entries here. */
    void read() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
    }

    /** Whether an error arrived since the last {@link #take()}, reading the log first. */
    boolean any() {
        read();
        return !errors.isEmpty();
    }

    /** The errors since the last call, oldest first, reading the log first; none are kept afterwards. */
    List<String> take() {
        read();
        List<String> taken = new ArrayList<>(errors);
        errors.clear();
        return taken;
    }
}
