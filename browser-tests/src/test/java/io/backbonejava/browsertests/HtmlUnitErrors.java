package io.backbonejava.browsertests;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.WebConsole;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptErrorListener;

/**
 * What went wrong in an HtmlUnit {@link WebClient}: its script errors and its {@code console.error} lines,
 * collected rather than thrown from whichever call happened to run the script, so that a test can report all
 * of them. {@link HtmlUnitPage} and {@link HtmlUnitTodoPage} each keep one.
 */
final class HtmlUnitErrors implements JavaScriptErrorListener, WebConsole.Logger {
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    /** Starts collecting the errors of {@code client}. */
    static HtmlUnitErrors collectFrom(WebClient client) {
        HtmlUnitErrors collector = new HtmlUnitErrors();
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.setJavaScriptErrorListener(collector);
        client.getWebConsole().setLogger(collector);
        return collector;
    }

    /** Whether an error arrived since the last {@link #take()}. */
    boolean any() {
        return !errors.isEmpty();
    }

    /** The errors collected since the last call, oldest first; the collector is empty afterwards. */
    List<String> take() {
        synchronized (errors) {
            List<String> taken = new ArrayList<>(errors);
            errors.clear();
            return taken;
        }
    }

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

    // Of the console, only console.error counts.

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
