package io.backbonejava.browsertests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.WebConsole;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptErrorListener;

/** A {@link Page} in HtmlUnit: its script errors and {@code console.error} lines are the page's errors. */
final class HtmlUnitPage implements Page {
    private final String baseUrl;
    private final WebClient client = new WebClient(BrowserVersion.CHROME);
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    HtmlUnitPage(String baseUrl, String path) {
        this.baseUrl = baseUrl;
        // Collect script errors rather than throw them from whatever call ran the script, and report them all.
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.setJavaScriptErrorListener(new JavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage page, ScriptException exception) {
                errors.add("script exception: " + exception.getMessage());
            }

            @Override
            public void timeoutError(HtmlPage page, long allowedTime, long executionTime) {
                errors.add("script timeout after " + executionTime + " ms");
            }

            @Override
            public void malformedScriptURL(HtmlPage page, String url, MalformedURLException exception) {
                errors.add("malformed script URL: " + url);
            }

            @Override
            public void loadScriptError(HtmlPage page, URL scriptUrl, Exception exception) {
                errors.add("could not load " + scriptUrl + ": " + exception);
            }

            @Override
            public void warn(String message, String sourceName, int line, String lineSource, int lineOffset) {
                // Parser warnings are not errors.
            }
        });
        client.getWebConsole().setLogger(new ErrorOnlyLogger());
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
                () -> scenario.equals(page().getBody().getAttribute("data-ready")) || !errors.isEmpty());
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
        synchronized (errors) {
            List<String> taken = new ArrayList<>(errors);
            errors.clear();
            return taken;
        }
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

    /** Records {@code console.error}; the other levels are dropped. */
    private final class ErrorOnlyLogger implements WebConsole.Logger {
        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public void trace(Object message) {
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public void debug(Object message) {
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public void info(Object message) {
        }

        @Override
        public boolean isWarnEnabled() {
            return false;
        }

        @Override
        public void warn(Object message) {
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public void error(Object message) {
            errors.add("console.error: " + message);
        }
    }
}
