package io.backbonejava.browsertests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** A {@link TodoPage} in the shared headless Chromium: browser log entries at SEVERE are the page's errors. */
final class ChromiumTodoPage implements TodoPage {
    private final ChromeDriver driver;
    private final String baseUrl;
    private final ChromiumErrors errors;

    ChromiumTodoPage(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.errors = new ChromiumErrors(driver);
    }

    private WebElement element(String css) {
        try {
            return driver.findElement(By.cssSelector(css));
        } catch (NoSuchElementException e) {
            throw new AssertionError("no element matches " + css + " in Chromium");
        }
    }

    /** Runs a gesture on an element found afresh, again if the app replaced the element meanwhile. */
    private void act(String css, Consumer<WebElement> gesture) {
        for (int attempt = 1; ; attempt++) {
            try {
                gesture.accept(element(css));
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void click(String css) {
        act(css, WebElement::click);
    }

    @Override
    public void doubleClick(String css) {
        act(css, element -> new Actions(driver).doubleClick(element).perform());
    }

    @Override
    public void hover(String css) {
        act(css, element -> new Actions(driver).moveToElement(element).perform());
    }

    @Override
    public void type(String css, String text) {
        element(css).sendKeys(text);
    }

    // Not WebElement.clear(): WebDriver's clear blurs the field afterwards, and blur is a gesture of its own here.
    @Override
    public void replace(String css, String text) {
        WebElement field = element(css);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
    }

    @Override
    public void press(String css, Key key) {
        element(css).sendKeys(key == Key.ENTER ? Keys.ENTER : Keys.ESCAPE);
    }

    // Reads go through one script each: the app redraws its footer on every change, possibly while a
    // store's answer arrives, and a script sees the page between two of its tasks, never half drawn.

    @Override
    public String text(String css) {
        Object text = driver.executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.textContent : null;", css);
        if (text == null) {
            throw new AssertionError("no element matches " + css + " in Chromium");
        }
        return (String) text;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> texts(String css) {
        return (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent);", css);
    }

    @Override
    public int count(String css) {
        return ((Number) driver.executeScript("return document.querySelectorAll(arguments[0]).length;", css))
                .intValue();
    }

    @Override
    public String value(String css) {
        return (String) property(css, "value");
    }

    @Override
    public boolean isDisplayed(String css) {
        boolean[] displayed = new boolean[1];
        act(css, element -> displayed[0] = element.isDisplayed());
        return displayed[0];
    }

    @Override
    public boolean isChecked(String css) {
        return (Boolean) property(css, "checked");
    }

    @Override
    public boolean hasClass(String css, String name) {
        return Arrays.asList(((String) property(css, "className")).split(" ")).contains(name);
    }

    private Object property(String css, String name) {
        List<?> found = (List<?>) driver.executeScript(
                "const e = document.querySelector(arguments[0]); return e ? [e[arguments[1]]] : null;", css, name);
        if (found == null) {
            throw new AssertionError("no element matches " + css + " in Chromium");
        }
        return found.get(0);
    }

    @Override
    public boolean isFocused(String css) {
        return driver.switchTo().activeElement().equals(element(css));
    }

    @Override
    public Object eval(String expression) {
        return driver.executeScript("return " + expression + ";");
    }

    @Override
    public String url() {
        return driver.getCurrentUrl();
    }

    @Override
    public void goTo(String path) {
        driver.get(baseUrl + path);
        waitUntilDrawn();
    }

    /** Empties the localStorage of the server's origin, from outside any page (DevTools' Storage domain). */
    void clearLocalStorage() {
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", baseUrl, "storageTypes", "local_storage"));
    }

    /**
     * Sets a cookie of the server's origin from outside the page (DevTools' Network domain), as the server
     * would: {@code httpOnly} ones still go with every request but are hidden from the page's scripts.
     */
    void setCookie(String name, String value, boolean httpOnly) {
        driver.executeCdpCommand("Network.setCookie",
                Map.of("name", name, "value", value, "url", baseUrl + "/", "httpOnly", httpOnly));
    }

    /** The value of a cookie of the server's origin, HttpOnly ones included; null when there is none. */
    @SuppressWarnings("unchecked")
    String cookie(String name) {
        Map<String, Object> found = driver.executeCdpCommand("Network.getCookies", Map.of("urls", List.of(baseUrl + "/")));
        for (Map<String, Object> cookie : (List<Map<String, Object>>) found.get("cookies")) {
            if (name.equals(cookie.get("name"))) {
                return (String) cookie.get("value");
            }
        }
        return null;
    }

    /** Leaves the app for an empty page, which also ends any request the app still has under way. */
    void leave() {
        driver.get("about:blank");
    }

    @Override
    public void reload() {
        driver.navigate().refresh();
        waitUntilDrawn();
    }

    @Override
    public void pause(long millis) {
        errors.read();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Writes a PNG of the page as it looks at {@code width} by {@code height} CSS pixels (device scale 1),
     * with the focus and the mouse taken away first so that no caret or hover effect is caught in it.
     */
    void screenshot(Path file, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        try {
            // No caret, no scroll bar: the picture shows the app, not the moment it was taken.
            driver.executeScript("document.activeElement.blur(); window.scrollTo(0, 0);"
                    + " document.documentElement.style.overflow = 'hidden';");
            new Actions(driver).moveToLocation(width - 1, height - 1).perform();
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeScript("document.documentElement.style.overflow = '';");
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Override
    public List<String> takeErrors() {
        return errors.take();
    }

    @Override
    public void close() {
        List<String> taken = takeErrors();
        if (!taken.isEmpty()) {
            throw new AssertionError("Chromium reported errors: " + taken);
        }
    }
}
