package io.backbonejava.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.backbonejava.Attributes;
import io.backbonejava.Candidate;
import io.backbonejava.Collection;
import io.backbonejava.Events;
import io.backbonejava.Failure;
import io.backbonejava.Model;
import io.backbonejava.Options;
import io.backbonejava.Request;
import io.backbonejava.Sync;
import io.backbonejava.ValidationError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * The network cases of Backbone 1.6.1's test/model.js: those using fetch, save, destroy or sync. As upstream,
 * the default sync records its arguments ({@code syncArgs}) and hands the request to a fake transport
 * ({@code ajaxSettings}) that answers only when told; a case that replaces {@code model.sync} gives the model
 * a sync of its own.
 */
@RunWith(TeaVMTestRunner.class)
public class ModelSyncTest {
    private RecordingTransport ajax;
    private RecordingSync syncArgs;
    private Model doc;
    private Collection<Model> collection;

    @Before
    public void setUp() {
        ajax = new RecordingTransport();
        syncArgs = new RecordingSync(new RestSync(ajax));
        Sync.setDefault(syncArgs);
        doc = new Model(Attributes.of("id", "1-the-tempest", "title", "The Tempest", "author", "Bill Shakespeare",
                "length", 123));
        collection = new Collection<Model>().url("/collection");
        collection.add(doc);
    }

    @After
    public void tearDown() {
        Sync.setDefault(null);
    }

    /** Backbone's {@code model.sync = function(method, m, options) { options.success(response); }}. */
    static Sync succeeding(Object response) {
        return (method, target, options) -> {
            options.success().handle(target, response, options);
            return null;
        };
    }

    /** Backbone's {@code model.sync = function(method, m, options) { options.error(); }}. */
    static Sync failing() {
        return (method, target, options) -> {
            options.error().handle(target, Failure.network("fake"), options);
            return null;
        };
    }

    @Test
    public void saveWithinChangeEvent() {
        Model model = new Model(Attributes.of("firstName", "Taylor", "lastName", "Swift")).urlRoot("/test");
        int[] checks = {0};
        model.on("change", e -> {
            model.save();
            assertSame(model, syncArgs.target);
            checks[0]++;
        });
        model.set(Attributes.of("lastName", "Hicks"));
        assertEquals(1, checks[0]);
    }

    @Test
    public void validateAfterSave() {
        Object[] lastError = {null};
        Model model = new Model() {
            @Override
            protected ValidationError validate(Candidate candidate, Options options) {
                Map<String, Object> attrs = candidate.toMap();
                return Boolean.TRUE.equals(attrs.get("admin")) ? ValidationError.of("Can't change admin status.") : null;
            }
        };
        model.sync(succeeding(Attributes.of("admin", true)));
        model.on("invalid", e -> lastError[0] = e.arg(1));
        model.save();
        assertEquals(ValidationError.of("Can't change admin status."), lastError[0]);
        assertEquals("Can't change admin status.", model.validationError().message());
    }

    @Test
    public void save() {
        doc.save(Attributes.of("title", "Henry V"));
        assertEquals("update", syncArgs.method);
        assertSame(doc, syncArgs.target);
    }

    @Test
    public void saveFetchDestroyTriggersErrorEventWhenAnErrorOccurs() {
        Model model = new Model();
        int[] errors = {0};
        model.on("error", e -> errors[0]++);
        model.sync(failing());
        model.save(Attributes.of("data", 2, "id", 1));
        model.fetch();
        model.destroy();
        assertEquals(3, errors[0]);
    }

    /** Java has no {@code this} context: the callback captures what it needs, and is called with the model. */
    @Test
    public void saveFetchDestroyCallsSuccessWithContext_3283() {
        Model model = new Model();
        Object obj = new Object();
        List<Object> contexts = new ArrayList<>();
        Options options = new Options().success((target, response, o) -> {
            assertSame(model, target);
            contexts.add(obj);
        });
        model.sync(succeeding(null));
        model.save(Attributes.of("data", 2, "id", 1), options);
        model.fetch(options);
        model.destroy(options);
        assertEquals(3, contexts.size());
    }

    @Test
    public void saveFetchDestroyCallsErrorWithContext_3283() {
        Model model = new Model();
        Object obj = new Object();
        List<Object> contexts = new ArrayList<>();
        Options options = new Options().error((target, failure, o) -> {
            assertSame(model, target);
            contexts.add(obj);
        });
        model.sync(failing());
        model.save(Attributes.of("data", 2, "id", 1), options);
        model.fetch(options);
        model.destroy(options);
        assertEquals(3, contexts.size());
    }

