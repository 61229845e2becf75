package org.gloss.store.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code gloss server drop}: the project's database and group roles are gone from the real server, login roles stay. */
class ServerDropTest {
    private final PostgresTestServer server = PostgresTestServer.get();
    private final String location = server.newProjectLocation();
    private final String database = PostgresTestServer.database(location);
    private final String coder = database + "_aida";

    @AfterEach
    void cleanUp() {
        server.dropProject(location, coder);
    }

    @Test
    void dropDeletesTheDatabaseAndItsGroupRolesEvenWhileSomeoneIsConnected() throws SQLException {
        server.createLoginRole(coder, "pw");
        PostgresStoreProvider provider = server.adminProvider();
        try (ProjectSession session = provider.create(location)) {
            session.documents().add(new NewDocument("interview", "text"));
            ((PgSession) session).addMember(coder, false);
        }
        assertThat(count("SELECT count(*) FROM pg_database WHERE datname = ?", database)).isEqualTo(1);
        try (ProjectSession stillOpen = provider.open(location)) {
            provider.drop(location);
        }
        assertThat(count("SELECT count(*) FROM pg_database WHERE datname = ?", database)).isZero();
        assertThat(count("SELECT count(*) FROM pg_roles WHERE rolname = ?", ProjectRoles.coders(database))).isZero();
        assertThat(count("SELECT count(*) FROM pg_roles WHERE rolname = ?", ProjectRoles.editors(database))).isZero();
        assertThat(count("SELECT count(*) FROM pg_roles WHERE rolname = ?", coder)).isEqualTo(1);
        assertThatThrownBy(() -> provider.open(location)).isInstanceOf(GlossException.class);
        provider.drop(location); // a project that is not there is not an error
    }

    @Test
    void theMaintenanceDatabaseIsNotAProject() {
        String maintenance = server.location("postgres", "gloss_admin");
        assertThatThrownBy(() -> server.adminProvider().drop(maintenance)).isInstanceOf(GlossException.class)
                .hasMessageContaining("a project database");
    }

    private long count(String sql, String name) throws SQLException {
        try (Connection c = server.adminConnection("postgres"); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
