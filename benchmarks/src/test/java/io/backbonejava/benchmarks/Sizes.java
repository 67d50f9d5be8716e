package io.backbonejava.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** The JavaScript a page loads: the files its {@code <script src>} tags name, raw and gzipped at level 9. */
final class Sizes {
    private static final Pattern SCRIPT = Pattern.compile("<script src=\"([^\"]+)\"");

    private Sizes() {
    }

    /** One script's size, raw and compressed. */
    record Entry(String name, long raw, long gzip) {
    }

    /** The scripts an app's {@code index.html} (or any page) loads, in page order. */
    static List<Path> scripts(Path folder) {
        return scripts(folder, "index.html");
    }

    static List<Path> scripts(Path folder, String page) {
        try {
            String html = Files.readString(folder.resolve(page), StandardCharsets.UTF_8);
            List<Path> scripts = new ArrayList<>();
            Matcher matcher = SCRIPT.matcher(html);
            while (matcher.find()) {
                scripts.add(folder.resolve(matcher.group(1)));
            }
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each script of the page with its raw and {@code gzip -9} sizes. */
    static List<Entry> measure(Path folder) {
        List<Entry> entries = new ArrayList<>();
        for (Path script : scripts(folder)) {
            try {
                byte[] bytes = Files.readAllBytes(script);
                entries.add(new Entry(folder.relativize(script).toString(), bytes.length, gzip9(script, bytes)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    /**
     * The size {@code gzip -9} gives, from the real gzip when the machine has one (what the project's size
     * notes quote), else from Java's deflater at level 9, which lands within a few bytes of it.
     */
    static long gzip9(Path file, byte[] bytes) {
        try {
            Process process = new ProcessBuilder("gzip", "-9", "-c", file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long size = process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (process.waitFor() == 0) {
                return size;
            }
        } catch (IOException e) {
            // No gzip here: fall through to Java's deflater.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
                {
                    def.setLevel(Deflater.BEST_COMPRESSION);
                }
            }) {
                gzip.write(bytes);
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