    @Test
    public void saveAndFetchWithParseFalse_3470() {
        int[] i = {0};
        int[] parsed = {0};
        Model model = new Model() {
            @Override
            protected Map<String, Object> parse(Object response, Options options) {
                parsed[0]++;
                return null;
            }
        };
        model.sync((method, target, options) -> {
            options.success().handle(target, Attributes.of("i", ++i[0]), options);
            return null;
        });
        model.fetch(new Options().parse(false));
        assertEquals(i[0], model.get("i"));
        model.save(new Options().parse(false));
        assertEquals(i[0], model.get("i"));
        assertEquals(2, i[0]);
        assertEquals(0, parsed[0]);
    }

    @Test
    public void saveWithPATCH() {
        doc.clear();
        doc.set(Attributes.of("id", 1, "a", 1, "b", 2, "c", 3, "d", 4));
        doc.save();
        assertEquals("update", syncArgs.method);
        assertNull(syncArgs.options.attrs());
        ajax.last().succeed(null);

        doc.save(Attributes.of("b", 2, "d", 4), new Options().patch(true));
        assertEquals("patch", syncArgs.method);
        assertEquals(2, syncArgs.options.attrs().size());
        assertEquals(4, syncArgs.options.attrs().get("d"));
        assertNull(syncArgs.options.attrs().get("a"));
        assertEquals("{\"b\":2,\"d\":4}", ajax.lastRequest().data());
    }

    @Test
    public void saveWithPATCHAndDifferentAttrs() {
        doc.clear();
        doc.save(Attributes.of("b", 2, "d", 4), new Options().patch(true).attrs(Attributes.of("B", 1, "D", 3)));
        assertEquals(3, syncArgs.options.attrs().get("D"));
        assertNull(syncArgs.options.attrs().get("d"));
        assertEquals("{\"B\":1,\"D\":3}", ajax.lastRequest().data());
        assertEquals(Attributes.of("b", 2, "d", 4), doc.attributes());
    }

    @Test
    public void saveInPositionalStyle() {
        Model model = new Model();
        model.sync(succeeding(null));
        model.save("title", "Twelfth Night");
        assertEquals("Twelfth Night", model.get("title"));
    }

    @Test
    public void saveWithNonObjectSuccessResponse() {
        Model model = new Model();
        model.sync((method, target, options) -> {
            options.success().handle(target, "", options);
            options.success().handle(target, null, options);
            return null;
        });
        int[] calls = {0};
        model.save(Attributes.of("testing", "empty"), new Options().success((m, response, options) -> {
            assertEquals(Attributes.of("testing", "empty"), ((Model) m).attributes());
            calls[0]++;
        }));
        assertEquals(2, calls[0]);
    }

    @Test
    public void saveWithWaitAndSuppliedId() {
        Model model = new Model().urlRoot("/collection");
        model.save(Attributes.of("id", 42), new Options().wait(true));
        assertEquals("/collection/42", ajax.lastRequest().url());
    }

    /** A model whose sync adds an option, then calls the default sync (Backbone's prototype call). */
    static class SpecialSyncModel extends Model {
        SpecialSyncModel(Map<String, ?> attributes) {
            super(attributes);
            urlRoot("/test");
        }

        @Override
        public Request sync(String method, Events target, Options options) {
            return super.sync(method, target, options.put("specialSync", true));
        }
    }

    @Test
    public void saveWillPassExtraOptionsToSuccessCallback() {
        Model model = new SpecialSyncModel(null);
        int[] calls = {0};
        model.save(new Options().success((m, response, options) -> {
            assertEquals(Boolean.TRUE, options.get("specialSync"));
            calls[0]++;
        }));
        ajax.last().succeed(null);
        assertEquals(1, calls[0]);
    }

    @Test
    public void failingSaveWithWaitTrueTriggersErrorEvent_4262() {
        Model model = new Model().urlRoot("/test");
        int[] errors = {0};
        model.on("error", e -> errors[0]++);
        model.save(Attributes.of("id", "1"), new Options().wait(true));
        ajax.last().fail(Failure.network("fake"));
        assertEquals(1, errors[0]);
    }

    @Test
    public void fetch() {
        doc.fetch();
        assertEquals("read", syncArgs.method);
        assertSame(doc, syncArgs.target);
    }

