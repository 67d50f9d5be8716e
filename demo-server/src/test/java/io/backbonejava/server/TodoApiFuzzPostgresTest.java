package io.backbonejava.server;

import org.junit.jupiter.api.extension.ExtendWith;

/** Every {@link TodoApiFuzzTest} body against a real PostgreSQL, in a database of its own. */
@ExtendWith(PostgresCluster.Shared.class)
class TodoApiFuzzPostgresTest extends TodoApiFuzzTest {

    @Override
    ServerConfig.Builder database(ServerConfig.Builder builder) {
        return builder.jdbcUrl(PostgresCluster.shared().newDatabase());
    }
}
