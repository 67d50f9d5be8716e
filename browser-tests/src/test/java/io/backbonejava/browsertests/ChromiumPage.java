package io.backbonejava.browsertests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A {@link Page} in headless Chromium: browser log entries at SEVERE are the page's errors. */
final class ChromiumPage implements Page {
    private final ChromeDriver driver;
    private final String baseUrl;
    private final ChromiumErrors errors;

    ChromiumPage(ChromeDriver driver, String baseUrl, String path) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.errors = new ChromiumErrors(driver);
        // Start from a blank document: loading a URL that differs from the previous test's only in its
        // fragment (/hash-routing# after /hash-routing#todos/1) is a same-document navigation, no new page.
        driver.get("about:blank");
        goTo(path);
    }

    private WebElement element(String css) {
        try {
            return driver.findElement(By.cssSelector(css));
        } catch (NoSuchElementException e) {
            throw new AssertionError("no element matches " + css + " in Chromium");
        }
    }

    @Override
    public void click(String css) {
        element(css).click();
    }

    @Override
    public void type(String css, String text) {
        WebElement element = element(css);
        element.click();
        element.sendKeys(text);
    }

    @Override
    public String text(String css) {
        return element(css).getDomProperty("textContent");
    }

    @Override
    public String value(String css) {
        return element(css).getDomProperty("value");
    }

    @Override
    public int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    @Override
    public List<String> texts(String css) {
        List<String> texts = new ArrayList<>();
        for (WebElement element : driver.findElements(By.cssSelector(css))) {
            texts.add(element.getDomProperty("textContent"));
        }
        return texts;
    }

    @Override
    public String url() {
        return driver.getCurrentUrl();
    }

    @Override
    public void goTo(String path) {
        driver.get(baseUrl + path);
        String scenario = BrowserTestBase.scenarioOf(path);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            return scenario.equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready"))
                    || errors.any();
        });
        assertNoErrors();
    }

    @Override
    public void back() {
        driver.navigate().back();
    }

    @Override
    public void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<String> takeErrors() {
        return errors.take();
    }

    private void assertNoErrors() {
        List<String> taken = takeErrors();
        if (!taken.isEmpty()) {
            throw new AssertionError("Chromium reported errors: " + taken);
        }
    }

    @Override
    public void close() {
        assertNoErrors();
    }

    @Override
    public void forward() {
        driver.navigate().forward();
    }

    @Override
    public void reload() {
        String scenario = BrowserTestBase.scenarioOf(driver.getCurrentUrl().substring(baseUrl.length()));
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            return scenario.equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready"))
                    || errors.any();
        });
        assertNoErrors();
    }
}
