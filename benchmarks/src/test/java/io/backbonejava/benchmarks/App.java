package io.backbonejava.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/** The three implementations of the js-framework-benchmark app, each a folder under {@code target/}. */
enum App {
    VANILLA("vanillajs-app", "vanilla JS"),
    BACKBONE_JS("backbonejs-app", "Backbone.js 1.6.1"),
    BACKBONE_JAVA("jsbench-app", "backbone-java");

    /** The folder the build assembles the app in, and its path on the harness's server. */
    final String folder;
    /** The name in reports. */
    final String title;

    App(String folder, String title) {
        this.folder = folder;
        this.title = title;
    }

    /** Whether the build produced this app (all of its scripts exist). */
    boolean isBuilt(Path apps) {
        Path folderPath = apps.resolve(folder);
        if (!Files.isRegularFile(folderPath.resolve("index.html"))) {
            return false;
        }
        for (Path script : Sizes.scripts(folderPath)) {
            if (!Files.isRegularFile(script)) {
                return false;
            }
        }
        return true;
    }
}
