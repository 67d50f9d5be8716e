package io.backbonejava.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.backbonejava.Attributes;
import java.util.Arrays;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/** What goes on the wire: query strings and form bodies encoded as jQuery encodes them. */
@RunWith(TeaVMTestRunner.class)
public class AjaxRequestTest {

    @Test
    public void aReadPutsItsDataInTheQueryString() {
        AjaxRequest request = new AjaxRequest("GET", "/api/todos", Attributes.of("q", "milk & bread", "page", 2.0,
                "tags", Arrays.asList("a", "b")), null, null, 0);
        assertEquals("/api/todos?q=milk+%26+bread&page=2&tags%5B%5D=a&tags%5B%5D=b", request.fullUrl());
        assertNull(request.body());
    }

    @Test
    public void aUrlWithAQueryGetsMoreParametersWithAnAmpersand() {
        AjaxRequest request = new AjaxRequest("GET", "/api/todos?sort=order", Attributes.of("page", 1), null,
                null, 0);
        assertEquals("/api/todos?sort=order&page=1", request.fullUrl());
    }

    @Test
    public void aWriteSendsJsonTextAsItIs() {
        AjaxRequest request = new AjaxRequest("POST", "/api/todos", "{\"title\":\"a b\"}", "application/json",
                null, 0);
        assertEquals("{\"title\":\"a b\"}", request.body());
        assertEquals("/api/todos", request.fullUrl());
    }

    @Test
    public void formFieldsAreUrlEncoded() {
        AjaxRequest request = new AjaxRequest("POST", "/api/todos/1", Attributes.of("model", "{\"t\":\"\u00e9 x\"}",
                "_method", "PUT", "nested", Attributes.of("k", "v")), "application/x-www-form-urlencoded", null, 0);
        assertEquals("model=%7B%22t%22%3A%22%C3%A9+x%22%7D&_method=PUT&nested%5Bk%5D=v", request.body());
    }

    @Test
    public void theHttpMethodsAreBackbonesMethodMap() {
        assertEquals("POST", RestSync.httpMethod("create"));
        assertEquals("PUT", RestSync.httpMethod("update"));
        assertEquals("PATCH", RestSync.httpMethod("patch"));
        assertEquals("DELETE", RestSync.httpMethod("delete"));
        assertEquals("GET", RestSync.httpMethod("read"));
    }
}
