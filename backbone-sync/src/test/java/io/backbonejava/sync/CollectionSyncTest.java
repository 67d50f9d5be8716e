package io.backbonejava.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import io.backbonejava.Attributes;
import io.backbonejava.Candidate;
import io.backbonejava.Collection;
import io.backbonejava.EventOptions;
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
 * The network cases of Backbone 1.6.1's test/collection.js: those using fetch, create, destroy or sync, with
 * the same fakes as {@link ModelSyncTest}.
 */
@RunWith(TeaVMTestRunner.class)
public class CollectionSyncTest {
    private RecordingTransport ajax;
    private RecordingSync syncArgs;

    @Before
    public void setUp() {
        ajax = new RecordingTransport();
        syncArgs = new RecordingSync(new RestSync(ajax));
        Sync.setDefault(syncArgs);
    }

    @After
    public void tearDown() {
        Sync.setDefault(null);
    }

    /** Backbone's {@code Backbone.ajax = function(settings) { settings.success(); }}: a server answering at once. */
    private void answerEveryRequestAtOnce() {
        Sync.setDefault(new RestSync((request, callback) -> {
            callback.success(200, null);
            return null;
        }));
    }

    /** A model whose validate refuses everything. */
    static class ValidatingModel extends Model {
        ValidatingModel(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        @Override
        protected ValidationError validate(Candidate candidate, Options options) {
            Map<String, Object> attrs = candidate.toMap();
            return ValidationError.of("fail");
        }
    }

    @Test
    public void modelDestroyRemovesFromAllCollections() {
        Model m = new Model(Attributes.of("id", 5, "title", "Othello"));
        m.sync(ModelSyncTest.succeeding(null));
        Collection<Model> col1 = new Collection<>(List.of(m));
        Collection<Model> col2 = new Collection<>(List.of(m));
        m.destroy();
        assertEquals(0, col1.length());
        assertEquals(0, col2.length());
        assertNull(m.collection());
    }

    @Test
    public void collectionNonPersistedModelDestroyRemovesFromAllCollections() {
        Model m = new Model(Attributes.of("title", "Othello"));
        m.sync((method, target, options) -> {
            throw new AssertionError("should not be called");
        });
        Collection<Model> col1 = new Collection<>(List.of(m));
        Collection<Model> col2 = new Collection<>(List.of(m));
        m.destroy();
        assertEquals(0, col1.length());
        assertEquals(0, col2.length());
        assertNull(m.collection());
    }

    @Test
    public void fetch() {
        Collection<Model> collection = new Collection<Model>().url("/test");
        collection.fetch();
        assertEquals("read", syncArgs.method);
        assertSame(collection, syncArgs.target);
        assertEquals(Boolean.TRUE, syncArgs.options.parse());

        collection.fetch(new Options().parse(false));
        assertEquals(Boolean.FALSE, syncArgs.options.parse());
    }

    @Test
    public void fetchWithAnErrorResponseTriggersAnErrorEvent() {
        Collection<Model> collection = new Collection<>();
        int[] errors = {0};
        collection.on("error", e -> errors[0]++);
        collection.sync(ModelSyncTest.failing());
        collection.fetch();
        assertEquals(1, errors[0]);
    }

    /** Java has no {@code this} context: the callback captures what it needs, and is called with the collection. */
    @Test
    public void fetchWithAnErrorResponseCallsErrorWithContext_3283() {
        Collection<Model> collection = new Collection<>();
        Object obj = new Object();
        List<Object> contexts = new ArrayList<>();
        collection.sync(ModelSyncTest.failing());
        collection.fetch(new Options().error((target, failure, options) -> {
            assertSame(collection, target);
            contexts.add(obj);
        }));
        assertEquals(1, contexts.size());
    }

    @Test
    public void ensureFetchOnlyParsesOnce() {
        int[] counter = {0};
        Collection<Model> collection = new Collection<Model>() {
            @Override
            protected Object parse(Object response, Options options) {
                counter[0]++;
                return response;
            }
        }.url("/test");
        collection.fetch();
        syncArgs.options.success().handle(collection, new ArrayList<Object>(), syncArgs.options);
        assertEquals(1, counter[0]);
    }

    @Test
    public void create() {
        Collection<Model> collection = new Collection<Model>().url("/test");
        Model model = collection.create(Attributes.of("label", "f"), new Options().wait(true));
        assertEquals("create", syncArgs.method);
        assertSame(model, syncArgs.target);
        assertEquals("f", model.get("label"));
        assertSame(collection, model.collection());
    }

    /** Backbone's create returns false here; Java's returns null, as add does for an invalid model. */
    @Test
    public void createWithValidateTrueEnforcesValidation() {
        Collection<ValidatingModel> collection = new Collection<>(ValidatingModel::new);
        List<Object> errors = new ArrayList<>();
        collection.on("invalid", e -> {
            errors.add(e.arg(1));
            errors.add(EventOptions.of(e).validationError());
        });
        assertNull(collection.create(Attributes.of("foo", "bar"), new Options().validate(true)));
        assertEquals(List.of(ValidationError.of("fail"), ValidationError.of("fail")), errors);
    }

