package io.backbonejava.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.backbonejava.Attributes;
import io.backbonejava.Collection;
import io.backbonejava.Failure;
import io.backbonejava.Model;
import io.backbonejava.Options;
import io.backbonejava.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/** LocalStorageSync over a map-backed storage, on the JVM and in the browser. */
@RunWith(TeaVMTestRunner.class)
public class LocalStorageSyncTest {
    private static final String KEY = "todos-backbone";

    private MemoryStorage storage;
    private int nextId;

    @Before
    public void setUp() {
        storage = new MemoryStorage();
        nextId = 0;
    }

    /** A sync with predictable ids, as a fresh page load would create it. */
    private LocalStorageSync newSync() {
        return new LocalStorageSync(KEY, storage, JsonParser.plainJava()).ids(() -> "id-" + (++nextId));
    }

    private Collection<Model> newTodos() {
        Collection<Model> todos = new Collection<>();
        todos.sync(newSync());
        return todos;
    }

    @SuppressWarnings("unchecked")
    private List<Object> stored() {
        return (List<Object>) JsonReader.parse(storage.getItem(KEY));
    }

    @Test
    public void createAssignsAnIdAndStoresOneJsonArrayUnderTheKey() {
        Collection<Model> todos = newTodos();
        Model milk = todos.create(Attributes.of("title", "Buy milk", "completed", false));
        Model bread = todos.create(Attributes.of("title", "Bread"));
        assertEquals("id-1", milk.id());
        assertEquals("id-2", bread.id());
        assertFalse(milk.isNew());
        assertEquals("[{\"title\":\"Buy milk\",\"completed\":false,\"id\":\"id-1\"},"
                + "{\"title\":\"Bread\",\"id\":\"id-2\"}]", storage.getItem(KEY));
        assertEquals(1, storage.size());
    }

    @Test
    public void theDefaultIdsAreUniqueAndUuidShaped() {
        Collection<Model> todos = new Collection<>();
        todos.sync(new LocalStorageSync(KEY, storage, JsonParser.plainJava()));
        String first = (String) todos.create(Attributes.of("title", "a")).id();
        String second = (String) todos.create(Attributes.of("title", "b")).id();
        assertEquals(36, first.length());
        assertEquals('-', first.charAt(8));
        assertEquals('-', first.charAt(23));
        assertFalse(first.equals(second));
    }

    @Test
    public void recordsSurviveAReload() {
        Collection<Model> before = newTodos();
        before.create(Attributes.of("title", "Buy milk", "order", 1));
        before.create(Attributes.of("title", "Bread", "order", 2));

        Collection<Model> after = newTodos();
        int[] syncs = {0};
        after.on("sync", e -> syncs[0]++);
        Request request = after.fetch();
        assertTrue(request.isResolved());
        assertEquals(1, syncs[0]);
        assertEquals(List.of("Buy milk", "Bread"), after.pluck("title"));
        assertEquals(1.0, after.first().get("order"));
        assertEquals("id-2", after.last().id());
    }

    @Test
    public void updatePatchAndDestroyChangeTheStoredRecord() {
        Collection<Model> todos = newTodos();
        Model milk = todos.create(Attributes.of("title", "Buy milk", "completed", false));
        todos.create(Attributes.of("title", "Bread"));

        milk.save(Attributes.of("completed", true));
        assertEquals(true, ((Map<?, ?>) stored().get(0)).get("completed"));

        milk.save(Attributes.of("title", "Buy oat milk"), new Options().patch(true));
        Map<?, ?> record = (Map<?, ?>) stored().get(0);
        assertEquals("Buy oat milk", record.get("title"));
        assertEquals(true, record.get("completed"));

        milk.destroy();
        assertEquals(1, stored().size());
        assertEquals("Bread", ((Map<?, ?>) stored().get(0)).get("title"));
        assertEquals(1, todos.length());
    }

    @Test
    public void aModelFetchesItsOwnRecordAndNumericIdsMatchAcrossTypes() {
        storage.setItem(KEY, "[{\"id\":7,\"title\":\"Stored\"}]");
        Model model = new Model(Attributes.of("id", 7));
        model.sync(newSync());
        model.fetch();
        assertEquals("Stored", model.get("title"));
        assertEquals(7.0, model.id());
    }

