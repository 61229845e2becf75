package org.gloss.store.sqlite.internal;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.gloss.api.store.Adjudications;
import org.gloss.api.store.Codebook;
import org.gloss.api.store.Coders;
import org.gloss.api.store.Codings;
import org.gloss.api.store.Documents;
import org.gloss.api.store.Memos;
import org.gloss.api.store.ProjectSession;

/** One open project file. Transactions are BEGIN IMMEDIATE so that writers never deadlock. */
final class SqliteSession implements ProjectSession {
    private final Jdbc jdbc;
    private final SqliteDocuments documents;
    private final SqliteCodebook codebook;
    private final SqliteCoders coders;
    private final SqliteCodings codings;
    private final SqliteMemos memos;
    private final SqliteAdjudications adjudications;
    private int transactionDepth;

    SqliteSession(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.documents = new SqliteDocuments(this, jdbc);
        this.coders = new SqliteCoders(this, jdbc);
        this.codings = new SqliteCodings(this, jdbc);
        this.memos = new SqliteMemos(this, jdbc);
        this.codebook = new SqliteCodebook(this, jdbc);
        this.adjudications = new SqliteAdjudications(this, jdbc);
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
    public Memos memos() {
        return memos;
    }

    @Override
    public Adjudications adjudications() {
        return adjudications;
    }

    SqliteDocuments sqliteDocuments() {
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
        jdbc.execute("BEGIN IMMEDIATE");
        transactionDepth = 1;
        boolean committed = false;
        try {
            T result = work.get();
            jdbc.execute("COMMIT");
            committed = true;
            return result;
        } finally {
            transactionDepth = 0;
            if (!committed) {
                rollbackQuietly();
            }
        }
    }

    private void rollbackQuietly() {
        try {
            try (var st = jdbc.connection().createStatement()) {
                st.execute("ROLLBACK");
            }
        } catch (SQLException ignored) {
            // no transaction left to roll back (e.g. COMMIT itself failed and SQLite rolled back)
        }
    }

    @Override
    public void close() {
        jdbc.closeStatements();
        try {
            jdbc.connection().close();
        } catch (SQLException e) {
            throw Jdbc.translate(e, location());
        }
    }
}
