package io.backbonejava.benchmarks;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** The few browser calls the benchmark pages need that TeaVM's {@code jso-apis} does not declare. */
final class Page {
    private Page() {
    }

    /** The page's high-resolution clock, in milliseconds. */
    @JSBody(script = "return performance.now();")
    static native double now();

    /** Publishes the micro-benchmark entry point as {@code window.microBench}, as the harness expects it. */
    @JSBody(params = "bench", script = "window.microBench = bench;")
    static native void exportMicroBench(CoreBench.Entry bench);

    /** The {@code {ms, check}} object a micro-benchmark run returns to the harness. */
    @JSBody(params = {"ms", "check"}, script = "return {ms: ms, check: check};")
    static native JSObject result(double ms, int check);
}
