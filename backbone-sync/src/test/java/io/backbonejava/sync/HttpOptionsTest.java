package io.backbonejava.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.backbonejava.Attributes;
import io.backbonejava.Model;
import io.backbonejava.Options;
import java.util.Collections;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

@RunWith(TeaVMTestRunner.class)
public class HttpOptionsTest {
    private RecordingTransport ajax;
    private RestSync rest;

    @Before
    public void setUp() {
        ajax = new RecordingTransport();
        rest = new RestSync(ajax);
    }

    @Test
    public void eachSettingReturnsNewSettingsAndLeavesTheReceiverAsItWas() {
        HttpOptions none = new HttpOptions();
        HttpOptions token = none.header("X-Token", "t1");
        HttpOptions slow = token.timeout(50).header("X-Trace", "1");
        assertTrue(none.headers().isEmpty());
        assertEquals(Collections.singletonMap("X-Token", "t1"), token.headers());
        assertEquals(0, token.timeout());
        assertEquals(50, slow.timeout());
        assertEquals(2, slow.headers().size());
        try {
            slow.headers().put("X-Other", "x");
            throw new AssertionError("headers() must be read-only");
        } catch (UnsupportedOperationException expected) {
            assertEquals(2, slow.headers().size());
        }
    }

    @Test
    public void theSettingsRideInTheCallsOptionsToTheRequest() {
        Model model = new Model(Attributes.of("id", 1)).urlRoot("/items");
        model.sync(rest);
        Options mine = new Options().wait(true);
        Options sent = new HttpOptions().header("X-Token", "t1").timeout(50).contentType("text/plain")
                .emulateHTTP(true).in(mine);
        assertSame(HttpOptions.of(new Options()), HttpOptions.of(mine));
        model.save(sent);
        AjaxRequest request = ajax.lastRequest();
        assertEquals("POST", request.type());
        assertEquals("PUT", request.headers().get("X-HTTP-Method-Override"));
        assertEquals("t1", request.headers().get("X-Token"));
        assertEquals(50, request.timeout());
        assertTrue(sent.waits());
        assertNull(HttpOptions.of(null).data());
    }

    @Test
    public void dataOfAReadBecomesTheQueryString() {
        Model model = new Model(Attributes.of("id", 1)).urlRoot("/items");
        model.sync(rest);
        model.fetch(new HttpOptions().data(Attributes.of("page", 2)).options());
        assertEquals(Attributes.of("page", 2), ajax.lastRequest().data());
        assertEquals("GET", ajax.lastRequest().type());
    }
}
