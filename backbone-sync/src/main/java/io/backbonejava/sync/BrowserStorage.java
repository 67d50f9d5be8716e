package io.backbonejava.sync;

/** {@link Storage} over the browser's localStorage or sessionStorage. */
final class BrowserStorage implements Storage {
    private final boolean local;

    BrowserStorage(boolean local) {
        this.local = local;
    }

    @Override
    public String getItem(String key) {
        return Js.webStorage(local).getItem(key);
    }

    @Override
    public void setItem(String key, String value) {
        Js.webStorage(local).setItem(key, value);
    }

    @Override
    public void removeItem(String key) {
        Js.webStorage(local).removeItem(key);
    }
}
