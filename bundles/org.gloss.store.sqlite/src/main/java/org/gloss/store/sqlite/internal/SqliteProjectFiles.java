package org.gloss.store.sqlite.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import org.gloss.api.error.Errors;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.jdbc.spi.JdbcConnection;
import org.gloss.store.jdbc.spi.JdbcProjectSession;
import org.sqlite.SQLiteConfig;

/**
 * Creates and opens project files: checks that a file is a Gloss project, refuses newer schemas,
 * and migrates older ones in one transaction after writing a backup copy.
 */
final class SqliteProjectFiles {
    /** PRAGMA application_id of every Gloss project: "GLSS". */
    static final int APPLICATION_ID = 0x474C5353;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = Integer.getInteger("gloss.sqlite.busyTimeoutMs", 3000);

    private SqliteProjectFiles() {
    }

    /**
     * Creates the project in a temporary file beside the target and moves it into place, so that
     * a failed creation never leaves a half-made project behind.
     */
    static ProjectSession create(Path file) {
        if (Files.exists(file)) {
            throw Errors.projectExists(file);
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw Errors.storage(file, "folder " + dir + " does not exist");
        }
        Path temp = dir.resolve("." + file.getFileName() + ".creating-" + ProcessHandle.current().pid());
        try {
            try (Connection connection = connect(temp)) {
                JdbcConnection jdbc = new JdbcConnection(connection, file.toString(), null, SqliteDialect.INSTANCE);
                migrate(jdbc, 0);
                jdbc.execute("PRAGMA application_id = " + APPLICATION_ID);
                jdbc.closeStatements();
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw SqliteDialect.translate(e, file.toString());
        } catch (IOException e) {
            throw Errors.storage(file, e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
        return open(file);
    }

    static ProjectSession open(Path file) {
        checkLooksLikeSqlite(file);
        Connection connection = null;
        try {
            connection = connect(file);
            JdbcConnection jdbc = new JdbcConnection(connection, file.toString(), null, SqliteDialect.INSTANCE);
            if (jdbc.queryLong("PRAGMA application_id") != APPLICATION_ID) {
                throw Errors.notAProject(file);
            }
            int version = (int) jdbc.queryLong("PRAGMA user_version");
            if (version > SchemaMigrations.CURRENT_VERSION) {
                throw Errors.newerSchema(file, version, SchemaMigrations.CURRENT_VERSION);
            }
            if (version < SchemaMigrations.CURRENT_VERSION) {
                backup(jdbc, file, version);
                migrate(jdbc, version);
            }
            return new JdbcProjectSession(jdbc);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqliteDialect.translate(e, file.toString());
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void checkLooksLikeSqlite(Path file) {
        if (!Files.exists(file)) {
            throw Errors.projectMissing(file);
        }
        if (!Files.isRegularFile(file)) {
            throw Errors.notAProject(file);
        }
        byte[] header = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) != header.length || !Arrays.equals(header, SQLITE_MAGIC)) {
                throw Errors.notAProject(file);
            }
        } catch (IOException e) {
            throw Errors.storage(file, e.getMessage());
        }
    }

    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: an acknowledged coding survives a crash of the machine, not only of Gloss.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** Copies the project as it is (a consistent snapshot) before its schema is changed. */
    private static void backup(JdbcConnection jdbc, Path file, int version) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path backup = file.resolveSibling(file.getFileName() + ".v" + version + "-" + stamp + ".bak");
        jdbc.execute("VACUUM INTO '" + backup.toAbsolutePath().toString().replace("'", "''") + "'");
    }

    private static void migrate(JdbcConnection jdbc, int fromVersion) {
        jdbc.execute("BEGIN IMMEDIATE");
        try {
            for (int version = fromVersion + 1; version <= SchemaMigrations.CURRENT_VERSION; version++) {
                for (String statement : SchemaMigrations.statements(version)) {
                    jdbc.execute(statement);
                }
            }
            jdbc.execute("PRAGMA user_version = " + SchemaMigrations.CURRENT_VERSION);
            jdbc.execute("COMMIT");
        } catch (RuntimeException e) {
            jdbc.execute("ROLLBACK");
            throw e;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
