package io.backbonejava.devserver;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.teavm.backend.javascript.JSModuleType;
import org.teavm.backend.javascript.JavaScriptTarget;
import org.teavm.cache.InMemoryMethodNodeCache;
import org.teavm.cache.InMemoryProgramCache;
import org.teavm.cache.InMemorySymbolTable;
import org.teavm.cache.MemoryCachedClassReaderSource;
import org.teavm.debugging.information.DebugInformationBuilder;
import org.teavm.debugging.information.SourceMapsWriter;
import org.teavm.dependency.FastDependencyAnalyzer;
import org.teavm.model.PreOptimizingClassHolderSource;
import org.teavm.model.ReferenceCache;
import org.teavm.parsing.ClasspathClassHolderSource;
import org.teavm.parsing.resource.ResourceProvider;
import org.teavm.tooling.TeaVMProblemRenderer;
import org.teavm.tooling.TeaVMToolLog;
import org.teavm.vm.DirectoryBuildTarget;
import org.teavm.vm.TeaVM;
import org.teavm.vm.TeaVMBuilder;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * One build of the app, as fast as it can be made: javac in this JVM (the file manager kept warm between
 * builds), then TeaVM incrementally, with its caches in memory (as TeaVM's own dev server keeps them): only
 * the classes whose class files javac changed are parsed and compiled again, with what reaches them.
 * Class files that came out the same are not rewritten, so they count as unchanged.
 */
final class AppCompiler implements AutoCloseable {
    private final AppLayout app;
    private final List<Path> classpath;
    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final StandardJavaFileManager files;
    private final List<Path> sourceRoots = new ArrayList<>();
    private URLClassLoader loader;

    // TeaVM's caches, kept in memory for the life of the loop: parsed classes, optimized methods and their
    // JavaScript ASTs. A rebuild evicts the classes javac changed and reuses everything else.
    private final ReferenceCache referenceCache = new ReferenceCache();
    private final InMemorySymbolTable symbols = new InMemorySymbolTable();
    private final InMemorySymbolTable fileNames = new InMemorySymbolTable();
    private final InMemorySymbolTable variables = new InMemorySymbolTable();
    private final MemoryCachedClassReaderSource classSource =
            new MemoryCachedClassReaderSource(referenceCache, symbols, fileNames, variables);
    private final InMemoryProgramCache programCache =
            new InMemoryProgramCache(referenceCache, symbols, fileNames, variables);
    private final InMemoryMethodNodeCache astCache =
            new InMemoryMethodNodeCache(referenceCache, symbols, fileNames, variables);
    private int lastReachedClasses;

    /** What a build gave: the errors to show when it failed, and where the time went. */
    record Result(boolean ok, String errors, long millis, long javacMillis, long teavmMillis) {
    }

    AppCompiler(AppLayout app, List<Path> classpath) {
        if (javac == null) {
            throw new IllegalStateException("No Java compiler in this JVM: run the dev server on a JDK");
        }
        this.app = app;
        this.classpath = List.copyOf(classpath);
        this.files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        sourceRoots.add(app.javaSources());
        sourceRoots.addAll(librarySources());
    }

    Result build() {
        long start = System.nanoTime();
        try {
            Set<String> changed = new HashSet<>();
            String javacErrors = compileJava(changed);
            long javacDone = System.nanoTime();
            if (javacErrors != null) {
                return new Result(false, javacErrors, millis(start, System.nanoTime()), millis(start, javacDone), 0);
            }
            String teavmErrors = compileJavaScript(changed);
            long end = System.nanoTime();
            return new Result(teavmErrors == null, teavmErrors, millis(start, end), millis(start, javacDone),
                    millis(javacDone, end));
        } catch (IOException | RuntimeException | LinkageError e) {
            return new Result(false, stackTrace(e), millis(start, System.nanoTime()), 0, 0);
        }
    }

    // javac writes into a fresh folder; only the class files that differ are copied to the one TeaVM reads.
    private String compileJava(Set<String> changed) throws IOException {
        List<File> sources;
        try (Stream<Path> walk = Files.walk(app.javaSources())) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).collect(Collectors.toList());
        }
        Path staging = app.work().resolve("javac");
        delete(staging);
        Files.createDirectories(staging);
        List<String> options = List.of("-d", staging.toString(), "-classpath", joined(classpath), "-g",
                "-proc:none", "-implicit:none", "-encoding", "UTF-8", "--release", "17", "-nowarn");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources))
                .call();
        if (!ok) {
            StringBuilder errors = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    String where = d.getSource() == null ? "" : app.dir().relativize(Path.of(d.getSource().toUri()))
                            + ":" + d.getLineNumber() + ": ";
                    errors.append(where).append("error: ").append(d.getMessage(Locale.ROOT)).append('\n');
                }
            }
            return errors.toString();
        }
        syncClasses(staging, classes(), changed);
        return null;
    }

    private String compileJavaScript(Set<String> changedClasses) throws IOException {
        if (loader != null) {
            loader.close();
        }
        List<Path> teavmPath = new ArrayList<>();
        teavmPath.add(classes());
        teavmPath.addAll(classpath);
        loader = new URLClassLoader(urls(teavmPath), AppCompiler.class.getClassLoader());
        try (ResourceProvider resources = ResourceProvider.ofClassPath(
                teavmPath.stream().map(Path::toFile).collect(Collectors.toList()))) {
            ClasspathClassHolderSource parsed = new ClasspathClassHolderSource(resources, referenceCache, loader);
            classSource.setProvider(name -> PreOptimizingClassHolderSource.optimize(parsed, name));
            classSource.evict(changedClasses);

            JavaScriptTarget target = new JavaScriptTarget();
            target.setObfuscated(false);
            target.setModuleType(JSModuleType.NONE);
            target.setAstCache(astCache);
            DebugInformationBuilder debug = new DebugInformationBuilder(referenceCache);
            target.setDebugEmitter(debug);
            TeaVM vm = new TeaVMBuilder(target)
                    .setReferenceCache(referenceCache)
                    .setClassLoader(loader)
                    .setClassSource(classSource)
                    .setResourceProvider(resources)
                    .setDependencyAnalyzerFactory(FastDependencyAnalyzer::new)
                    .setObfuscated(false)
                    .build();
            vm.setProperties(new Properties());
            vm.setOptimizationLevel(TeaVMOptimizationLevel.SIMPLE);
            vm.setCacheStatus(classSource);
            vm.setProgramCache(programCache);
            // What the incremental mode needs: every virtual method kept, so that a change elsewhere never
            // makes a cached method refer to one that was left out.
            vm.addVirtualMethods(method -> true);
            vm.installPlugins();
            vm.setLastKnownClasses(lastReachedClasses);
            vm.setEntryPoint(app.mainClass());
            Files.createDirectories(app.output());
            try {
                vm.build(new DirectoryBuildTarget(app.output().toFile()), app.script());
                if (!vm.getProblemProvider().getSevereProblems().isEmpty()) {
                    CollectingLog problems = new CollectingLog();
                    TeaVMProblemRenderer.describeProblems(vm, problems);
                    return problems.errors.isEmpty() ? "TeaVM reported errors" : String.join("\n", problems.errors);
                }
                writeSourceMap(debug);
                lastReachedClasses = vm.getDependencyInfo().getReachableClasses().size();
                classSource.commit();
                programCache.commit();
                astCache.commit();
                return null;
            } finally {
                programCache.discard();
                astCache.discard();
            }
        }
    }

    // The map names each Java file as src/<package path>/<File>.java; the server finds them in the sources
    // (sourceFile), so nothing is copied on a rebuild.
    private void writeSourceMap(DebugInformationBuilder debug) throws IOException {
        String map = app.script() + ".map";
        try (Writer out = Files.newBufferedWriter(app.output().resolve(map), StandardCharsets.UTF_8)) {
            new SourceMapsWriter(out).write(app.script(), "src", debug.getDebugInformation());
        }
        Files.writeString(app.output().resolve(app.script()), "\n//# sourceMappingURL=" + map + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /**
     * A Java source file the source map names, from the app's sources, a library module's sources or a
     * {@code -sources.jar} beside a library jar.
     *
     * @param relative the path below {@code src/}, such as {@code io/backbonejava/todo/Todo.java}
     * @return its bytes, or null
     */
    byte[] sourceFile(String relative) throws IOException {
        if (relative.contains("..")) {
            return null;
        }
        for (Path root : sourceRoots) {
            if (Files.isDirectory(root)) {
                Path file = root.resolve(relative);
                if (Files.isRegularFile(file)) {
                    return Files.readAllBytes(file);
                }
            } else {
                try (ZipFile zip = new ZipFile(root.toFile())) {
                    ZipEntry entry = zip.getEntry(relative);
                    if (entry != null) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            return in.readAllBytes();
                        }
                    }
                }
            }
        }
        return null;
    }

    // The library's sources, for the source map: a module of this checkout (its target/classes) has them
    // in src/main/java; a jar from the local repository may have its -sources.jar beside it.
    private List<Path> librarySources() {
        List<Path> found = new ArrayList<>();
        for (Path entry : classpath) {
            Path sources;
            if (Files.isDirectory(entry) && entry.endsWith(Path.of("target", "classes"))) {
                sources = entry.getParent().getParent().resolve("src/main/java");
            } else {
                String name = entry.getFileName().toString();
                sources = name.endsWith(".jar")
                        ? entry.resolveSibling(name.substring(0, name.length() - 4) + "-sources.jar") : null;
            }
            if (sources != null && Files.exists(sources)) {
                found.add(sources);
            }
        }
        return found;
    }

    private Path classes() {
        return app.work().resolve("classes");
    }

    private static void syncClasses(Path from, Path to, Set<String> changed) throws IOException {
        Files.createDirectories(to);
        Set<Path> fresh = new HashSet<>();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                Path relative = from.relativize(file);
                fresh.add(relative);
                Path target = to.resolve(relative.toString());
                byte[] bytes = Files.readAllBytes(file);
                if (!Files.exists(target) || !Arrays.equals(bytes, Files.readAllBytes(target))) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes);
                    changed.add(className(relative));
                }
            }
        }
        try (Stream<Path> walk = Files.walk(to)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                if (!fresh.contains(to.relativize(file))) {
                    Files.delete(file);
                    changed.add(className(to.relativize(file)));
                }
            }
        }
    }

    private static String className(Path classFile) {
        String name = classFile.toString().replace(File.separatorChar, '.');
        return name.endsWith(".class") ? name.substring(0, name.length() - ".class".length()) : name;
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }

    private static URL[] urls(List<Path> paths) {
        return paths.stream().map(path -> {
            try {
                return path.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(path.toString(), e);
            }
        }).toArray(URL[]::new);
    }

    private static String joined(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter text = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    @Override
    public void close() {
        try {
            files.close();
            if (loader != null) {
                loader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** TeaVM's log: its errors kept for the page and the terminal, the rest dropped. */
    private static final class CollectingLog implements TeaVMToolLog {
        final List<String> errors = new ArrayList<>();

        @Override
        public void info(String text) {
        }

        @Override
        public void debug(String text) {
        }

        @Override
        public void warning(String text) {
        }

        @Override
        public void error(String text) {
            errors.add(text);
        }

        @Override
        public void info(String text, Throwable e) {
        }

        @Override
        public void debug(String text, Throwable e) {
        }

        @Override
        public void warning(String text, Throwable e) {
        }

        @Override
        public void error(String text, Throwable e) {
            errors.add(text + ": " + e);
        }
    }
}
