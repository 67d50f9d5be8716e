package io.backbonejava.browsertests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reading-list example as a test drives it in the shared headless Chromium, whatever its store: opening
 * a page of the app and waiting until it is drawn, the route shown ({@code <main data-route>}), the fields of
 * the form and the message the form shows next to each, the lines of the list. The page's console errors are
 * kept in {@link #errors()}.
 */
final class ReadingListPage {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final ChromiumErrors errors;

    ReadingListPage(ChromeDriver driver) {
        this.driver = driver;
        driver.get("about:blank");
        errors = new ChromiumErrors(driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    ChromiumErrors errors() {
        return errors;
    }

    /** Loads a page of the app, such as {@code http://127.0.0.1:8080/reading-list/local.html#/}, until drawn. */
    void open(String url) {
        driver.get(url);
        waitReady();
    }

    /** Loads the page again, as the browser's reload button does, until drawn. */
    void reload() {
        driver.navigate().refresh();
        waitReady();
    }

    private void waitReady() {
        new WebDriverWait(driver, WAIT).until(d -> "reading-list".equals(
                d.findElement(By.tagName("body")).getDomAttribute("data-ready")) || errors.any());
    }

    /** Waits until {@code <main>} shows a route's view: {@code "list"} or {@code "form"}. */
    void waitForRoute(String route) {
        waitUntil(() -> route.equals(find("main").getDomAttribute("data-route")));
    }

    void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).until(d -> condition.getAsBoolean());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    void click(String css) {
        find(css).click();
    }

    /** Clicks into a field and types, as the user does: each key fires its input event. */
    void type(String css, CharSequence text) {
        WebElement field = find(css);
        field.click();
        field.sendKeys(text);
    }

    /** Empties a field, then types. */
    void replace(String css, String text) {
        find(css).clear();
        type(css, text);
    }

    String value(String css) {
        return find(css).getDomProperty("value");
    }

    String attribute(String css, String name) {
        return find(css).getDomAttribute(name);
    }

    String text(String css) {
        return find(css).getDomProperty("textContent");
    }

    List<String> texts(String css) {
        List<String> texts = new ArrayList<>();
        for (WebElement element : driver.findElements(By.cssSelector(css))) {
            texts.add(element.getDomProperty("textContent"));
        }
        return texts;
    }

    /**
     * The message the form shows for a field: the text of the element its {@code aria-describedby} names when
     * it has one, else "" when the form's message element after it is empty.
     */
    String errorOf(String css) {
        return (String) driver.executeScript("var field = document.querySelector(arguments[0]);"
                + " var named = field.getAttribute('aria-describedby');"
                + " if (named) { return document.getElementById(named).textContent; }"
                + " var next = field.nextElementSibling;"
                + " return next && next.classList.contains('field-error') ? next.textContent"
                + " : '(no message element)';", css);
    }

    /** Runs a script in the page and returns its result. */
    Object eval(String script, Object... args) {
        return driver.executeScript(script, args);
    }
}