    /** A model whose sync adds an option, then calls the default sync. */
    static class SpecialSyncModel extends Model {
        SpecialSyncModel(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        @Override
        public Request sync(String method, Events target, Options options) {
            return super.sync(method, target, options.put("specialSync", true));
        }
    }

    @Test
    public void createWillPassExtraOptionsToSuccessCallback() {
        Collection<SpecialSyncModel> collection = new Collection<>(SpecialSyncModel::new).url("/test");
        int[] calls = {0};
        collection.create(new LinkedHashMap<String, Object>(), new Options().success((m, response, options) -> {
            assertEquals(Boolean.TRUE, options.get("specialSync"));
            calls[0]++;
        }));
        ajax.last().succeed(null);
        assertEquals(1, calls[0]);
    }

    @Test
    public void createWithWaitTrueShouldNotCallCollectionParse() {
        int[] parsed = {0};
        Collection<Model> collection = new Collection<Model>() {
            @Override
            protected Object parse(Object response, Options options) {
                parsed[0]++;
                return response;
            }
        }.url("/test");
        collection.create(new LinkedHashMap<String, Object>(), new Options().wait(true));
        ajax.last().succeed(null);
        assertEquals(0, parsed[0]);
        assertEquals(1, collection.length());
    }

    @Test
    public void aFailingCreateReturnsModelWithErrors() {
        Collection<ValidatingModel> collection = new Collection<>(ValidatingModel::new);
        ValidatingModel m = collection.create(Attributes.of("foo", "bar"));
        assertEquals(ValidationError.of("fail"), m.validationError());
        assertEquals(1, collection.length());
    }

    @Test
    public void failingCreateWithWaitTrueTriggersErrorEvent_4262() {
        Collection<Model> collection = new Collection<Model>().url("/test");
        int[] errors = {0};
        collection.on("error", e -> errors[0]++);
        Model model = collection.create(Attributes.of("id", "1"), new Options().wait(true));
        model.on("error", e -> errors[0]++);
        ajax.last().fail(Failure.network("fake"));
        assertEquals(2, errors[0]);
    }

    @Test
    public void successfulCreateWithWaitTrueTriggersSuccessEvent_4262() {
        Collection<Model> collection = new Collection<Model>().url("/test");
        int[] syncs = {0};
        collection.on("sync", e -> syncs[0]++);
        Model model = collection.create(Attributes.of("id", "1"), new Options().wait(true));
        model.on("sync", e -> syncs[0]++);
        ajax.last().succeed(null);
        assertEquals(2, syncs[0]);
    }

    @Test
    public void successfulCreateWithWaitTrueDropsSpecialErrorListener_4284() {
        Collection<Model> collection = new Collection<Model>().url("/test");
        int[] errors = {0};
        collection.on("error", e -> errors[0]++);
        Model model = collection.create(Attributes.of("id", "1"), new Options().wait(true));
        ajax.last().succeed(null);
        model.trigger("error");
        assertEquals(1, errors[0]);
    }

    @Test
    public void failingCreatePreExistingWithWaitTrueTriggersOnce_4262() {
        Model model = new Model();
        Collection<Model> collection = new Collection<Model>(List.of(model)).url("/test");
        int[] errors = {0};
        collection.on("error", e -> errors[0]++);
        collection.create(model, new Options().wait(true));
        ajax.last().fail(Failure.network("fake"));
        assertEquals(1, errors[0]);
    }

    @Test
    public void successfulCreatePreExistingWithWaitTruePreservesOtherErrorBindings_4262() {
        Model model = new Model();
        Collection<Model> collection = new Collection<Model>(List.of(model)).url("/test");
        int[] errors = {0};
        model.on("error", e -> errors[0]++);
        collection.create(model, new Options().wait(true));
        ajax.last().succeed(null);
        model.trigger("error");
        assertEquals(1, errors[0]);
    }

    @Test
    public void accessModelCollectionInABrandNewModel_714() {
        Collection<Model> collection = new Collection<>();
        List<Object> seen = new ArrayList<>();
        Collection<Model> withFactory = new Collection<Model>((attrs, options) -> new Model(attrs, options) {
            @Override
            public boolean set(Map<String, ?> attributes, Options setOptions) {
                seen.add(attributes.get("prop"));
                seen.add(collection());
                return true;
            }
        }).url("/test");
        withFactory.create(Attributes.of("prop", "value"));
        assertEquals(2, seen.size());
        assertEquals("value", seen.get(0));
        assertSame(withFactory, seen.get(1));
        assertEquals(0, collection.length());
    }

    @Test
    public void optionsIsPassedToSuccessCallbacks_1355() {
        Model m = new Model(Attributes.of("x", 1));
        Collection<Model> collection = new Collection<>();
        int[] calls = {0};
        Options opts = new Options().put("opts", true).success((target, response, options) -> {
            assertEquals(Boolean.TRUE, options.get("opts"));
            calls[0]++;
        });
        Sync succeeding = ModelSyncTest.succeeding(new LinkedHashMap<String, Object>());
        collection.sync(succeeding);
        m.sync(succeeding);
        collection.fetch(opts);
        collection.create(m, opts);
        assertEquals(2, calls[0]);
    }

