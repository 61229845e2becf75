package org.gloss.api.team;

import java.util.Optional;
import java.util.function.Consumer;

import org.gloss.api.store.ProjectSession;

/**
 * A capability of sessions on shared projects: other people's changes are announced as they are
 * committed, so an open workbench can refresh. Sessions on a project file do not implement it
 * (nobody else writes there while it is open); ask with {@link #of}.
 */
public interface ChangeFeed {
    /**
     * Calls {@code listener} for every change committed to the project by any session, from a
     * background thread, until the returned subscription is closed. When the feed loses the
     * server it tells {@code connection} {@link Connection#LOST} and keeps trying to reconnect
     * (a workbench shows a "reconnecting" banner); when it is back it says
     * {@link Connection#RESTORED}: changes made meanwhile are not replayed, so reload then.
     */
    Subscription subscribe(Consumer<ProjectChange> listener, Consumer<Connection> connection);

    /** {@link #subscribe(Consumer, Consumer)} for listeners that do not follow the connection. */
    default Subscription subscribe(Consumer<ProjectChange> listener) {
        return subscribe(listener, state -> { });
    }

    /** What happened to the feed's connection to the server. */
    enum Connection {
        LOST, RESTORED
    }

    /** The session's change feed, if its store has one. */
    static Optional<ChangeFeed> of(ProjectSession session) {
        return session instanceof ChangeFeed feed ? Optional.of(feed) : Optional.empty();
    }

    /** An active subscription; closing it stops the notifications. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
