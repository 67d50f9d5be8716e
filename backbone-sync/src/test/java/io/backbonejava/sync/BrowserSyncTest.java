package io.backbonejava.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.backbonejava.Attributes;
import io.backbonejava.Collection;
import io.backbonejava.Failure;
import io.backbonejava.Model;
import io.backbonejava.Request;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.SkipJVM;
import org.teavm.junit.TeaVMTestRunner;

/** What only a browser has: window.localStorage, the native JSON.parse, XMLHttpRequest and setTimeout. */
@RunWith(TeaVMTestRunner.class)
@SkipJVM
public class BrowserSyncTest {
    private static final String KEY = "backbone-java-test-todos";

    @Before
    public void clearStorage() {
        Storage.local().removeItem(KEY);
    }

    @After
    public void removeStorage() {
        Storage.local().removeItem(KEY);
    }

    /** Waits for an asynchronous outcome; TeaVM turns the sleep into a return to the event loop. */
    private static void await(Request request) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10000;
        while (request.isPending() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    public void theNativeParserGivesWhatThePlainJavaParserGives() {
        String text = "{\"a\":[1,2.5,-3e2,true,false,null],\"b\":\"\\u00e9\\n\",\"c\":{}}";
        assertEquals(JsonParser.plainJava().parse(text), JsonParser.browser().parse(text));
        Map<?, ?> map = (Map<?, ?>) JsonParser.browser().parse(text);
        assertEquals(Arrays.asList(1.0, 2.5, -300.0, true, false, null), map.get("a"));
        assertNull(JsonParser.browser().parse("null"));
    }

    @Test
    public void theNativeParserRefusesWhatIsNotJson() {
        try {
            JsonParser.browser().parse("{oops");
            throw new AssertionError("accepted {oops");
        } catch (RuntimeException e) {
            assertTrue(e.getMessage(), e.getMessage() != null);
        }
    }

    @Test
    public void localStorageKeepsTheStoreAcrossInstances() {
        Collection<Model> before = new Collection<>();
        before.sync(LocalStorageSync.browser(KEY));
        Model milk = before.create(Attributes.of("title", "Buy milk", "order", 1));
        before.create(Attributes.of("title", "Bread", "order", 2));
        milk.save(Attributes.of("completed", true));

        String text = Storage.local().getItem(KEY);
        assertTrue(text, text.startsWith("[{\"title\":\"Buy milk\",\"order\":1,"));

        Collection<Model> after = new Collection<>();
        after.sync(LocalStorageSync.browser(KEY));
        after.fetch();
        assertEquals(Arrays.asList("Buy milk", "Bread"), after.pluck("title"));
        assertEquals(true, after.first().get("completed"));
        assertEquals(milk.id(), after.first().id());
    }

    @Test
    public void corruptDataInLocalStorageIsReportedAndKept() {
        Storage.local().setItem(KEY, "{not json");
        Collection<Model> todos = new Collection<>();
        todos.sync(LocalStorageSync.browser(KEY));
        List<Failure> failures = new ArrayList<>();
        todos.on("error", e -> failures.add((Failure) e.arg(1)));
        todos.fetch();
        todos.create(Attributes.of("title", "Buy milk"));
        assertEquals(2, failures.size());
        assertEquals(Failure.PARSER_ERROR, failures.get(0).textStatus());
        assertEquals("{not json", Storage.local().getItem(KEY));
    }

    @Test
    public void destroyOfANewModelReportsSuccessInALaterTask() throws InterruptedException {
        RestSync sync = new RestSync(new XhrTransport());
        Model model = new Model();
        model.sync(sync);
        int[] successes = {0};
        Request request = model.destroy(new io.backbonejava.Options()
                .success((target, response, options) -> successes[0]++));
        assertEquals(0, successes[0]);
        assertTrue(request.isPending());
        await(request);
        assertEquals(1, successes[0]);
        assertTrue(request.isResolved());
    }

    @Test
    public void xhrReportsAnHttpErrorWithItsStatus() throws InterruptedException {
        Model model = new Model().urlRoot("/no-such-resource-for-backbone-java");
        model.set("id", 1);
        model.sync(new RestSync(new XhrTransport()));
        List<Failure> failures = new ArrayList<>();
        model.on("error", e -> failures.add((Failure) e.arg(1)));
        Request request = model.fetch();
        await(request);
        assertTrue(request.isRejected());
        assertEquals(1, failures.size());
        assertTrue(String.valueOf(failures.get(0).status()), failures.get(0).status() >= 400);
    }

    @Test
    public void xhrReportsARefusedConnectionAsANetworkFailure() throws InterruptedException {
        Model model = new Model();
        model.sync(new RestSync(new XhrTransport()));
        Request request = model.fetch(new io.backbonejava.Options().url("http://127.0.0.1:9/api/todos/1"));
        await(request);
        assertTrue(request.isRejected());
        assertEquals(0, request.failure().status());
        assertEquals(Failure.ERROR, request.failure().textStatus());
    }

    @Test
    public void xhrCanBeAborted() throws InterruptedException {
        Model model = new Model().urlRoot("/no-such-resource-for-backbone-java");
        model.sync(new RestSync(new XhrTransport()));
        List<Failure> failures = new ArrayList<>();
        model.on("error", e -> failures.add((Failure) e.arg(1)));
        Request request = model.fetch();
        request.abort();
        Thread.sleep(50);
        assertEquals(1, failures.size());
        assertEquals(Failure.ABORT, failures.get(0).textStatus());
    }
}
