package org.gloss.store.sqlite.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.OptionalLong;

import org.gloss.api.error.GlossException;
import org.gloss.core.project.ProjectErrors;
import org.gloss.store.jdbc.spi.DamagedProjectException;
import org.gloss.store.jdbc.spi.Dialect;
import org.gloss.store.jdbc.spi.JdbcConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite for one project file: transactions take the write lock at once (BEGIN IMMEDIATE, so
 * writers never deadlock and rows need no locks of their own), instants are ISO-8601 UTC text
 * (readable in any SQLite browser), and one writer at a time makes codebook versioning needless.
 */
final class SqliteDialect implements Dialect {
    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public void begin(Connection connection) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        execute(connection, "COMMIT");
    }

    @Override
    public void rollbackQuietly(Connection connection) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction left to roll back (e.g. COMMIT itself failed and SQLite rolled back)
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public long insertReturningId(JdbcConnection jdbc, String insertSql, Object... params) {
        jdbc.update(insertSql, params);
        return jdbc.queryLong("SELECT last_insert_rowid()");
    }

    /** Changes whenever another connection (of this or another process) commits to the file. */
    @Override
    public OptionalLong dataVersion(JdbcConnection jdbc) {
        return OptionalLong.of(jdbc.queryOne("PRAGMA data_version", rs -> rs.getLong(1)).orElseThrow());
    }

    @Override
    public String lockRowsForUpdate() {
        return ""; // the transaction holds the file's write lock
    }

    @Override
    public String inBinaryOrder(String column) {
        return column; // SQLite's default collation, BINARY, compares the UTF-8 bytes
    }

    @Override
    public Object timestamp(Instant instant) {
        return instant.toString();
    }

    @Override
    public Instant instant(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : Instant.parse(text);
    }

    @Override
    public boolean versionsCodes() {
        return false;
    }

    /** In an open session the file is known to be a Gloss project: corruption is damage. */
    @Override
    public GlossException translate(SQLException failure, String location, String user) {
        return translate(failure, location, true);
    }

    static GlossException translate(SQLException e, String location) {
        return translate(e, location, false);
    }

    /**
     * @param glossProject whether the file is known (or, by its name and size, looks) to be a Gloss
     *                     project: then a file SQLite finds corrupt or unreadable is a damaged
     *                     project, otherwise it is not a project at all
     */
    static GlossException translate(SQLException e, String location, boolean glossProject) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            int primary = code == null ? -1 : code.code & 0xFF;
            if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return ProjectBusy.error(location);
            }
            if (primary == SQLiteErrorCode.SQLITE_NOTADB.code || primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
                return glossProject ? new DamagedProjectException(location, damage(primary), e) : ProjectErrors.notAProject(location);
            }
        }
        return ProjectErrors.storage(location, e.getMessage());
    }

    private static String damage(int primary) {
        return primary == SQLiteErrorCode.SQLITE_NOTADB.code
                ? "SQLite cannot read it as a database (its header or first page is damaged)"
                : "SQLite found its database structure malformed";
    }
}
