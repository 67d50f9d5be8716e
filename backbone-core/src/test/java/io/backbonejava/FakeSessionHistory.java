package io.backbonejava;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link History.SessionHistory} on the JVM that records every URL pushed or replaced and, like a browser,
 * moves its {@link FakeLocation} there without loading anything.
 */
class FakeSessionHistory implements History.SessionHistory {
    private final FakeLocation location;
    final List<String> pushed = new ArrayList<>();
    final List<String> replaced = new ArrayList<>();

    FakeSessionHistory(FakeLocation location) {
        this.location = location;
    }

    @Override
    public void pushState(String url) {
        pushed.add(url);
        location.load(url);
    }

    @Override
    public void replaceState(String url) {
        replaced.add(url);
        location.load(url);
    }
}
