package io.backbonejava.browsertests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.WebConsole;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptErrorListener;
import org.htmlunit.javascript.host.event.KeyboardEvent;

/**
 * A {@link TodoPage} in HtmlUnit, with a client of its own (so a fresh, empty localStorage): its script
 * errors and {@code console.error} lines are the page's errors.
 */
final class HtmlUnitTodoPage implements TodoPage {
    private final String baseUrl;
    private final WebClient client = new WebClient(BrowserVersion.CHROME);
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    HtmlUnitTodoPage(String baseUrl) {
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
        client.getWebConsole().setLogger(new ErrorLogger());
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
        synchronized (errors) {
            List<String> taken = new ArrayList<>(errors);
            errors.clear();
            return taken;
        }
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

    /** Records {@code console.error}; the other levels are dropped. */
    private final class ErrorLogger implements WebConsole.Logger {
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
