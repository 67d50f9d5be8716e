package io.backbonejava.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link PersistenceTest} against a real PostgreSQL: one database per test, used by every server start in it,
 * the killed server reached through {@code --jdbc-url=} with a password that its log must not show.
 */
@ExtendWith(PostgresCluster.Shared.class)
class PersistencePostgresTest extends PersistenceTest {

    private String url;

    private String url() {
        if (url == null) {
            url = PostgresCluster.shared().newDatabase();
        }
        return url;
    }

    @Override
    ServerConfig.Builder database(ServerConfig.Builder builder) {
        return builder.jdbcUrl(url());
    }

    @Override
    String databaseArgument() {
        return "--jdbc-url=" + url();
    }

    @Override
    void checkLog(String stderr) {
        assertTrue(stderr.contains("password=" + JdbcUrls.MASK), stderr);
        assertFalse(stderr.contains(PostgresCluster.PASSWORD), stderr);
    }
}
