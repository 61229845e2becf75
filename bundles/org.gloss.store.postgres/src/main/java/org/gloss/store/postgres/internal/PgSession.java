package org.gloss.store.postgres.internal;

import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.gloss.api.store.Codebook;
import org.gloss.api.store.Coders;
import org.gloss.api.store.Codings;
import org.gloss.api.store.Documents;
import org.gloss.api.store.Memos;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.team.ChangeFeed;
import org.gloss.api.team.ProjectChange;
import org.gloss.api.team.SharedProject;

/**
 * One open project on a server, as one database user. Every write outside {@link #inTransaction}
 * commits on its own (auto-commit); the server's row locks and constraints keep concurrent
 * sessions from losing each other's changes.
 */
final class PgSession implements ProjectSession, ChangeFeed, SharedProject {
    private final Connections connections;
    private final PgJdbc jdbc;
    private final PgDocuments documents;
    private final PgCodebook codebook;
    private final PgCoders coders;
    private final PgCodings codings;
    private final PgMemos memos;
    private final PgAdjudications adjudications;
    private int transactionDepth;

    PgSession(Connections connections, PgJdbc jdbc) {
        this.connections = connections;
        this.jdbc = jdbc;
        this.documents = new PgDocuments(this, jdbc);
        this.coders = new PgCoders(this, jdbc);
        this.codings = new PgCodings(this, jdbc);
        this.memos = new PgMemos(this, jdbc);
        this.adjudications = new PgAdjudications(this, jdbc);
        this.codebook = new PgCodebook(this, jdbc);
    }

    @Override
    public String location() {
        return jdbc.location();
    }

    @Override
    public Documents documents() {
        return documents;
    }

    @Override
    public Codebook codebook() {
        return codebook;
    }

    @Override
    public Coders coders() {
        return coders;
    }

    @Override
    public Codings codings() {
        return codings;
    }

    @Override
    public org.gloss.api.store.Adjudications adjudications() {
        return adjudications;
    }

    @Override
    public Memos memos() {
        return memos;
    }

    PgDocuments pgDocuments() {
        return documents;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.get();
            } finally {
                transactionDepth--;
            }
        }
        jdbc.call(() -> {
            jdbc.connection().setAutoCommit(false);
            return null;
        });
        transactionDepth = 1;
        boolean committed = false;
        try {
            T result = work.get();
            jdbc.call(() -> {
                jdbc.connection().commit();
                return null;
            });
            committed = true;
            return result;
        } finally {
            transactionDepth = 0;
            endTransaction(committed);
        }
    }

    private void endTransaction(boolean committed) {
        try {
            if (!committed) {
                codebook.forgetVersions();
                jdbc.connection().rollback();
            }
            jdbc.connection().setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is gone (and with it the transaction): the next use reports it
        }
    }

    @Override
    public Subscription subscribe(Consumer<ProjectChange> listener, Consumer<Connection> connection) {
        return ChangeListener.start(connections, listener, connection);
    }

    @Override
    public String user() {
        return jdbc.user();
    }

    @Override
    public boolean isEditor() {
        // the owner (who created the project) bypasses the policies, so counts as an editor too
        return jdbc.queryOne("SELECT gloss.is_editor() OR pg_has_role(current_user, "
                + "(SELECT nspowner FROM pg_namespace WHERE nspname = 'gloss'), 'MEMBER')", rs -> rs.getBoolean(1))
                .orElse(false);
    }

    @Override
    public boolean blindCoding() {
        return jdbc.queryOne("SELECT gloss.blind_coding()", rs -> rs.getBoolean(1)).orElse(false);
    }

    @Override
    public void setBlindCoding(boolean on) {
        jdbc.update("UPDATE settings SET value = ? WHERE key = 'blind_coding'", Boolean.toString(on));
    }

    /** Adds a coder's login role to the project (owner or role administrators only). */
    void addMember(String name, boolean editor) {
        inTransaction(() -> ProjectRoles.addMember(jdbc, connections.location().database(), name, editor));
    }

    @Override
    public void close() {
        jdbc.close();
    }
}
