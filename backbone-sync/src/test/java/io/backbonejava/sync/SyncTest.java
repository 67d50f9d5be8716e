package io.backbonejava.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import io.backbonejava.Attributes;
import io.backbonejava.Collection;
import io.backbonejava.Failure;
import io.backbonejava.Model;
import io.backbonejava.Options;
import io.backbonejava.Sync;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * Backbone 1.6.1's test/sync.js. Backbone fakes {@code Backbone.ajax} to record its settings; here a
 * {@link RecordingTransport} records the {@link AjaxRequest}s that {@link RestSync} builds.
 */
@RunWith(TeaVMTestRunner.class)
public class SyncTest {
    private RecordingTransport ajax;
    private RestSync rest;
    private Collection<Model> library;

    @Before
    public void setUp() {
        ajax = new RecordingTransport();
        rest = new RestSync(ajax);
        Sync.setDefault(rest);
        library = new Collection<Model>().url("/library");
        library.create(Attributes.of("title", "The Tempest", "author", "Bill Shakespeare", "length", 123),
                new Options().wait(false));
        // One request at a time per model: the create is answered before the tests save the book again.
        // (Backbone would send the next save beside it, as a second POST while the book has no id.)
        ajax.last().succeed(null);
    }

    @After
    public void tearDown() {
        Sync.setDefault(null);
    }

    private static double num(Object value) {
        return ((Number) value).doubleValue();
    }

    @Test
    public void read() {
        library.fetch();
        assertEquals("/library", ajax.lastRequest().url());
        assertEquals("GET", ajax.lastRequest().type());
        assertEquals("json", ajax.lastRequest().dataType());
        assertNull(ajax.lastRequest().data());
    }

    @Test
    public void passingData() {
        library.fetch(new HttpOptions().data(Attributes.of("a", "a", "one", 1)).options());
        assertEquals("/library", ajax.lastRequest().url());
        Map<?, ?> data = (Map<?, ?>) ajax.lastRequest().data();
        assertEquals("a", data.get("a"));
        assertEquals(1, data.get("one"));
        // What jQuery would put on the wire.
        assertEquals("/library?a=a&one=1", ajax.lastRequest().fullUrl());
    }

    @Test
    public void create() {
        assertEquals("/library", ajax.lastRequest().url());
        assertEquals("POST", ajax.lastRequest().type());
        assertEquals("json", ajax.lastRequest().dataType());
        Map<String, Object> data = ajax.last().json();
        assertEquals("The Tempest", data.get("title"));
        assertEquals("Bill Shakespeare", data.get("author"));
        assertEquals(123, num(data.get("length")), 0);
    }

    @Test
    public void update() {
        library.first().save(Attributes.of("id", "1-the-tempest", "author", "William Shakespeare"));
        assertEquals("/library/1-the-tempest", ajax.lastRequest().url());
        assertEquals("PUT", ajax.lastRequest().type());
        assertEquals("json", ajax.lastRequest().dataType());
        Map<String, Object> data = ajax.last().json();
        assertEquals("1-the-tempest", data.get("id"));
        assertEquals("The Tempest", data.get("title"));
        assertEquals("William Shakespeare", data.get("author"));
        assertEquals(123, num(data.get("length")), 0);
    }

