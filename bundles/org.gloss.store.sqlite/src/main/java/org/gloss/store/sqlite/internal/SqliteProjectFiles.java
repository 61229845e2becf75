package org.gloss.store.sqlite.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.function.Supplier;

import org.gloss.api.store.ProjectChangeListener;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.ProjectErrors;
import org.gloss.store.jdbc.spi.JdbcConnection;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Creates and opens project files: checks that a file is a Gloss project, refuses newer schemas,
 * and migrates older ones in one transaction after writing a backup copy.
 * <p>
 * A project file, its {@code -wal} and its {@code -shm} are only ever touched through SQLite. POSIX
 * advisory locks belong to the process, so closing any other descriptor on the file (a Java
 * stream reading its header, a hash, a copy) silently drops every lock this process's SQLite
 * connections hold on it; another process then believes it is alone, checkpoints the WAL and
 * deletes it under our feet (SQLite, "How To Corrupt An SQLite Database File", 2.2). So the file
 * is identified through SQLite itself ({@code SQLITE_NOTADB}, {@code PRAGMA application_id}),
 * before any pragma that could change a foreign file.
 */
final class SqliteProjectFiles {
    /** PRAGMA application_id of every Gloss project: "GLSS". */
    static final int APPLICATION_ID = 0x474C5353;

    private SqliteProjectFiles() {
    }

    /**
     * Creates the project in a temporary file beside the target and links it into place, so that
     * a failed creation never leaves a half-made project behind and an existing file (perhaps a
     * project open elsewhere) is never replaced.
     */
    static ProjectSession create(Path file, Supplier<? extends Collection<ProjectChangeListener>> listeners) {
        if (Files.exists(file)) {
            throw ProjectErrors.projectExists(file);
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw ProjectErrors.storage(file, "folder " + dir + " does not exist");
        }
        Path temp = dir.resolve("." + file.getFileName() + ".creating-" + ProcessHandle.current().pid());
        try {
            // a temporary file of ours that no one else opens: nothing here can drop anyone's locks
            try (Connection connection = connect(temp)) {
                configure(connection);
                JdbcConnection jdbc = new JdbcConnection(connection, file.toString(), null, SqliteDialect.INSTANCE);
                migrate(jdbc, 0);
                jdbc.execute("PRAGMA application_id = " + APPLICATION_ID);
                jdbc.closeStatements();
            }
            moveIntoPlaceWithoutReplacing(temp, file);
        } catch (SQLException e) {
            throw SqliteDialect.translate(e, file.toString());
        } catch (FileAlreadyExistsException e) {
            throw ProjectErrors.projectExists(file);
        } catch (IOException e) {
            throw ProjectErrors.storage(file, e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
        return open(file, listeners);
    }

    static ProjectSession open(Path file, Supplier<? extends Collection<ProjectChangeListener>> listeners) {
        // stat only: no descriptor is opened on the file here
        if (!Files.exists(file)) {
            throw ProjectErrors.projectMissing(file);
        }
        if (!Files.isRegularFile(file)) {
            throw ProjectErrors.notAProject(file);
        }
        Connection connection = null;
        try {
            connection = connect(file);
            JdbcConnection jdbc = new JdbcConnection(connection, file.toString(), null, SqliteDialect.INSTANCE);
            identify(jdbc, file);
            configure(connection);
            int version = (int) jdbc.queryLong("PRAGMA user_version");
            if (version < 1) {
                throw DamagedFiles.damaged(file, "its schema version " + version + " is not one Gloss writes");
            }
            if (version > SchemaMigrations.CURRENT_VERSION) {
                throw ProjectErrors.newerSchema(file, version, SchemaMigrations.CURRENT_VERSION);
            }
            if (version < SchemaMigrations.CURRENT_VERSION) {
                backup(jdbc, file, version);
                migrate(jdbc, version);
            }
            return new SqliteSession(jdbc, file, listeners);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqliteDialect.translate(e, file.toString(), DamagedFiles.wasGlossProject(file, e));
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Refuses a file that is not a Gloss project, reading only: a foreign database is left
     * byte-identical (no journal mode or other pragma has been set yet).
     */
    private static void identify(JdbcConnection jdbc, Path file) throws SQLException {
        long applicationId;
        try (var st = jdbc.connection().createStatement(); var rs = st.executeQuery("PRAGMA application_id")) {
            applicationId = rs.getLong(1);
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                throw DamagedFiles.looksLikeGloss(file) ? DamagedFiles.damaged(file, "SQLite cannot read its header")
                        : ProjectErrors.notAProject(file);
            }
            throw e;
        }
        if (applicationId != APPLICATION_ID) {
            throw DamagedFiles.hasGlossTables(jdbc.connection()) ? DamagedFiles.damaged(file, "its application id is overwritten")
                    : ProjectErrors.notAProject(file);
        }
    }

    /**
     * Opens a connection with nothing set but the busy timeout, so that opening a file cannot
     * change it; {@link #configure} sets the project's pragmas once the file is known to be ours.
     */
    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(ProjectBusy.timeoutMillis());
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** The pragmas every project connection runs with. */
    static void configure(Connection connection) throws SQLException {
        try (var st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA journal_mode = WAL");
            // FULL: an acknowledged coding survives a crash of the machine, not only of Gloss.
            st.execute("PRAGMA synchronous = FULL");
            // Statement journals in memory: every insert fires a change-log trigger, and each such
            // statement's journal spilled into a temporary file (a million writes for a 100,000
            // coding import, see docs/performance.md).
            st.execute("PRAGMA temp_store = MEMORY");
        }
    }

    /** Copies the project as it is (a consistent snapshot, through SQLite) before its schema is changed. */
    private static void backup(JdbcConnection jdbc, Path file, int version) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path backup = file.resolveSibling(file.getFileName() + ".v" + version + "-" + stamp + ".bak");
        jdbc.execute("VACUUM INTO '" + backup.toAbsolutePath().toString().replace("'", "''") + "'");
    }

    /**
     * Migrates in one transaction. Foreign keys are off meanwhile, so that a migration may rebuild
     * a table (SQLite changes that pragma only outside a transaction). The version is read again
     * under the write lock: another process may have migrated the file while this one waited.
     */
    private static void migrate(JdbcConnection jdbc, int fromVersion) {
        jdbc.execute("PRAGMA foreign_keys = OFF");
        try {
            jdbc.execute("BEGIN IMMEDIATE");
            try {
                int current = fromVersion == 0 ? 0 : (int) jdbc.queryLong("PRAGMA user_version");
                for (int version = current + 1; version <= SchemaMigrations.CURRENT_VERSION; version++) {
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
        } finally {
            jdbc.execute("PRAGMA foreign_keys = ON");
        }
    }

    /**
     * A hard link fails when the target exists (a rename would silently replace it); where the
     * file system has no hard links, a move that refuses an existing target is the fallback.
     */
    private static void moveIntoPlaceWithoutReplacing(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException exists) {
            throw exists;
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            Files.move(temp, target); // without REPLACE_EXISTING: refuses an existing target
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
