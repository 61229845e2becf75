package org.gloss.store.jdbc.spi;

import java.util.function.Supplier;

import org.gloss.api.store.Adjudications;
import org.gloss.api.store.Codebook;
import org.gloss.api.store.Coders;
import org.gloss.api.store.Codings;
import org.gloss.api.store.Documents;
import org.gloss.api.store.ExternalIds;
import org.gloss.api.store.Memos;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.jdbc.internal.JdbcAdjudications;
import org.gloss.store.jdbc.internal.JdbcCodebook;
import org.gloss.store.jdbc.internal.JdbcCoders;
import org.gloss.store.jdbc.internal.JdbcCodings;
import org.gloss.store.jdbc.internal.JdbcDocuments;
import org.gloss.store.jdbc.internal.JdbcExternalIds;
import org.gloss.store.jdbc.internal.JdbcMemos;

/**
 * One open project over one JDBC connection, for any database with the common schema. A store
 * extends it where its sessions can do more (a server's change feed and roles). Every write
 * method is one transaction of its own; {@link #inTransaction} groups several, and nested calls
 * join the outer transaction.
 */
public class JdbcProjectSession implements ProjectSession {
    private final JdbcConnection jdbc;
    private final JdbcDocuments documents;
    private final JdbcCodebook codebook;
    private final JdbcCoders coders;
    private final JdbcCodings codings;
    private final JdbcMemos memos;
    private final JdbcAdjudications adjudications;
    private final JdbcExternalIds externalIds;
    private int transactionDepth;

    public JdbcProjectSession(JdbcConnection jdbc) {
        this.jdbc = jdbc;
        this.documents = new JdbcDocuments(this, jdbc);
        this.coders = new JdbcCoders(this, jdbc);
        this.codings = new JdbcCodings(this, jdbc, documents);
        this.memos = new JdbcMemos(this, jdbc);
        this.codebook = new JdbcCodebook(this, jdbc);
        this.adjudications = new JdbcAdjudications(this, jdbc);
        this.externalIds = new JdbcExternalIds(jdbc);
    }

    /** The connection, for what a store's sessions do beyond the common API. */
    protected final JdbcConnection jdbc() {
        return jdbc;
    }

    @Override
    public final String location() {
        return jdbc.location();
    }

    @Override
    public final Documents documents() {
        return documents;
    }

    @Override
    public final Codebook codebook() {
        return codebook;
    }

    @Override
    public final Coders coders() {
        return coders;
    }

    @Override
    public final Codings codings() {
        return codings;
    }

    @Override
    public final Memos memos() {
        return memos;
    }

    @Override
    public final Adjudications adjudications() {
        return adjudications;
    }

    @Override
    public final ExternalIds externalIds() {
        return externalIds;
    }

    @Override
    public final <T> T inTransaction(Supplier<T> work) {
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.get();
            } finally {
                transactionDepth--;
            }
        }
        jdbc.refuseWritesIfDamaged();
        Dialect dialect = jdbc.dialect();
        jdbc.call(() -> {
            dialect.begin(jdbc.connection());
            return null;
        });
        transactionDepth = 1;
        boolean committed = false;
        try {
            T result = work.get();
            jdbc.call(() -> {
                dialect.commit(jdbc.connection());
                return null;
            });
            committed = true;
            return result;
        } finally {
            transactionDepth = 0;
            if (!committed) {
                // the rollback undoes version increments this session had recorded
                codebook.forgetVersions();
                documents.rolledBack();
                dialect.rollbackQuietly(jdbc.connection());
            }
        }
    }

    @Override
    public void close() {
        jdbc.close();
    }
}
