package org.gloss.store.sqlite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gloss.api.error.Errors;
import org.gloss.api.error.GlossException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A thin layer over one JDBC connection: parameter binding, row mapping and translation of
 * SQLite failures into user-facing errors. Statements are cached per SQL text.
 */
final class Jdbc {
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
    private final java.util.Map<String, PreparedStatement> statements = new java.util.HashMap<>();

    Jdbc(Connection connection, String location) {
        this.connection = connection;
        this.location = location;
    }

    Connection connection() {
        return connection;
    }

    String location() {
        return location;
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

    long insert(String sql, Object... params) {
        return call(() -> {
            PreparedStatement ps = prepare(sql);
            bind(ps, params);
            ps.executeUpdate();
            try (var st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        });
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
            throw translate(e, location);
        }
    }

    static GlossException translate(SQLException e, String location) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code != null && (code.code & 0xFF) == SQLiteErrorCode.SQLITE_BUSY.code
                    || code != null && (code.code & 0xFF) == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return Errors.projectLocked(location);
            }
            if (code != null && ((code.code & 0xFF) == SQLiteErrorCode.SQLITE_NOTADB.code
                    || (code.code & 0xFF) == SQLiteErrorCode.SQLITE_CORRUPT.code)) {
                return Errors.notAProject(location);
            }
        }
        return Errors.storage(location, e.getMessage());
    }

    void closeStatements() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        statements.clear();
    }
}
