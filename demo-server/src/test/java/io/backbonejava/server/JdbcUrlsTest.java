package io.backbonejava.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void maskHidesPasswordParametersInEveryPosition() {
        assertEquals("jdbc:postgresql://db/todos?user=me&password=***",
                JdbcUrls.mask("jdbc:postgresql://db/todos?user=me&password=hunter2"));
        assertEquals("jdbc:postgresql://db/todos?password=***&user=me",
                JdbcUrls.mask("jdbc:postgresql://db/todos?password=hunter2&user=me"));
        assertEquals("jdbc:postgresql://db/todos?PASSWORD=***&b&sslpassword=***",
                JdbcUrls.mask("jdbc:postgresql://db/todos?PASSWORD=a&b&sslpassword=c"));
        assertEquals("jdbc:h2:file:/data/todos;USER=sa;PASSWORD=***;WRITE_DELAY=0",
                JdbcUrls.mask("jdbc:h2:file:/data/todos;USER=sa;PASSWORD=s3cr3t;WRITE_DELAY=0"));
        assertEquals("jdbc:sqlserver://db;user=me;password=***", JdbcUrls.mask("jdbc:sqlserver://db;user=me;password=p@ss:w/rd"));
    }

    @Test
    void maskHidesThePasswordOfUserInfo() {
        assertEquals("jdbc:postgresql://me:***@db:5432/todos", JdbcUrls.mask("jdbc:postgresql://me:hunter2@db:5432/todos"));
        assertEquals("jdbc:mysql://me:***@db/todos?password=***",
                JdbcUrls.mask("jdbc:mysql://me:hunter2@db/todos?password=other"));
    }

    @Test
    void maskLeavesUrlsWithoutPasswordsAlone() {
        for (String url : List.of("jdbc:h2:file:/data/todos;WRITE_DELAY=0", "jdbc:postgresql://db:5432/todos?user=me",
                "jdbc:postgresql://me@db/todos", "jdbc:h2:mem:x;DB_CLOSE_DELAY=-1", "jdbc:postgresql://[::1]:5432/todos")) {
            assertEquals(url, JdbcUrls.mask(url));
        }
    }

    @Test
    void scrubMasksTheUrlAndThePasswordWhereverAMessageQuotesThem() {
        String url = "jdbc:postgresql://db/todos?user=me&password=hunter22";
        String message = "No suitable driver found for " + url + " (password hunter22)";
        String scrubbed = JdbcUrls.scrub(message, url);
        assertFalse(scrubbed.contains("hunter22"), scrubbed);
        assertTrue(scrubbed.contains("password=***"), scrubbed);
        assertTrue(JdbcUrls.leaks(new RuntimeException("x", new RuntimeException(message)), url));
        assertFalse(JdbcUrls.leaks(new RuntimeException("Connection refused"), url));
        assertEquals(null, JdbcUrls.scrub(null, url));
    }
}
