package io.backbonejava.server;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ConcurrencyTest} against a real PostgreSQL, in a database of its own. */
@ExtendWith(PostgresCluster.Shared.class)
class ConcurrencyPostgresTest extends ConcurrencyTest {

    @Override
    ServerConfig.Builder database(ServerConfig.Builder builder) {
        return builder.jdbcUrl(PostgresCluster.shared().newDatabase());
    }
}
