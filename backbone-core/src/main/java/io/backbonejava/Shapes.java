package io.backbonejava;

import org.teavm.jso.browser.Window;

/**
 * Keeps, in the browser, one blank object of every class of the app and one empty array of each array type
 * the app made, made again half a second after views are built, so that the JavaScript engine does not forget what
 * the app's objects look like. {@link View}'s constructor asks for a pass; {@link #keepAll()} gets its body
 * from {@link io.backbonejava.teavm.ShapeRetentionPlugin}, which explains why.
 *
 * <p>Nothing is done per object: a pass walks TeaVM's list of the app's classes (about 170 in the benchmark
 * app), and at most one pass is waiting at a time. When no view is built, no timer runs.
 */
final class Shapes {
    /** How long after a view is built the pass runs, in milliseconds. */
    static final int DELAY = 500;

    private static boolean scheduled;
    /** The last pass's blank objects and arrays, a JavaScript array; held here so that they stay alive. */
    private static Object kept;

    private Shapes() {
    }

    /** Called when a view is built: schedules a pass unless one is waiting already. */
    static void viewBuilt() {
        if (!scheduled) {
            scheduled = true;
            Window.setTimeout(Shapes::pass, DELAY);
        }
    }

    private static void pass() {
        scheduled = false;
        kept = keepAll();
    }

    /** What the last pass made and keeps alive, or null before the first pass (and always on the JVM). */
    static Object kept() {
        return kept;
    }

    /**
     * Makes a new blank instance of every class, with the class's JavaScript constructor function alone (no
     * Java constructor runs, so its fields hold their defaults and it keeps nothing else alive), and for each
     * class whose array type the app has made, a new empty array of that type. The plugin writes that body,
     * which returns them in a JavaScript array; without it (on the JVM, or with the plugin turned off) this
     * makes nothing and returns null.
     *
     * @return the new blanks, or null
     */
    static Object keepAll() {
        // Replaced by io.backbonejava.teavm.ShapeRetentionPlugin in TeaVM builds.
        return null;
    }
}
