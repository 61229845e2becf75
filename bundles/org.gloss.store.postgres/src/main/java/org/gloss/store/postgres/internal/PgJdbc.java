package org.gloss.store.postgres.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gloss.api.team.TeamErrors;

/**
 * A thin layer over one JDBC connection: parameter binding, row mapping, statement caching and
 * translation of PostgreSQL failures into user-facing errors.
 */
final class PgJdbc {
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    private final Connection connection;
    private final String location;
    private final String user;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    PgJdbc(Connection connection, String location, String user) {
        this.connection = connection;
        this.location = location;
        this.user = user;
    }

    Connection connection() {
        return connection;
    }

    String location() {
        return location;
    }

    String user() {
        return user;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
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

    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long queryLong(String sql, Object... params) {
        return queryOne(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    int update(String sql, Object... params) {
        return call(() -> {
            PreparedStatement ps = prepare(sql);
            bind(ps, params);
            return ps.executeUpdate();
        });
    }

    /** Runs an INSERT ... RETURNING id. */
    long insert(String sql, Object... params) {
        return queryOne(sql, rs -> rs.getLong(1), params).orElseThrow();
    }

    /**
     * Executes a statement's batch. When the server drops the connection mid-batch, PostgreSQL
     * JDBC 42.7 may fail with an AssertionError (when assertions are on) instead of an
     * SQLException; either way the transaction is gone, which is what the user must learn.
     */
    void executeBatch(PreparedStatement ps) throws SQLException {
        try {
            ps.executeBatch();
        } catch (AssertionError | RuntimeException e) {
            if (connection.isClosed()) {
                throw TeamErrors.connectionLost(location);
            }
            throw e;
        }
    }

    void execute(String sql) {
        call(() -> {
            try (var st = connection.createStatement()) {
                st.execute(sql);
            }
            return null;
        });
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    <T> T call(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw PgErrors.translate(e, location, user);
        }
    }

    void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        statements.clear();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a connection the server already dropped has nothing left to close
        }
    }
}
