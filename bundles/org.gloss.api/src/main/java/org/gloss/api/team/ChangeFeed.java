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
     * background thread, until the returned subscription is closed.
     */
    Subscription subscribe(Consumer<ProjectChange> listener);

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
