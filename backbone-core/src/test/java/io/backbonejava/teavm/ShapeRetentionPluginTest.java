package io.backbonejava.teavm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The switch that turns {@link ShapeRetentionPlugin} off, read by the compiler on the JVM. */
class ShapeRetentionPluginTest {

    private static Properties with(String value) {
        Properties properties = new Properties();
        properties.setProperty(ShapeRetentionPlugin.PROPERTY, value);
        return properties;
    }

    @Test
    void onUnlessTurnedOff() {
        assertTrue(ShapeRetentionPlugin.isEnabled(null));
        assertTrue(ShapeRetentionPlugin.isEnabled(new Properties()));
        assertTrue(ShapeRetentionPlugin.isEnabled(with("true")));
        assertTrue(ShapeRetentionPlugin.isEnabled(with("")));
    }

    @Test
    void offWhenFalseInAnyCase() {
        assertFalse(ShapeRetentionPlugin.isEnabled(with("false")));
        assertFalse(ShapeRetentionPlugin.isEnabled(with(" FALSE ")));
    }

    @Test
    void registeredForTeaVMsPluginLoader() throws Exception {
        try (var in = ShapeRetentionPlugin.class.getClassLoader()
                .getResourceAsStream("META-INF/services/org.teavm.vm.spi.TeaVMPlugin")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.lines().anyMatch(line -> line.trim().equals(ShapeRetentionPlugin.class.getName())));
        }
    }
}
