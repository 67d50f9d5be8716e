package io.backbonejava.browsertests;

/** The browsers each scenario runs in: use as {@code @EnumSource(Engine.class)} on a parameterized test. */
public enum Engine {
    /** HtmlUnit 5's JavaScript engine: no real browser, but quick to start and strict about script errors. */
    HTMLUNIT,
    /** Real headless Chromium through Selenium and chromedriver. */
    CHROMIUM
}
