package org.gloss.store.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class PgErrorsTest {
    private static final String LOCATION = "postgresql://127.0.0.1:55432/study";

    @Test
    void aServerAskingForAPasswordNoneWasGivenForIsNotAnUnreachableServer() {
        // what PostgreSQL JDBC 42.7 throws for a SCRAM login without a password (it was "cannot reach the server")
        SQLException scram = new SQLException("The server requested SCRAM-based authentication, but no password was provided.",
                "08004");
        assertThat(PgErrors.onConnect(scram, LOCATION, new Credentials.Login("ann", null)).getMessage())
                .isEqualTo("no password for " + LOCATION + ": put it in ~/.pgpass (or PGPASSFILE) or the PGPASSWORD"
                        + " environment variable, never on the command line");
    }

    @Test
    void aServerThatIsNotThereIsStillUnreachable() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:1 refused.", "08001");
        assertThat(PgErrors.onConnect(refused, LOCATION, new Credentials.Login("ann", null)).getMessage())
                .startsWith("cannot reach");
    }
}