    @Test
    public void updateWithEmulateHTTPAndEmulateJSON() {
        library.first().save(Attributes.of("id", "2-the-tempest", "author", "Tim Shakespeare"),
                new HttpOptions().emulateHTTP(true).emulateJSON(true).options());
        assertEquals("/library/2-the-tempest", ajax.lastRequest().url());
        assertEquals("POST", ajax.lastRequest().type());
        assertEquals("json", ajax.lastRequest().dataType());
        assertEquals("PUT", ajax.last().form().get("_method"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) JsonReader.parse((String) ajax.last().form().get("model"));
        assertEquals("2-the-tempest", data.get("id"));
        assertEquals("Tim Shakespeare", data.get("author"));
        assertEquals(123, num(data.get("length")), 0);
    }

    @Test
    public void updateWithJustEmulateHTTP() {
        library.first().save(Attributes.of("id", "2-the-tempest", "author", "Tim Shakespeare"),
                new HttpOptions().emulateHTTP(true).options());
        assertEquals("/library/2-the-tempest", ajax.lastRequest().url());
        assertEquals("POST", ajax.lastRequest().type());
        assertEquals("application/json", ajax.lastRequest().contentType());
        Map<String, Object> data = ajax.last().json();
        assertEquals("2-the-tempest", data.get("id"));
        assertEquals("Tim Shakespeare", data.get("author"));
        assertEquals(123, num(data.get("length")), 0);
        assertEquals("PUT", ajax.lastRequest().headers().get("X-HTTP-Method-Override"));
    }

    @Test
    public void updateWithJustEmulateJSON() {
        library.first().save(Attributes.of("id", "2-the-tempest", "author", "Tim Shakespeare"),
                new HttpOptions().emulateJSON(true).options());
        assertEquals("/library/2-the-tempest", ajax.lastRequest().url());
        assertEquals("PUT", ajax.lastRequest().type());
        assertEquals("application/x-www-form-urlencoded", ajax.lastRequest().contentType());
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) JsonReader.parse((String) ajax.last().form().get("model"));
        assertEquals("2-the-tempest", data.get("id"));
        assertEquals("Tim Shakespeare", data.get("author"));
        assertEquals(123, num(data.get("length")), 0);
    }

    @Test
    public void readModel() {
        library.first().save(Attributes.of("id", "2-the-tempest", "author", "Tim Shakespeare"));
        ajax.last().succeed(null);
        library.first().fetch();
        assertEquals("/library/2-the-tempest", ajax.lastRequest().url());
        assertEquals("GET", ajax.lastRequest().type());
        assertNull(ajax.lastRequest().data());
    }

    @Test
    public void destroy() {
        library.first().save(Attributes.of("id", "2-the-tempest", "author", "Tim Shakespeare"));
        ajax.last().succeed(null);
        library.first().destroy(new Options().wait(true));
        assertEquals("/library/2-the-tempest", ajax.lastRequest().url());
        assertEquals("DELETE", ajax.lastRequest().type());
        assertNull(ajax.lastRequest().data());
    }

    @Test
    public void destroyWithEmulateHTTP() {
        library.first().save(Attributes.of("id", "2-the-tempest", "author", "Tim Shakespeare"));
        ajax.last().succeed(null);
        library.first().destroy(new HttpOptions().emulateHTTP(true).emulateJSON(true).options());
        assertEquals("/library/2-the-tempest", ajax.lastRequest().url());
        assertEquals("POST", ajax.lastRequest().type());
        assertEquals("{\"_method\":\"DELETE\"}", Json.write(ajax.lastRequest().data()));
    }

    @Test
    public void urlError() {
        Model model = new Model();
        try {
            model.fetch();
            fail("expected the url error");
        } catch (IllegalStateException e) {
            assertEquals("A \"url\" property or function must be specified", e.getMessage());
        }
        model.fetch(new Options().url("/one/two"));
        assertEquals("/one/two", ajax.lastRequest().url());
    }

    @Test
    public void optionsIsOptional_1052() {
        Model model = new Model().urlRoot("/test");
        int before = ajax.calls.size();
        rest.sync(Sync.CREATE, model, null);
        assertEquals(before + 1, ajax.calls.size());
        assertEquals("/test", ajax.lastRequest().url());
    }

    @Test
    public void backboneAjax() {
        List<String> urls = new ArrayList<>();
        Transport replaced = (request, callback) -> {
            urls.add(request.url());
            return null;
        };
        Model model = new Model().urlRoot("/test");
        new RestSync(replaced).sync(Sync.CREATE, model, null);
        assertEquals(1, urls.size());
        assertEquals("/test", urls.get(0));
    }

