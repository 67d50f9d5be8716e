package io.backbonejava.browsertests;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the tests' demo servers (in process, {@link TodoServer}, or as a process of its own,
 * {@link DemoServerProcess}) share: a call to the REST API that must answer one status, the stored todos in
 * order, and removing a data folder; and what the Django servers ({@link DrfTodoServer},
 * {@link DrfReadingListServer}) need to serve an example: a copy of its packaged files.
 */
final class DemoServerCalls {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoServerCalls() {
    }

    /** Sends a request and returns the body; any other status than the one expected fails the test. */
    static String send(HttpClient http, HttpRequest.Builder request, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new AssertionError("demo server answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The todos stored behind {@code baseUrl}, as {@code GET /api/todos} returns them, sorted by {@code order}. */
    static List<Map<String, Object>> todos(HttpClient http, String baseUrl) {
        String body = send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/api/todos")).GET(), 200);
        try {
            List<Map<String, Object>> todos = JSON.readValue(body, new TypeReference<>() { });
            todos.sort(Comparator.comparing(todo -> ((Number) todo.get("order")).intValue()));
            return todos;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies a folder of an example's packaged files into a new temporary folder, whichever its form on the
     * class path: the example's jar in a full build, its {@code target/classes} in an IDE. Every file comes
     * along, so whatever the page links is there.
     *
     * @param folder the folder on the class path, such as {@code "public"} or {@code "public/reading-list"};
     *     it holds an {@code index.html}
     * @param module the module that packages it, named in the error when it is missing
     * @return the copy
     */
    static Path copyPackagedFolder(String folder, String module) {
        try {
            Path copy = Files.createTempDirectory("app-files");
            URL index = DemoServerCalls.class.getClassLoader().getResource(folder + "/index.html");
            if (index == null) {
                throw new IllegalStateException(folder + "/index.html is not on the class path (" + module + ")");
            }
            URI uri = index.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.getPath("/" + folder), copy);
                }
            } else {
                copyTree(Path.of(uri).getParent(), copy);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Deletes a folder and everything in it. */
    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
