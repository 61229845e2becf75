package org.gloss.store.jdbc.session;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.gloss.api.store.Adjudications;
import org.gloss.api.store.Cases;
import org.gloss.api.store.Codebook;
import org.gloss.api.store.Coders;
import org.gloss.api.store.Codings;
import org.gloss.api.store.DocumentSets;
import org.gloss.api.store.Documents;
import org.gloss.api.store.ExternalIds;
import org.gloss.api.store.Memos;
import org.gloss.api.store.ProjectChangeListener;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.jdbc.internal.DocumentChanges;
import org.gloss.store.jdbc.internal.JdbcAdjudications;
import org.gloss.store.jdbc.internal.JdbcCases;
import org.gloss.store.jdbc.internal.JdbcCodebook;
import org.gloss.store.jdbc.internal.JdbcCoders;
import org.gloss.store.jdbc.internal.JdbcCodings;
import org.gloss.store.jdbc.internal.JdbcDocumentSets;
import org.gloss.store.jdbc.internal.JdbcDocuments;
import org.gloss.store.jdbc.internal.JdbcExternalIds;
import org.gloss.store.jdbc.internal.JdbcMemos;
import org.gloss.store.jdbc.spi.Dialect;
import org.gloss.store.jdbc.spi.JdbcConnection;

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
    private final JdbcCases cases;
    private final JdbcDocumentSets sets;
    private final JdbcExternalIds externalIds;
    private final DocumentChanges documentChanges;
    private int transactionDepth;

    /** A session whose document changes no in-process listener follows. */
    public JdbcProjectSession(JdbcConnection jdbc) {
        this(jdbc, List::of);
    }

    /**
     * @param listeners the in-process listeners (the search index) told, when the session closes,
     *                  which documents it added and removed; asked then, so they may come and go
     */
    public JdbcProjectSession(JdbcConnection jdbc, Supplier<? extends Collection<ProjectChangeListener>> listeners) {
        this.jdbc = jdbc;
        this.documentChanges = new DocumentChanges(listeners);
        this.documents = new JdbcDocuments(this, jdbc, documentChanges);
        this.coders = new JdbcCoders(this, jdbc);
        this.codings = new JdbcCodings(this, jdbc, documents);
        this.memos = new JdbcMemos(this, jdbc);
        this.codebook = new JdbcCodebook(this, jdbc);
        this.adjudications = new JdbcAdjudications(this, jdbc);
        this.externalIds = new JdbcExternalIds(jdbc);
        this.cases = new JdbcCases(this, jdbc, documents);
        this.sets = new JdbcDocumentSets(this, jdbc);
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
    public final Cases cases() {
        return cases;
    }

    @Override
    public final DocumentSets sets() {
        return sets;
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
            documentChanges.committed();
            return result;
        } finally {
            transactionDepth = 0;
            if (!committed) {
                // the rollback undoes version increments this session had recorded
                codebook.forgetVersions();
                documents.rolledBack();
                documentChanges.rolledBack();
                dialect.rollbackQuietly(jdbc.connection());
            }
        }
    }

    /** Publishes the session's committed document changes, then closes the connection. */
    @Override
    public void close() {
        try {
            documentChanges.publish(this);
        } finally {
            jdbc.close();
        }
    }

    /** For sessions that close their connection their own way: publishes what {@link #close} would. */
    protected final void publishChanges() {
        documentChanges.publish(this);
    }
}
