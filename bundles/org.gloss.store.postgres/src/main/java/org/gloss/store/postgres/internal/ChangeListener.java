package org.gloss.store.postgres.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import org.gloss.api.error.GlossException;
import org.gloss.api.team.ChangeFeed;
import org.gloss.api.team.ProjectChange;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Delivers the project's change notifications (LISTEN gloss_changes, sent by the tables'
 * triggers at commit) on a background thread, over a connection of its own. A lost connection is
 * re-opened every second until the subscription is closed; changes committed while it was down
 * are not replayed.
 */
final class ChangeListener implements ChangeFeed.Subscription {
    static final String CHANNEL = "gloss_changes";
    /** How the server lists the feed's connections (pg_stat_activity.application_name). */
    static final String APPLICATION_NAME = "gloss-changes";
    private static final int POLL_MILLIS = 200;

    private final Connections connections;
    private final Consumer<ProjectChange> listener;
    private final Consumer<ChangeFeed.Connection> connectivity;
    private final BlindCodingFilter visibility = new BlindCodingFilter();
    private final Thread thread;
    private volatile boolean closed;
    private Connection connection;

    private ChangeListener(Connections connections, Consumer<ProjectChange> listener,
                           Consumer<ChangeFeed.Connection> connectivity) {
        this.connections = connections;
        this.listener = listener;
        this.connectivity = connectivity;
        this.thread = new Thread(this::run, "gloss-changes " + connections.location().database());
        this.thread.setDaemon(true);
    }

    /** Listens before returning, so no change committed after subscribing is missed. */
    static ChangeListener start(Connections connections, Consumer<ProjectChange> listener,
                                Consumer<ChangeFeed.Connection> connectivity) {
        ChangeListener changes = new ChangeListener(connections, listener, connectivity);
        changes.connection = changes.listen();
        changes.thread.start();
        return changes;
    }

    private Connection listen() {
        Connection c = connections.open(APPLICATION_NAME);
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
            visibility.refresh(c);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw PgErrors.translate(e, connections.location().text(), connections.user());
        }
    }

    private void run() {
        while (!closed) {
            try {
                if (connection == null) {
                    connection = listen();
                    tell(ChangeFeed.Connection.RESTORED);
                }
                PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
                if (notifications != null) {
                    for (PGNotification n : notifications) {
                        if (n.getParameter().startsWith("SETTING ") || n.getParameter().startsWith("CODER ")) {
                            visibility.refresh(connection);
                        }
                        deliver(n.getParameter());
                    }
                }
            } catch (SQLException | GlossException e) {
                if (connection != null) {
                    closeQuietly(connection);
                    connection = null;
                    tell(ChangeFeed.Connection.LOST);
                }
                pause();
            }
        }
        closeQuietly(connection);
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

    private void deliver(String payload) {
        ProjectChange change = parse(payload);
        if (change != null && !visibility.hides(change, coderOf(payload))) {
            try {
                listener.accept(change);
            } catch (RuntimeException listenerFailure) {
                // a failing listener must not stop the notifications for the others
            }
        }
    }

    /** The coder id a coding's notification names ("CODING INSERT 42 7"), or null. */
    static Long coderOf(String payload) {
        String[] parts = payload.split(" ");
        try {
            return parts.length == 4 ? Long.valueOf(parts[3]) : null;
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }

    /** Parses "ELEMENT OPERATION ID [CODER]" as the triggers write it; null for anything else. */
    static ProjectChange parse(String payload) {
        String[] parts = payload.split(" ");
        if (parts.length != 3 && parts.length != 4) {
            return null;
        }
        try {
            ProjectChange.Operation operation = switch (parts[1]) {
                case "INSERT" -> ProjectChange.Operation.ADDED;
                case "UPDATE" -> ProjectChange.Operation.CHANGED;
                case "DELETE" -> ProjectChange.Operation.REMOVED;
                default -> null;
            };
            return operation == null ? null
                    : new ProjectChange(ProjectChange.Element.valueOf(parts[0]), operation, Long.parseLong(parts[2]));
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already gone
            }
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
