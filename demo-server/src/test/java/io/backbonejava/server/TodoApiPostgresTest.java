package io.backbonejava.server;

import org.junit.jupiter.api.extension.ExtendWith;

/** Every {@link TodoApiTest} case against a real PostgreSQL, in a database of its own. */
@ExtendWith(PostgresCluster.Shared.class)
class TodoApiPostgresTest extends TodoApiTest {

    @Override
    ServerConfig.Builder database(ServerConfig.Builder builder) {
        return builder.jdbcUrl(PostgresCluster.shared().newDatabase());
    }
}
