package io.backbonejava;

import org.teavm.jso.browser.Window;

/**
 * Keeps, in the browser, one blank object of every class of the app and one empty array of each array type
 * the app made, so that the JavaScript engine does not forget what the app's objects look like. {@link View}'s
 * constructor asks for a pass; {@link #keepAll()} gets its body from
 * {@link io.backbonejava.teavm.ShapeRetentionPlugin}, which explains why.
 *
 * <p>A pass runs as soon as the task that built views ends, before anything can collect the garbage it left,
 * and again half a second later, when the objects that later work made have their settled shapes. Nothing is
 * done per object: a pass walks TeaVM's list of the app's classes (about 170 in the benchmark app), and at most
 * one pass of each kind is waiting at a time. When no view is built, no timer runs.
 */
final class Shapes {
    /** How long after the first pass a second one runs, in milliseconds. */
    static final int DELAY = 500;

    private static boolean soonScheduled;
    private static boolean laterScheduled;
    /** The last pass's blank objects and arrays, a JavaScript array; held here so that they stay alive. */
    private static Object kept;

    private Shapes() {
    }

    /**
     * Called when a view is built: schedules a pass as soon as the current task ends (unless one is waiting
     * already), which schedules a second one {@link #DELAY} milliseconds later.
     */
    static void viewBuilt() {
        if (!soonScheduled) {
            soonScheduled = true;
            Window.setTimeout(Shapes::soonPass, 0);
        }
    }

    private static void soonPass() {
        soonScheduled = false;
        kept = keepAll();
        if (!laterScheduled) {
            laterScheduled = true;
            Window.setTimeout(Shapes::laterPass, DELAY);
        }
    }

    private static void laterPass() {
        laterScheduled = false;
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