    @Test
    public void triggerRequestAndSyncEvents_1412() {
        answerEveryRequestAtOnce();
        Collection<Model> collection = new Collection<Model>().url("/test");
        List<Object> seen = new ArrayList<>();

        collection.on("request", e -> seen.add(e.arg(0) == collection));
        collection.on("sync", e -> seen.add(e.arg(0) == collection));
        collection.fetch();
        collection.off();

        collection.on("request", e -> seen.add(e.arg(0) == collection.get(1)));
        collection.on("sync", e -> seen.add(e.arg(0) == collection.get(1)));
        collection.create(Attributes.of("id", 1));
        collection.off();

        assertEquals(List.of(true, true, true, true), seen);
    }

    @Test
    public void fetchCreateCallsSuccessWithContext_3283() {
        answerEveryRequestAtOnce();
        Collection<Model> collection = new Collection<Model>().url("/test");
        Object obj = new Object();
        List<Object> contexts = new ArrayList<>();
        Options options = new Options().success((target, response, o) -> contexts.add(obj));
        collection.fetch(options);
        collection.create(Attributes.of("id", 1), options);
        assertEquals(2, contexts.size());
    }

    @Test
    public void createWithWaitAddsModel_1447() {
        Collection<Model> collection = new Collection<>();
        Model model = new Model();
        model.sync(ModelSyncTest.succeeding(null));
        int[] adds = {0};
        collection.on("add", e -> adds[0]++);
        collection.create(model, new Options().wait(true));
        assertEquals(1, adds[0]);
    }

    @Test
    public void removalDuringIteration_1604() {
        Collection<Model> collection = new Collection<>(List.of(new LinkedHashMap<String, Object>(),
                new LinkedHashMap<String, Object>()));
        collection.on("add", e -> collection.at(0).destroy());
        collection.add(new LinkedHashMap<String, Object>(), new Options().at(0));
        assertEquals(2, collection.length());
    }

    @Test
    public void fetchParsesModelsByDefault() {
        Map<String, Object> model = new LinkedHashMap<>();
        List<Object> parsed = new ArrayList<>();
        Collection<Model> collection = new Collection<Model>((attrs, options) -> new Model(attrs, options) {
            @Override
            protected Map<String, Object> parse(Object response, Options parseOptions) {
                parsed.add(response);
                return null;
            }
        }).url("test");
        collection.fetch();
        List<Object> response = new ArrayList<>();
        response.add(model);
        ajax.last().succeed(response);
        assertEquals(1, parsed.size());
        assertSame(model, parsed.get(0));
    }

    /** Backbone's {@code options.xhr} is Java's {@code options.request()}: the handle fetch returns. */
    @Test
    public void parseIsPassedOptions_1939() {
        List<Transport.Callback> later = new ArrayList<>();
        Sync.setDefault(new RestSync((request, callback) -> {
            later.add(callback);
            return null;
        }));
        List<Request> seen = new ArrayList<>();
        int[] done = {0};
        Collection<Model> collection = new Collection<Model>() {
            @Override
            protected Object parse(Object response, Options options) {
                seen.add(options.request());
                return response;
            }
        }.url("/");
        Request request = collection.fetch(new Options().success((c, response, options) -> done[0]++));
        later.get(0).success(200, new ArrayList<Object>());
        assertEquals(1, done[0]);
        assertEquals(1, seen.size());
        assertSame(request, seen.get(0));
    }

    @Test
    public void fetchWillPassExtraOptionsToSuccessCallback() {
        Collection<Model> collection = new Collection<Model>() {
            @Override
            public Request sync(String method, Events target, Options options) {
                return super.sync(method, target, options.put("specialSync", true));
            }
        }.url("/test");
        int[] calls = {0};
        collection.fetch(new Options().success((c, response, options) -> {
            assertEquals(Boolean.TRUE, options.get("specialSync"));
            calls[0]++;
        }));
        ajax.last().succeed(null);
        assertEquals(1, calls[0]);
    }

    @Test
    public void collectionCreateSuccessArguments_2606() {
        Collection<Model> collection = new Collection<Model>().url("test");
        List<Object> responses = new ArrayList<>();
        collection.create(new LinkedHashMap<String, Object>(), new Options().success((m, response, options) ->
                responses.add(response)));
        ajax.last().succeed("response");
        assertEquals(List.of("response"), responses);
    }

    @Test
    public void createWithWaitModelInstance_3028() {
        Collection<Model> collection = new Collection<>();
        Model model = new Model(Attributes.of("id", 1));
        List<Object> seen = new ArrayList<>();
        model.sync((method, target, options) -> {
            seen.add(((Model) target).collection());
            return null;
        });
        collection.create(model, new Options().wait(true));
        assertEquals(1, seen.size());
        assertSame(collection, seen.get(0));
    }
}
