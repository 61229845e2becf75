package org.gloss.store.postgres.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.gloss.api.error.GlossException;
import org.gloss.store.jdbc.spi.Dialect;
import org.gloss.store.jdbc.spi.JdbcConnection;

/**
 * PostgreSQL with many sessions at once: a transaction is auto-commit switched off, edits of one
 * row queue up behind {@code FOR UPDATE}, codebook edits are versioned optimistically, instants
 * are timestamptz, text orders by "C" whatever the database's locale, and failures are
 * translated by SQLSTATE ({@link PgErrors}).
 */
final class PgDialect implements Dialect {
    static final PgDialect INSTANCE = new PgDialect();

    private PgDialect() {
    }

    @Override
    public void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
    }

    @Override
    public void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is gone (and with it the transaction): the next use reports it
        }
    }

    @Override
    public long insertReturningId(JdbcConnection jdbc, String insertSql, Object... params) {
        return jdbc.queryOne(insertSql + " RETURNING id", rs -> rs.getLong(1), params).orElseThrow();
    }

    @Override
    public String lockRowsForUpdate() {
        return " FOR UPDATE";
    }

    @Override
    public String inBinaryOrder(String column) {
        return column + " COLLATE \"C\"";
    }

    @Override
    public Object timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Override
    public boolean versionsCodes() {
        return true;
    }

    @Override
    public GlossException translate(SQLException failure, String location, String user) {
        return PgErrors.translate(failure, location, user);
    }
}
