package io.backbonejava.browsertests;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the Todo app tests run against, as a JUnit extension: one real {@link TodoServer} per test class (and,
 * from the first test of {@link Store#DRF}, one {@link DrfTodoServer}), and the headless Chromium that the whole run shares with the other browser tests (the harness's
 * {@link BrowserTestBase.Browsers}, found in the same place the harness keeps it). Register it with
 * {@code @RegisterExtension static final TodoApps apps = new TodoApps();} and open the app with
 * {@link #open}: each page starts from an empty store.
 */
final class TodoApps implements BeforeAllCallback, AfterAllCallback {
    /** The localStorage key of the app's local store. */
    static final String STORAGE_KEY = "todos-backbone-java";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TodoServer server;
    private DrfTodoServer drf;
    private BrowserTestBase.Browsers browsers;

    @Override
    public void beforeAll(ExtensionContext context) {
        browsers = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(BrowserTestBase.Browsers.class, key -> new BrowserTestBase.Browsers(),
                        BrowserTestBase.Browsers.class);
        server = new TodoServer();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
        if (drf != null) {
            drf.close();
        }
    }

    /** The running demo server. */
    TodoServer server() {
        return server;
    }

    /** The running Django REST Framework server, started on first use. */
    DrfTodoServer drf() {
        if (drf == null) {
            drf = new DrfTodoServer();
        }
        return drf;
    }

    /** The address of the server that serves a store's page. */
    String baseUrl(Store store) {
        return store == Store.DRF ? drf().baseUrl() : server.baseUrl();
    }

    /**
     * Empties the store, then opens the app on it and waits until it is drawn.
     *
     * @param engine the browser
     * @param store which page of the app: REST at {@code /}, localStorage at {@code /local.html}, DRF at
     *     Django's {@code /}
     * @return the page; close it (try-with-resources) to check it reported no errors
     */
    TodoPage open(Engine engine, Store store) {
        TodoPage page;
        if (engine == Engine.CHROMIUM) {
            ChromiumTodoPage chromium = chromium(store);
            // The browser is shared with earlier tests: end their pages' requests, empty localStorage.
            chromium.leave();
            chromium.clearLocalStorage();
            page = chromium;
        } else {
            page = new HtmlUnitTodoPage(baseUrl(store));   // a new client: empty localStorage
        }
        if (store == Store.DRF) {
            drf().clear();
        } else {
            server.clear();
        }
        page.goTo(store.path());
        return page;
    }

    /** A page in the shared Chromium on the server of a store, not yet at any address of the app. */
    ChromiumTodoPage chromium(Store store) {
        ChromeDriver driver = browsers.chrome();
        return new ChromiumTodoPage(driver, baseUrl(store));
    }

    /**
     * What the store holds, sorted by {@code order}: the server's records for REST and DRF, the parsed
     * localStorage array for LOCAL.
     *
     * @param store the store
     * @param page the open page, through which localStorage is read
     * @return the records, each a map of its fields
     */
    List<Map<String, Object>> stored(Store store, TodoPage page) {
        if (store == Store.REST) {
            return server.todos();
        }
        if (store == Store.DRF) {
            return drf().todos();
        }
        Object text = page.eval("localStorage.getItem('" + STORAGE_KEY + "')");
        if (text == null) {
            return new ArrayList<>();
        }
        try {
            List<Map<String, Object>> todos = JSON.readValue((String) text, new TypeReference<>() { });
            todos.sort(Comparator.comparing(todo -> ((Number) todo.get("order")).intValue()));
            return todos;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored titles, in order. */
    List<String> storedTitles(Store store, TodoPage page) {
        List<String> titles = new ArrayList<>();
        for (Map<String, Object> todo : stored(store, page)) {
            titles.add((String) todo.get("title"));
        }
        return titles;
    }
}