    @Test
    public void callProvidedErrorCallbackOnError() {
        Model model = new Model().urlRoot("/test");
        int[] errors = {0};
        rest.sync(Sync.READ, model, new Options().error((target, failure, options) -> errors[0]++));
        ajax.last().fail(Failure.network("down"));
        assertEquals(1, errors[0]);
    }

    /**
     * Upstream checks that the default is copied into the caller's options; nothing is written there now, so
     * this checks what the default does to the request, and that a call's own setting wins over it.
     */
    @Test
    public void useBackboneEmulateHTTPAsDefault() {
        Model model = new Model(Attributes.of("id", 1)).urlRoot("/test");

        rest.emulateHTTP(true);
        model.sync(Sync.UPDATE, model, new Options());
        assertEquals("POST", ajax.lastRequest().type());
        assertEquals("PUT", ajax.lastRequest().headers().get("X-HTTP-Method-Override"));
        ajax.last().succeed(null);   // one request at a time per model
        model.sync(Sync.UPDATE, model, new HttpOptions().emulateHTTP(false).options());
        assertEquals("PUT", ajax.lastRequest().type());

        rest.emulateHTTP(false);
        ajax.last().succeed(null);   // one request at a time per model
        model.sync(Sync.UPDATE, model, new Options());
        assertEquals("PUT", ajax.lastRequest().type());
        assertNull(ajax.lastRequest().headers().get("X-HTTP-Method-Override"));
    }

    /** As above: the default's effect on the request, and a call's own setting winning over it. */
    @Test
    public void useBackboneEmulateJSONAsDefault() {
        Model model = new Model(Attributes.of("id", 1)).urlRoot("/test");

        rest.emulateJSON(true);
        model.sync(Sync.CREATE, model, new Options());
        assertEquals("application/x-www-form-urlencoded", ajax.lastRequest().contentType());
        ajax.last().succeed(null);   // one request at a time per model
        model.sync(Sync.CREATE, model, new HttpOptions().emulateJSON(false).options());
        assertEquals("application/json", ajax.lastRequest().contentType());

        rest.emulateJSON(false);
        ajax.last().succeed(null);   // one request at a time per model
        model.sync(Sync.CREATE, model, new Options());
        assertEquals("application/json", ajax.lastRequest().contentType());
    }

    /**
     * Java has no jQuery {@code beforeSend}; what the upstream case protects is that the caller's own
     * customisation of the request survives the override header that emulateHTTP adds. Here the caller's
     * customisation is the {@code header} option.
     */
    @Test
    public void callUserProvidedBeforeSendFunction_1756() {
        rest.emulateHTTP(true);
        Model model = new Model().urlRoot("/test");
        model.set("id", 1);
        model.sync(Sync.DELETE, model, new HttpOptions().header("X-Requested-By", "test").options());
        Map<String, String> headers = ajax.lastRequest().headers();
        assertEquals("test", headers.get("X-Requested-By"));
        assertEquals("DELETE", headers.get("X-HTTP-Method-Override"));
        assertEquals("POST", ajax.lastRequest().type());
        assertEquals(2, headers.size());
    }

    @Test
    public void passAlongTextStatusAndErrorThrown_2928() {
        Model model = new Model().urlRoot("/test");
        List<Failure> seen = new ArrayList<>();
        model.onError(seen::add);
        List<Failure> callbacks = new ArrayList<>();
        model.fetch(new Options().error((target, failure, options) -> callbacks.add(failure)));
        ajax.last().fail(new Failure(0, "textStatus", "errorThrown", null, null));
        assertEquals(1, seen.size());
        assertEquals("textStatus", seen.get(0).textStatus());
        assertEquals("errorThrown", seen.get(0).errorThrown());
        assertEquals(seen, callbacks);
    }
}
