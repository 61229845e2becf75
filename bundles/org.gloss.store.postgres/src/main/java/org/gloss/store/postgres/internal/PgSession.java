package org.gloss.store.postgres.internal;

import java.util.function.Consumer;

import org.gloss.api.team.ChangeFeed;
import org.gloss.api.team.ProjectChange;
import org.gloss.api.team.SharedProject;
import org.gloss.store.jdbc.session.JdbcProjectSession;
import org.gloss.store.jdbc.spi.JdbcConnection;

/**
 * One open project on a server, as one database user: the shared JDBC store plus what only a
 * server has (other people's changes announced, roles, blind coding). Every write outside
 * {@link #inTransaction} commits on its own (auto-commit); the server's row locks and constraints
 * keep concurrent sessions from losing each other's changes.
 */
final class PgSession extends JdbcProjectSession implements ChangeFeed, SharedProject {
    private final Connections connections;

    PgSession(Connections connections, JdbcConnection jdbc,
              java.util.function.Supplier<? extends java.util.Collection<org.gloss.api.store.ProjectChangeListener>> listeners) {
        super(jdbc, listeners);
        this.connections = connections;
    }

    @Override
    public Subscription subscribe(Consumer<ProjectChange> listener, Consumer<Connection> connection) {
        return ChangeListener.start(connections, listener, connection);
    }

    @Override
    public String user() {
        return jdbc().user();
    }

    @Override
    public boolean isEditor() {
        // the owner (who created the project) bypasses the policies, so counts as an editor too
        return jdbc().queryOne("SELECT gloss.is_editor() OR pg_has_role(current_user, "
                + "(SELECT nspowner FROM pg_namespace WHERE nspname = 'gloss'), 'MEMBER')", rs -> rs.getBoolean(1))
                .orElse(false);
    }

    @Override
    public boolean blindCoding() {
        return jdbc().queryOne("SELECT gloss.blind_coding()", rs -> rs.getBoolean(1)).orElse(false);
    }

    @Override
    public void setBlindCoding(boolean on) {
        jdbc().update("UPDATE settings SET value = ? WHERE key = 'blind_coding'", Boolean.toString(on));
    }

    /** Adds a coder's login role to the project (owner or role administrators only). */
    void addMember(String name, boolean editor) {
        inTransaction(() -> ProjectRoles.addMember(jdbc(), connections.location().database(), name, editor));
    }

    @Override
    public void close() {
        try {
            publishChanges();
        } finally {
            jdbc().closeQuietly(); // a connection the server already dropped has nothing left to close
        }
    }
}