    @Test
    public void readingARecordThatIsNotStoredFailsWith404() {
        Model model = new Model(Attributes.of("id", "missing"));
        model.sync(newSync());
        List<Failure> errors = new ArrayList<>();
        model.on("error", e -> errors.add((Failure) e.arg(1)));
        Request request = model.fetch();
        assertTrue(request.isRejected());
        assertEquals(1, errors.size());
        assertEquals(404, errors.get(0).status());
        assertNull(storage.getItem(KEY));
    }

    @Test
    public void theRequestAndSyncEventsFire() {
        Collection<Model> todos = newTodos();
        List<String> events = new ArrayList<>();
        todos.on("request sync", e -> events.add(e.name()));
        todos.create(Attributes.of("title", "Buy milk"));
        todos.fetch();
        assertEquals(List.of("request", "sync", "request", "sync"), events);
    }

    private void assertCorrupt(String text, String expectedProblem) {
        storage.setItem(KEY, text);
        Collection<Model> todos = newTodos();
        List<Failure> callbackFailures = new ArrayList<>();
        List<Failure> eventFailures = new ArrayList<>();
        todos.on("error", e -> eventFailures.add((Failure) e.arg(1)));

        Request fetch = todos.fetch(new Options().error((target, failure, options) -> callbackFailures.add(failure)));
        Model created = todos.create(Attributes.of("title", "Buy milk"),
                new Options().error((target, failure, options) -> callbackFailures.add(failure)));

        assertTrue(fetch.isRejected());
        assertEquals(2, callbackFailures.size());
        assertEquals(2, eventFailures.size());
        Failure failure = callbackFailures.get(0);
        assertEquals(Failure.PARSER_ERROR, failure.textStatus());
        assertTrue(failure.errorThrown(), failure.errorThrown().contains(expectedProblem));
        assertTrue(failure.errorThrown().contains(KEY));
        assertEquals(text, failure.responseText());
        // Nothing was written over the stored text, and the new model stays new.
        assertEquals(text, storage.getItem(KEY));
        assertTrue(created.isNew());
        assertEquals(0, nextId);
    }

    @Test
    public void storedTextThatIsNotJsonIsReportedAndKept() {
        assertCorrupt("[{\"title\": \"Buy milk\"", "is not JSON");
    }

    @Test
    public void storedJsonThatIsNotAnArrayIsReportedAndKept() {
        assertCorrupt("{\"title\": \"Buy milk\"}", "is not a JSON array");
    }

    @Test
    public void storedRecordsThatAreNotObjectsAreReportedAndKept() {
        assertCorrupt("[{\"title\": \"Buy milk\"}, 42]", "not a JSON object, at index 1");
    }

    @Test
    public void aStorageThatRefusesToWriteIsReported() {
        Storage full = new Storage() {
            @Override
            public String getItem(String key) {
                return null;
            }

            @Override
            public void setItem(String key, String value) {
                throw new IllegalStateException("QuotaExceededError");
            }

            @Override
            public void removeItem(String key) {
            }
        };
        Collection<Model> todos = new Collection<>();
        todos.sync(new LocalStorageSync(KEY, full, JsonParser.plainJava()));
        List<Failure> errors = new ArrayList<>();
        todos.on("error", e -> errors.add((Failure) e.arg(1)));
        Model milk = todos.create(Attributes.of("title", "Buy milk"));
        assertNotNull(milk);
        assertEquals(1, errors.size());
        assertEquals(Failure.ERROR, errors.get(0).textStatus());
        assertTrue(errors.get(0).errorThrown().contains("QuotaExceededError"));
    }

    @Test
    public void modelsUseTheirCollectionsSync() {
        Collection<Model> todos = newTodos();
        Model milk = todos.add(Attributes.of("title", "Buy milk"));
        milk.save();
        assertEquals("id-1", milk.id());
        assertEquals(1, stored().size());
    }
}
