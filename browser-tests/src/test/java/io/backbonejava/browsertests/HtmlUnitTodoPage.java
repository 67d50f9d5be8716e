package io.backbonejava.browsertests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.host.event.KeyboardEvent;

/**
 * A {@link TodoPage} in HtmlUnit, with a client of its own (so a fresh, empty localStorage): its script
 * errors and {@code console.error} lines are the page's errors.
 */
final class HtmlUnitTodoPage implements TodoPage {
    private final String baseUrl;
    private final WebClient client = new WebClient(BrowserVersion.CHROME);
    private final HtmlUnitErrors errors = HtmlUnitErrors.collectFrom(client);

    HtmlUnitTodoPage(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    private HtmlPage page() {
        return (HtmlPage) client.getCurrentWindow().getEnclosedPage();
    }

    /**
     * Lets the app's pending work finish first (a store's answer, a timer): HtmlUnit runs it on a thread of
     * its own, and the test must not read the page while that thread is redrawing it.
     */
    private HtmlPage settled() {
        client.waitForBackgroundJavaScript(2000);
        return page();
    }

    private HtmlElement element(String css) {
        HtmlElement element = settled().querySelector(css);
        if (element == null) {
            throw new AssertionError("no element matches " + css + " in HtmlUnit");
        }
        return element;
    }

    @Override
    public void click(String css) {
        try {
            element(css).click();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void doubleClick(String css) {
        try {
            element(css).dblClick();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void hover(String css) {
        element(css).mouseOver();
    }

    @Override
    public void type(String css, String text) {
        try {
            HtmlElement element = element(css);
            if (page().getFocusedElement() != element) {
                element.focus();
            }
            element.type(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void replace(String css, String text) {
        ((HtmlInput) element(css)).setValue("");
        type(css, text);
    }

    @Override
    public void press(String css, Key key) {
        element(css).type(key == Key.ENTER ? KeyboardEvent.DOM_VK_RETURN : KeyboardEvent.DOM_VK_ESCAPE);
    }

    @Override
    public String text(String css) {
        return element(css).getTextContent();
    }

    @Override
    public List<String> texts(String css) {
        List<String> texts = new ArrayList<>();
        for (DomNode node : settled().querySelectorAll(css)) {
            texts.add(node.getTextContent());
        }
        return texts;
    }

    @Override
    public int count(String css) {
        return settled().querySelectorAll(css).size();
    }

    @Override
    public String value(String css) {
        return ((HtmlInput) element(css)).getValue();
    }

    @Override
    public boolean isDisplayed(String css) {
        return element(css).isDisplayed();
    }

    @Override
    public boolean isChecked(String css) {
        return ((HtmlCheckBoxInput) element(css)).isChecked();
    }

    @Override
    public boolean hasClass(String css, String name) {
        return Arrays.asList(element(css).getAttribute("class").split(" ")).contains(name);
    }

    @Override
    public boolean isFocused(String css) {
        return page().getFocusedElement() == element(css);
    }

    @Override
    public Object eval(String expression) {
        return settled().executeJavaScript(expression).getJavaScriptResult();
    }

    @Override
    public String url() {
        return page().getUrl().toString();
    }

    @Override
    public void goTo(String path) {
        try {
            client.getPage(baseUrl + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waitUntilDrawn();
    }

    @Override
    public void reload() {
        try {
            page().refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waitUntilDrawn();
    }

    @Override
    public void pause(long millis) {
        client.waitForBackgroundJavaScript(millis);
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

    @Override
    public void close() {
        client.waitForBackgroundJavaScript(50);
        client.close();
        List<String> taken = takeErrors();
        if (!taken.isEmpty()) {
            throw new AssertionError("HtmlUnit reported errors: " + taken);
        }
    }
}
