package org.gloss.store.sqlite.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.gloss.api.store.ProjectChangeListener;
import org.gloss.api.team.ChangeFeed;
import org.gloss.api.team.ProjectChange;
import org.gloss.store.jdbc.session.JdbcProjectSession;
import org.gloss.store.jdbc.spi.JdbcConnection;

/**
 * One open project file: the shared JDBC store, plus the change feed that lets a workbench follow
 * what other sessions and processes commit to the same file (its change log, see
 * {@link ChangeLogFollower}).
 */
final class SqliteSession extends JdbcProjectSession implements ChangeFeed {
    private final Path file;

    SqliteSession(JdbcConnection jdbc, Path file, Supplier<? extends Collection<ProjectChangeListener>> listeners) {
        super(jdbc, listeners);
        this.file = file;
    }

    @Override
    public Subscription subscribe(Consumer<ProjectChange> listener, Consumer<Connection> connection) {
        return ChangeLogFollower.start(file, listener, connection);
    }
}