    @Test
    public void fetchWillPassExtraOptionsToSuccessCallback() {
        Model model = new SpecialSyncModel(null);
        int[] calls = {0};
        model.fetch(new Options().success((m, response, options) -> {
            assertEquals(Boolean.TRUE, options.get("specialSync"));
            calls[0]++;
        }));
        ajax.last().succeed(null);
        assertEquals(1, calls[0]);
    }

    /** Backbone returns false for a new model; Java returns a handle, settled without any request. */
    @Test
    public void destroy() {
        doc.destroy();
        assertEquals("delete", syncArgs.method);
        assertSame(doc, syncArgs.target);

        Model newModel = new Model();
        int syncCalls = syncArgs.count;
        Request request = newModel.destroy();
        assertEquals(syncCalls, syncArgs.count);
        assertTrue(request.isPending());
        ajax.runDeferred();
        assertTrue(request.isResolved());
    }

    @Test
    public void destroyWillPassExtraOptionsToSuccessCallback() {
        Model model = new SpecialSyncModel(Attributes.of("id", "id"));
        int[] calls = {0};
        model.destroy(new Options().success((m, response, options) -> {
            assertEquals(Boolean.TRUE, options.get("specialSync"));
            calls[0]++;
        }));
        ajax.last().succeed(null);
        assertEquals(1, calls[0]);
    }

    @Test
    public void nonPersistedDestroy() {
        Model a = new Model(Attributes.of("foo", 1, "bar", 2, "baz", 3));
        int[] syncCalls = {0};
        a.sync((method, target, options) -> {
            syncCalls[0]++;
            throw new AssertionError("should not be called");
        });
        Request request = a.destroy();
        assertEquals(0, syncCalls[0]);
        assertTrue(request.isResolved());
    }

    @Test
    public void saveWithWaitSucceedsWithoutValidate() {
        Model model = new Model().urlRoot("/test");
        model.save(Attributes.of("x", 1), new Options().wait(true));
        assertSame(model, syncArgs.target);
    }

    @Test
    public void saveWithoutWaitDoesntSetInvalidAttributes() {
        Model model = new Model() {
            @Override
            protected ValidationError validate(Candidate candidate, Options options) {
                Map<String, Object> attrs = candidate.toMap();
                return ValidationError.of("1");
            }
        };
        model.save(Attributes.of("a", 1));
        assertNull(model.get("a"));
    }

    @Test
    public void saveDoesntValidateTwice() {
        int[] times = {0};
        Model model = new Model() {
            @Override
            protected ValidationError validate(Candidate candidate, Options options) {
                Map<String, Object> attrs = candidate.toMap();
                times[0]++;
                return null;
            }
        };
        model.sync((method, target, options) -> null);
        model.save(new LinkedHashMap<String, Object>());
        assertEquals(1, times[0]);
    }

    @Test
    public void saveWithWaitSendsCorrectAttributes() {
        int[] changed = {0};
        Model model = new Model(Attributes.of("x", 1, "y", 2)).urlRoot("/test");
        model.on("change:x", e -> changed[0]++);
        model.save(Attributes.of("x", 3), new Options().wait(true));
        Map<String, Object> sent = ajax.last().json();
        assertEquals(2, sent.size());
        assertEquals(3.0, sent.get("x"));
        assertEquals(2.0, sent.get("y"));
        assertEquals(1, model.get("x"));
        assertEquals(0, changed[0]);
        syncArgs.options.success().handle(model, new LinkedHashMap<String, Object>(), syncArgs.options);
        assertEquals(3, model.get("x"));
        assertEquals(1, changed[0]);
    }

    @Test
    public void aFailedSaveWithWaitDoesntLeaveAttributesBehind() {
        Model model = new Model().urlRoot("/test");
        model.save(Attributes.of("x", 1), new Options().wait(true));
        assertNull(model.get("x"));
    }

    @Test
    public void saveWithWaitResultsInCorrectAttributesIfSuccessIsCalledDuringSync_1030() {
        Model model = new Model(Attributes.of("x", 1, "y", 2));
        model.sync(succeeding(null));
        int[] changes = {0};
        model.on("change:x", e -> changes[0]++);
        model.save(Attributes.of("x", 3), new Options().wait(true));
        assertEquals(3, model.get("x"));
        assertEquals(1, changes[0]);
    }

    @Test
    public void saveWithWaitValidatesAttributes() {
        int[] validations = {0};
        Model model = new Model() {
            @Override
            protected ValidationError validate(Candidate candidate, Options options) {
                Map<String, Object> attrs = candidate.toMap();
                validations[0]++;
                return null;
            }
        }.urlRoot("/test");
        model.save(Attributes.of("x", 1), new Options().wait(true));
        assertEquals(1, validations[0]);
    }

