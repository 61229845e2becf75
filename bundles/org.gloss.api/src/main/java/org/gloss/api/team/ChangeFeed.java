package org.gloss.api.team;

import java.util.Optional;
import java.util.function.Consumer;

import org.gloss.api.store.ProjectSession;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A capability of sessions: changes committed by other sessions (other coders on a server, other
 * processes on a project file, such as a {@code gloss coding import} in a terminal) are
 * announced, so an open workbench can refresh. The database announces every change itself
 * (triggers), so no writer can forget to. Ask with {@link #of}.
 */
@ProviderType
public interface ChangeFeed {
    /**
     * Calls {@code listener} for every change committed to the project by any session, from a
     * background thread, until the returned subscription is closed. When the feed loses the
     * server it tells {@code connection} {@link Connection#LOST} and keeps trying to reconnect
     * (a workbench shows a "reconnecting" banner); when it is back it says
     * {@link Connection#RESTORED}: changes made meanwhile are not replayed, so reload then. A
     * feed that missed changes for another reason (it fell behind a pruned change log) says
     * {@link Connection#RESTORED} too.
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
