package org.gloss.store.jdbc.spi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gloss.api.error.GlossException;

/**
 * A thin layer over one JDBC connection: parameter binding, row mapping, statement caching (one
 * prepared statement per SQL text) and translation of failures by the {@link Dialect}. Not for
 * use by several threads at once, like the session that owns it.
 */
public final class JdbcConnection {
    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Work on the connection whose SQL failures are translated into user-facing errors. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** SQLSTATE of "connection does not exist". */
    private static final String CONNECTION_GONE = "08003";

    private final Connection connection;
    private final String location;
    private final String user;
    private final Dialect dialect;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private boolean damaged;

    /**
     * @param location the project's location, as errors name it
     * @param user the database user the connection works as, or null where the store has none
     */
    public JdbcConnection(Connection connection, String location, String user, Dialect dialect) {
        this.connection = connection;
        this.location = location;
        this.user = user;
        this.dialect = dialect;
    }

    public Connection connection() {
        return connection;
    }

    public String location() {
        return location;
    }

    /** The database user, or null where the store has none. */
    public String user() {
        return user;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The cached prepared statement for this SQL text. */
    public PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return call(() -> {
            PreparedStatement ps = prepare(sql);
            bind(ps, params);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        });
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The first column of the first row as a number; 0 when there is no row. */
    public long queryLong(String sql, Object... params) {
        return queryOne(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it changed. */
    public int update(String sql, Object... params) {
        refuseWritesIfDamaged();
        return call(() -> {
            PreparedStatement ps = prepare(sql);
            bind(ps, params);
            return ps.executeUpdate();
        });
    }

    /** Runs an INSERT into a table with an {@code id} key and returns the new id. */
    public long insert(String sql, Object... params) {
        return dialect.insertReturningId(this, sql, params);
    }

    /** Runs a statement that is not prepared (DDL, transaction control, pragmas). */
    public void execute(String sql) {
        call(() -> {
            try (var st = connection.createStatement()) {
                st.execute(sql);
            }
            return null;
        });
    }

    /**
     * Executes a statement's batch. When the server drops the connection mid-batch, PostgreSQL
     * JDBC 42.7 may fail with an AssertionError (when assertions are on) instead of an
     * SQLException; either way the transaction is gone, which is what the user must learn.
     */
    public void executeBatch(PreparedStatement ps) throws SQLException {
        try {
            ps.executeBatch();
        } catch (AssertionError | RuntimeException e) {
            if (connection.isClosed()) {
                throw new SQLException("the connection was closed during a batch", CONNECTION_GONE, e);
            }
            throw e;
        }
    }

    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    /** Runs the work, translating its SQL failure by the dialect. */
    public <T> T call(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            GlossException translated = dialect.translate(e, location, user);
            if (translated instanceof DamagedProjectException) {
                damaged = true;
            }
            throw translated;
        }
    }

    /**
     * Records that data read from the project breaks an invariant, and returns the error to throw:
     * from now on this connection writes nothing.
     */
    public DamagedProjectException damaged(String detail) {
        damaged = true;
        return new DamagedProjectException(location, detail);
    }

    /** Whether this connection has met damage (then it refuses writes). */
    public boolean isDamaged() {
        return damaged;
    }

    /** Fails if this connection has met damage: a damaged project gets no more changes. */
    public void refuseWritesIfDamaged() {
        if (damaged) {
            throw new DamagedProjectException(location, "damage was found earlier in this session, so changes are refused");
        }
    }

    /** Closes the cached statements (the connection stays open). */
    public void closeStatements() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        statements.clear();
    }

    /** Closes the statements and the connection. */
    public void close() {
        closeStatements();
        try {
            connection.close();
        } catch (SQLException e) {
            throw dialect.translate(e, location, user);
        }
    }

    /** Closes the statements and the connection while another failure is already on its way. */
    public void closeQuietly() {
        try {
            close();
        } catch (RuntimeException ignored) {
            // a connection the server already dropped has nothing left to close
        }
    }
}
