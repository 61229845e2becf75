package org.gloss.store.sqlite.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.gloss.api.team.ChangeFeed;
import org.gloss.api.team.ProjectChange;

/**
 * Follows a project file's change log (table {@code changes}, written by triggers in the same
 * transaction as every change) on a background thread with a connection of its own. Every
 * {@link #POLL_MILLIS} it asks {@code PRAGMA data_version}, which changes only when another
 * connection, of this process or another, has committed; only then are the new rows read. So an
 * idle project costs one cheap pragma per poll and no reads of the log.
 * <p>
 * Rows are pruned as the log grows. A follower that fell so far behind that rows it had not seen
 * are gone says {@link ChangeFeed.Connection#RESTORED}: changes were missed, reload everything.
 */
final class ChangeLogFollower implements ChangeFeed.Subscription {
    static final int POLL_MILLIS = 200;
    private static final int ROWS_PER_READ = 5_000;

    private final Path file;
    private final Consumer<ProjectChange> listener;
    private final Consumer<ChangeFeed.Connection> connectivity;
    private final Thread thread;
    private volatile boolean closed;
    private Connection connection;
    private long dataVersion = Long.MIN_VALUE;
    private long lastSeq;

    private ChangeLogFollower(Path file, Consumer<ProjectChange> listener, Consumer<ChangeFeed.Connection> connectivity) {
        this.file = file;
        this.listener = listener;
        this.connectivity = connectivity;
        this.thread = new Thread(this::run, "gloss-changes " + file.getFileName());
        this.thread.setDaemon(true);
    }

    /** Starts at the end of the log, before returning: no change committed after subscribing is missed. */
    static ChangeLogFollower start(Path file, Consumer<ProjectChange> listener, Consumer<ChangeFeed.Connection> connectivity) {
        ChangeLogFollower follower = new ChangeLogFollower(file, listener, connectivity);
        try {
            follower.connection = SqliteProjectFiles.connect(file);
            SqliteProjectFiles.configure(follower.connection);
            follower.dataVersion = follower.readDataVersion();
            follower.lastSeq = follower.queryLong("SELECT coalesce(max(seq), 0) FROM changes");
        } catch (SQLException e) {
            follower.closeConnection();
            throw SqliteDialect.translate(e, file.toString());
        }
        follower.thread.start();
        return follower;
    }

    private void run() {
        while (!closed) {
            try {
                if (connection == null) {
                    connection = SqliteProjectFiles.connect(file);
                    SqliteProjectFiles.configure(connection);
                }
                long version = readDataVersion();
                if (version != dataVersion) {
                    dataVersion = version;
                    readNewChanges();
                }
            } catch (SQLException | RuntimeException e) {
                // the file went away for a moment or is busy being migrated: try again with a new connection
                closeConnection();
            }
            pause();
        }
        closeConnection();
    }

    private void readNewChanges() throws SQLException {
        long oldest = queryLong("SELECT coalesce(min(seq), 0) FROM changes");
        if (oldest > lastSeq + 1) {
            // rows this follower had not seen were pruned: its views must reload everything
            lastSeq = queryLong("SELECT coalesce(max(seq), 0) FROM changes");
            tell(ChangeFeed.Connection.RESTORED);
            return;
        }
        List<ProjectChange> batch;
        do {
            batch = readBatch();
            for (ProjectChange change : batch) {
                deliver(change);
            }
        } while (batch.size() == ROWS_PER_READ && !closed);
    }

    private List<ProjectChange> readBatch() throws SQLException {
        List<ProjectChange> batch = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT seq, element, operation, id FROM changes WHERE seq > ? ORDER BY seq LIMIT " + ROWS_PER_READ)) {
            ps.setLong(1, lastSeq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lastSeq = rs.getLong(1);
                    ProjectChange change = parse(rs.getString(2), rs.getString(3), rs.getLong(4));
                    if (change != null) {
                        batch.add(change);
                    }
                }
            }
        }
        return batch;
    }

    /** A log row as a change; null for an element or operation this Gloss does not know. */
    static ProjectChange parse(String element, String operation, long id) {
        ProjectChange.Operation op = switch (operation) {
            case "INSERT" -> ProjectChange.Operation.ADDED;
            case "UPDATE" -> ProjectChange.Operation.CHANGED;
            case "DELETE" -> ProjectChange.Operation.REMOVED;
            default -> null;
        };
        try {
            return op == null ? null : new ProjectChange(ProjectChange.Element.valueOf(element), op, id);
        } catch (IllegalArgumentException newerElement) {
            return null;
        }
    }

    private void deliver(ProjectChange change) {
        if (closed) {
            return;
        }
        try {
            listener.accept(change);
        } catch (RuntimeException listenerFailure) {
            // a failing listener must not stop the feed
        }
    }

    private void tell(ChangeFeed.Connection state) {
        if (closed) {
            return;
        }
        try {
            connectivity.accept(state);
        } catch (RuntimeException listenerFailure) {
            // as for changes: the feed goes on
        }
    }

    private long readDataVersion() throws SQLException {
        return queryLong("PRAGMA data_version");
    }

    private long queryLong(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already gone
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
