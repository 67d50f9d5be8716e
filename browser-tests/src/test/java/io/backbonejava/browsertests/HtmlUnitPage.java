package io.backbonejava.browsertests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;

/** A {@link Page} in HtmlUnit: its script errors and {@code console.error} lines are the page's errors. */
final class HtmlUnitPage implements Page {
    private final String baseUrl;
    private final WebClient client = new WebClient(BrowserVersion.CHROME);
    private final HtmlUnitErrors errors = HtmlUnitErrors.collectFrom(client);

    HtmlUnitPage(String baseUrl, String path) {
        this.baseUrl = baseUrl;
        goTo(path);
    }

    private HtmlPage page() {
        return (HtmlPage) client.getCurrentWindow().getEnclosedPage();
    }

    private HtmlElement element(String css) {
        HtmlElement element = page().querySelector(css);
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
    public void type(String css, String text) {
        try {
            HtmlElement element = element(css);
            element.click();
            element.type(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String text(String css) {
        return element(css).getTextContent();
    }

    @Override
    public String value(String css) {
        HtmlElement element = element(css);
        if (element instanceof HtmlInput) {
            return ((HtmlInput) element).getValue();
        }
        if (element instanceof HtmlTextArea) {
            return ((HtmlTextArea) element).getText();
        }
        if (element instanceof HtmlSelect) {
            return ((HtmlSelect) element).getSelectedOptions().isEmpty() ? ""
                    : ((HtmlSelect) element).getSelectedOptions().get(0).getValueAttribute();
        }
        throw new AssertionError(css + " is no form field in HtmlUnit");
    }

    @Override
    public int count(String css) {
        return page().querySelectorAll(css).size();
    }

    @Override
    public List<String> texts(String css) {
        List<String> texts = new ArrayList<>();
        for (DomNode node : page().querySelectorAll(css)) {
            texts.add(node.getTextContent());
        }
        return texts;
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
        String scenario = BrowserTestBase.scenarioOf(path);
        waitUntil("scenario " + scenario + " mounted in HtmlUnit",
                () -> scenario.equals(page().getBody().getAttribute("data-ready")) || errors.any());
        assertNoErrors();
    }

    @Override
    public void back() {
        try {
            client.getCurrentWindow().getHistory().back();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private void assertNoErrors() {
        List<String> taken = takeErrors();
        if (!taken.isEmpty()) {
            throw new AssertionError("HtmlUnit reported errors: " + taken);
        }
    }

    @Override
    public void close() {
        client.waitForBackgroundJavaScript(50);
        client.close();
        assertNoErrors();
    }

    @Override
    public void forward() {
        try {
            client.getCurrentWindow().getHistory().forward();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void reload() {
        String scenario = BrowserTestBase.scenarioOf(page().getUrl().getPath());
        try {
            page().refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waitUntil("scenario " + scenario + " mounted again in HtmlUnit",
                () -> scenario.equals(page().getBody().getAttribute("data-ready")) || errors.any());
        assertNoErrors();
    }
}
