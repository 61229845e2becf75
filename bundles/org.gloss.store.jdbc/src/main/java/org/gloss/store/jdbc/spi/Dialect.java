package org.gloss.store.jdbc.spi;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.OptionalLong;

import org.gloss.api.error.GlossException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What differs between the databases a {@link org.gloss.store.jdbc.session.JdbcProjectSession} runs on. Everything else (the
 * SQL of documents, codebook, codings, memos, turns and the adjudication log) is common: both
 * databases understand {@code INSERT ... ON CONFLICT}, {@code LIMIT} and the schema's names.
 */
@ConsumerType
public interface Dialect {
    /**
     * Starts a transaction. SQLite takes the write lock at once ({@code BEGIN IMMEDIATE}) so that
     * two writers never deadlock; a server leaves auto-commit and relies on row locks.
     */
    void begin(Connection connection) throws SQLException;

    /** Commits the transaction {@link #begin} started (and restores auto-commit where needed). */
    void commit(Connection connection) throws SQLException;

    /**
     * Undoes the transaction {@link #begin} started. Must not throw: it runs while another failure
     * is on its way to the user (a connection that is gone has nothing left to roll back).
     */
    void rollbackQuietly(Connection connection);

    /**
     * A number that changes when another connection commits to the database, read cheaply (SQLite's
     * {@code PRAGMA data_version}); empty where the database has none. With the session's own
     * count of document writes it makes {@link org.gloss.api.store.Documents#revision()}.
     */
    default OptionalLong dataVersion(JdbcConnection jdbc) {
        return OptionalLong.empty();
    }

    /** Runs an INSERT into a table with an {@code id} key and returns the new row's id. */
    long insertReturningId(JdbcConnection jdbc, String insertSql, Object... params);

    /**
     * What a SELECT appends to lock the rows it reads until the transaction ends, so concurrent
     * edits of one row queue up ({@code " FOR UPDATE"}); empty where the transaction already
     * holds the database's write lock.
     */
    String lockRowsForUpdate();

    /**
     * The column as an ORDER BY term in plain code-point (byte) order, the same on every
     * database whatever its locale.
     */
    String inBinaryOrder(String column);

    /** The value that stores an instant (to the microsecond: the shared code truncates) in a timestamp column. */
    Object timestamp(Instant instant);

    /** Reads a timestamp column (null stays null). */
    Instant instant(ResultSet rs, int column) throws SQLException;

    /**
     * Whether codebook edits use optimistic versioning: table {@code codes} has an integer
     * {@code version} column, every edit claims the version the session last read, and a session
     * that finds it changed tells the user to reload. Needed where several people edit one
     * codebook at once.
     */
    boolean versionsCodes();

    /**
     * The user-facing error for a database failure at {@code location} while working as
     * {@code user} (null where the store has no users). SQLSTATE {@code 08003} means the
     * connection is gone.
     */
    GlossException translate(SQLException failure, String location, String user);
}
