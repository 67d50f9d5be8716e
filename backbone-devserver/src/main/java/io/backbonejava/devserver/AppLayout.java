package io.backbonejava.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Where an app's pieces are, read from its {@code pom.xml}: the TeaVM plugin's main class, script name and
 * output folder (with the pom's own properties and {@code ${project.build.*}} filled in), the sources to
 * watch, and the folders pages are served from.
 */
final class AppLayout {
    private final Path dir;
    private final String mainClass;
    private final String script;
    private final Path built;
    private final Path resources;

    private AppLayout(Path dir, String mainClass, String script, Path built, Path resources) {
        this.dir = dir;
        this.mainClass = mainClass;
        this.script = script;
        this.built = built;
        this.resources = resources;
    }

    static AppLayout read(Path dir) throws IOException {
        Path pom = dir.resolve("pom.xml");
        Map<String, String> config = new HashMap<>();
        Map<String, String> properties = new HashMap<>();
        if (Files.isRegularFile(pom)) {
            readPom(pom, config, properties);
        }
        properties.put("project.basedir", dir.toString());
        properties.put("basedir", dir.toString());
        properties.put("project.build.directory", dir.resolve("target").toString());
        properties.put("project.build.outputDirectory", dir.resolve("target/classes").toString());
        String mainClass = System.getProperty("main", config.get("mainClass"));
        if (mainClass == null) {
            throw new IllegalArgumentException("No TeaVM mainClass in " + pom + ": pass -Dmain=com.example.App");
        }
        String script = config.getOrDefault("targetFileName", "classes.js");
        Path built = Path.of(resolve(config.getOrDefault("targetDirectory", "${project.build.directory}/javascript"),
                properties)).toAbsolutePath().normalize();
        Path classes = dir.resolve("target/classes");
        // The plugin writes into target/classes/X: the page's own files are then src/main/resources/X.
        Path resources = built.startsWith(classes)
                ? dir.resolve("src/main/resources").resolve(classes.relativize(built).toString())
                : dir.resolve("src/main/webapp");
        return new AppLayout(dir, mainClass, script, built, resources);
    }

    // The first teavm-maven-plugin in the pom that names a mainClass: its execution's configuration laid
    // over the plugin's. Only the few fields the dev loop needs.
    private static void readPom(Path pom, Map<String, String> config, Map<String, String> properties)
            throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(pom.toFile());
        } catch (Exception e) {
            throw new IOException("Cannot read " + pom + ": " + e.getMessage(), e);
        }
        Element project = document.getDocumentElement();
        for (Element group : children(project, "properties")) {
            for (Element property : children(group, null)) {
                properties.putIfAbsent(property.getTagName(), property.getTextContent().trim());
            }
        }
        NodeList plugins = document.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (!"teavm-maven-plugin".equals(text(plugin, "artifactId"))) {
                continue;
            }
            Map<String, String> found = new HashMap<>();
            children(plugin, "configuration").forEach(c -> collect(c, found));
            for (Element executions : children(plugin, "executions")) {
                for (Element execution : children(executions, "execution")) {
                    children(execution, "configuration").forEach(c -> collect(c, found));
                }
            }
            if (found.containsKey("mainClass")) {
                config.putAll(found);
                return;
            }
        }
    }

    private static void collect(Element configuration, Map<String, String> into) {
        for (Element field : children(configuration, null)) {
            into.put(field.getTagName(), field.getTextContent().trim());
        }
    }

    // ${name} from the pom's properties, the system properties and the project's paths; a few rounds, as
    // properties may name others.
    static String resolve(String value, Map<String, String> properties) {
        for (int round = 0; round < 5 && value.contains("${"); round++) {
            int start = value.indexOf("${");
            int end = value.indexOf('}', start);
            if (end < 0) {
                break;
            }
            String name = value.substring(start + 2, end);
            String replacement = properties.getOrDefault(name, System.getProperty(name));
            if (replacement == null) {
                break;
            }
            value = value.substring(0, start) + replacement + value.substring(end + 1);
        }
        return value;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (name == null || name.equals(element.getTagName()))) {
                found.add(element);
            }
        }
        return found;
    }

    /** The app's folder. */
    Path dir() {
        return dir;
    }

    /** The class whose {@code main} the page calls. */
    String mainClass() {
        return mainClass;
    }

    /** The compiled script's file name, as the page loads it ({@code todo.js}). */
    String script() {
        return script;
    }

    /** The app's Java sources. */
    Path javaSources() {
        return dir.resolve("src/main/java");
    }

    /** What the loop works in: compiled classes, TeaVM's cache, the served output. */
    Path work() {
        return dir.resolve("target/devserver");
    }

    /** Where the dev build writes the script, its source map and the sources ({@code src/}). */
    Path output() {
        return work().resolve("web");
    }

    /** The folders whose changes start a rebuild or a reload. */
    List<Path> watched() {
        List<Path> watched = new ArrayList<>();
        watched.add(javaSources());
        if (Files.isDirectory(dir.resolve("src/main/resources"))) {
            watched.add(dir.resolve("src/main/resources"));
        }
        return watched;
    }

    /**
     * The file a URL path names: from the dev build's output, the page's sources, then Maven's output.
     *
     * @param urlPath the request's path, starting with {@code /}
     * @return the file, or null
     */
    Path find(String urlPath) {
        String relative = urlPath.substring(1);
        for (Path root : List.of(output(), resources, built)) {
            Path file = root.resolve(relative).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }
}
