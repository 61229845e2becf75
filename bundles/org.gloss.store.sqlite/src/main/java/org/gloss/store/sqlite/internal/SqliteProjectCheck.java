package org.gloss.store.sqlite.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.gloss.api.store.ProjectCheck;
import org.gloss.core.project.ProjectErrors;
import org.gloss.store.jdbc.spi.ProjectInvariants;
import org.osgi.service.component.annotations.Component;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * {@code gloss check} and {@code gloss recover} for project files. The file is opened read-only
 * and without setting any journal mode, so a check never changes what it looks at.
 */
@Component(service = ProjectCheck.class)
public class SqliteProjectCheck implements ProjectCheck {
    /** SQLite's integrity check stops after this many problems. */
    private static final int MAX_SQLITE_PROBLEMS = 100;

    private final SqliteStoreProvider locations = new SqliteStoreProvider();

    @Override
    public boolean handles(String location) {
        return locations.handles(location);
    }

    @Override
    public List<String> check(String location, boolean quick) {
        Path file = SqliteStoreProvider.toPath(location);
        if (!Files.exists(file)) {
            throw ProjectErrors.projectMissing(file);
        }
        if (!Files.isRegularFile(file)) {
            throw ProjectErrors.notAProject(file);
        }
        List<String> problems = new ArrayList<>();
        // the file is read only through SQLite (decision 1), read-only and without pragmas that write
        try (Connection connection = openReadOnly(file); Statement st = connection.createStatement()) {
            long applicationId;
            try {
                applicationId = single(st, "PRAGMA application_id");
            } catch (SQLiteException e) {
                if (e.getResultCode() != SQLiteErrorCode.SQLITE_NOTADB) {
                    throw e;
                }
                if (!DamagedFiles.looksLikeGloss(file)) {
                    throw ProjectErrors.notAProject(file);
                }
                problems.add("SQLite cannot read the file's header: it is overwritten or not a database any more");
                return problems;
            }
            if (applicationId != SqliteProjectFiles.APPLICATION_ID) {
                if (!DamagedFiles.hasGlossTables(connection)) {
                    throw ProjectErrors.notAProject(file);
                }
                problems.add("its application id is " + applicationId + ", not Gloss's");
            }
            long version = single(st, "PRAGMA user_version");
            if (version < 1 || version > SchemaMigrations.CURRENT_VERSION) {
                problems.add("its schema version is " + version + "; Gloss writes 1 to " + SchemaMigrations.CURRENT_VERSION);
            }
            problems.addAll(sqliteProblems(st, quick));
            problems.addAll(ProjectInvariants.problems(connection));
        } catch (SQLException e) {
            problems.add("SQLite cannot read the file: " + e.getMessage());
        }
        return problems;
    }

    private static List<String> sqliteProblems(Statement st, boolean quick) {
        List<String> problems = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("PRAGMA " + (quick ? "quick_check" : "integrity_check") + "("
                + MAX_SQLITE_PROBLEMS + ")")) {
            while (rs.next()) {
                // one row may hold several lines, headed "*** in database main ***"
                for (String line : rs.getString(1).split("\n")) {
                    if (!line.isBlank() && !"ok".equals(line) && !line.startsWith("*** in database")) {
                        problems.add("SQLite: " + line.strip());
                    }
                }
            }
        } catch (SQLException e) {
            problems.add("SQLite cannot check the file: " + e.getMessage());
        }
        return problems;
    }

    private static long single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Read-only, no pragma that writes: the file stays exactly as it is. */
    static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(3000);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    @Override
    public Recovery recover(String location, String target) {
        return new ProjectRecovery(SqliteStoreProvider.toPath(location), SqliteStoreProvider.toPath(target)).run();
    }
}