    @Test
    public void saveTurnsOnParseFlag() {
        List<Boolean> parse = new ArrayList<>();
        Model model = new Model() {
            @Override
            public Request sync(String method, Events target, Options options) {
                parse.add(options.parse());
                return null;
            }
        };
        model.save();
        assertEquals(1, parse.size());
        assertEquals(Boolean.TRUE, parse.get(0));
    }

    @Test
    public void optionsIsPassedToSuccessCallbacks_1355() {
        Model model = new Model();
        List<Options> seen = new ArrayList<>();
        Options opts = new Options().success((m, response, options) -> seen.add(options));
        model.sync(succeeding(null));
        model.save(Attributes.of("id", 1), opts);
        model.fetch(opts);
        model.destroy(opts);
        assertEquals(3, seen.size());
        for (Options options : seen) {
            assertNotNull(options);
        }
    }

    @Test
    public void triggerSyncEvent_1412() {
        Model model = new Model(Attributes.of("id", 1));
        model.sync(succeeding(null));
        int[] syncs = {0};
        model.on("sync", e -> syncs[0]++);
        model.fetch();
        model.save();
        model.destroy();
        assertEquals(3, syncs[0]);
    }

    /** Upstream waits for the deferred success with assert.async; here the fake transport runs it on demand. */
    @Test
    public void destroyNewModelsExecuteSuccessCallback_1365() {
        int[] syncs = {0};
        int[] destroys = {0};
        int[] successes = {0};
        Model model = new Model();
        model.on("sync", e -> syncs[0]++);
        model.on("destroy", e -> destroys[0]++);
        model.destroy(new Options().success((m, response, options) -> successes[0]++));
        assertEquals(1, destroys[0]);
        assertEquals(0, successes[0]);
        assertEquals(1, ajax.runDeferred());
        assertEquals(1, successes[0]);
        assertEquals(0, syncs[0]);
    }

    /** Backbone's save returns false; Java's returns a handle already rejected with an INVALID failure. */
    @Test
    public void saveAnInvalidModelCannotBePersisted_1433() {
        Model model = new Model() {
            @Override
            protected ValidationError validate(Candidate candidate, Options options) {
                Map<String, Object> attrs = candidate.toMap();
                return ValidationError.of("invalid");
            }
        };
        int[] syncCalls = {0};
        model.sync((method, target, options) -> {
            syncCalls[0]++;
            return null;
        });
        Request request = model.save();
        assertTrue(request.isRejected());
        assertEquals(Failure.INVALID, request.failure().textStatus());
        assertEquals(ValidationError.of("invalid"), request.failure().validationError());
        assertEquals(0, syncCalls[0]);
    }

    @Test
    public void saveWithoutAttrsTriggersError_1377() {
        Model model = new Model(Attributes.of("id", 1)) {
            @Override
            public String url() {
                return "/test/";
            }

            @Override
            protected ValidationError validate(Candidate candidate, Options options) {
                Map<String, Object> attrs = candidate.toMap();
                return ValidationError.of("invalid");
            }
        };
        model.sync(succeeding(null));
        int[] invalids = {0};
        model.on("invalid", e -> invalids[0]++);
        model.save();
        assertEquals(1, invalids[0]);
    }

    /** Upstream answers from a setTimeout; here the test answers after save has returned. */
    @Test
    public void modelSaveDoesNotTriggerChangeOnUnchangedAttributes_1478() {
        List<Options> pending = new ArrayList<>();
        Model model = new Model(Attributes.of("x", true)) {
            @Override
            public Request sync(String method, Events target, Options options) {
                pending.add(options);
                return null;
            }
        };
        int[] changes = {0};
        model.on("change:x", e -> changes[0]++);
        model.save(new Options().wait(true));
        assertEquals(1, pending.size());
        pending.get(0).success().handle(model, null, pending.get(0));
        assertEquals(0, changes[0]);
        assertEquals(true, model.get("x"));
    }

    @Test
    public void toJSONReceivesAttrsDuringSaveWait() {
        List<Object> seen = new ArrayList<>();
        Model model = new Model() {
            @Override
            public String url() {
                return "/test";
            }

            @Override
            public Map<String, Object> toJSON() {
                seen.add(get("x"));
                return super.toJSON();
            }
        };
        model.save(Attributes.of("x", 1), new Options().wait(true));
        assertEquals(1, seen.size());
        assertEquals(1, seen.get(0));
        assertFalse(model.has("x"));
    }
}
