package org.gloss.ui.workbench.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.gloss.api.team.ChangeFeed;
import org.gloss.api.team.ProjectChange;
import org.gloss.model.Coding;

/**
 * Keeps the workspace up to date with what others commit: other coders on a shared (server)
 * project, other processes and sessions on a project file.
 * The project's {@link ChangeFeed} announces every committed change on a background thread; a
 * burst of them is gathered for {@link #COALESCE_MILLIS} and then handed to the workspace on the
 * UI thread as one {@link Change} per kind, so views refresh once per burst, well within a second.
 * The workspace's own codings come back through the feed too; they are recognised and skipped,
 * since the views drew them already.
 * <p>
 * When the feed loses the server the workspace refuses changes (with a clear error rather than
 * failing half-way) and listeners hear {@link State#RECONNECTING} (the workbench shows a banner);
 * when it is back they hear {@link State#CONNECTED} and everything is reloaded, because changes
 * made meanwhile are not replayed. If the workspace's own connection did not survive, they hear
 * {@link State#REOPEN_NEEDED} and the project must be opened again.
 */
public final class LiveUpdates implements AutoCloseable {
    /** How long a burst of changes is gathered before views refresh. */
    public static final long COALESCE_MILLIS = 150;
    /** Own codings remembered to recognise their echo; older ones are forgotten. */
    private static final int OWN_CODINGS_REMEMBERED = 10_000;
    /** Beyond this many coding changes in one burst, views reload rather than look each one up. */
    private static final int LOOKUPS_PER_BURST = 50;

    /** The connection to the server, as the user should see it. */
    public enum State {
        CONNECTED, RECONNECTING, REOPEN_NEEDED
    }

    private final Workspace workspace;
    private final Executor uiThread;
    private final ScheduledExecutorService timer;
    private final List<Consumer<State>> stateListeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final List<ProjectChange> pending = new ArrayList<>();
    private final LinkedHashSet<Long> ownCodings = new LinkedHashSet<>();
    private final WorkspaceListener ownChanges = this::rememberOwn;
    private boolean flushScheduled;
    private volatile boolean closed;
    private volatile State state = State.CONNECTED;
    private ChangeFeed.Subscription subscription;

    private LiveUpdates(Workspace workspace, Executor uiThread) {
        this.workspace = workspace;
        this.uiThread = uiThread;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "gloss-live-updates");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Follows the workspace's project if its store announces changes (server projects and project
     * files do); empty for a store without a feed. Call on the UI thread, which {@code uiThread}
     * runs work on.
     */
    public static Optional<LiveUpdates> start(Workspace workspace, Executor uiThread) {
        return ChangeFeed.of(workspace.session()).map(feed -> {
            LiveUpdates live = new LiveUpdates(workspace, uiThread);
            workspace.addListener(live.ownChanges);
            live.subscription = feed.subscribe(live::received, live::connection);
            return live;
        });
    }

    public State state() {
        return state;
    }

    /** Told on the UI thread whenever the state changes. */
    public void addStateListener(Consumer<State> listener) {
        stateListeners.add(listener);
    }

    // --- from the feed's thread ----------------------------------------------------------------

    private void received(ProjectChange change) {
        synchronized (lock) {
            pending.add(change);
            if (!flushScheduled && !closed) {
                flushScheduled = true;
                timer.schedule(() -> uiThread.execute(this::flush), COALESCE_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void connection(ChangeFeed.Connection connection) {
        uiThread.execute(() -> {
            if (closed) {
                return;
            }
            if (connection == ChangeFeed.Connection.LOST) {
                workspace.refuseChanges(LiveUpdateErrors.reconnecting(workspace.location()));
                setState(State.RECONNECTING);
            } else {
                restored();
            }
        });
    }

    // --- on the UI thread ----------------------------------------------------------------------

    private void restored() {
        synchronized (lock) {
            pending.clear();
        }
        try {
            // the workspace's own connection may have died with the server's
            workspace.session().coders().list();
        } catch (RuntimeException connectionGone) {
            setState(State.REOPEN_NEEDED);
            return;
        }
        workspace.refuseChanges(null);
        setState(State.CONNECTED);
        // PROJECT reloads the codebook, the documents and every coding shown
        workspace.changed(Change.of(Change.Kind.PROJECT));
        workspace.changed(Change.of(Change.Kind.CODERS));
        workspace.changed(Change.of(Change.Kind.MEMOS));
    }

    private void setState(State now) {
        state = now;
        stateListeners.forEach(l -> l.accept(now));
    }

    private void flush() {
        List<ProjectChange> burst;
        synchronized (lock) {
            burst = new ArrayList<>(pending);
            pending.clear();
            flushScheduled = false;
        }
        if (closed || burst.isEmpty() || state != State.CONNECTED) {
            return;
        }
        Set<ProjectChange.Element> elements = EnumSet.noneOf(ProjectChange.Element.class);
        List<ProjectChange> othersCodings = new ArrayList<>();
        for (ProjectChange change : burst) {
            if (change.element() == ProjectChange.Element.CODING) {
                if (!ownCodings.remove(change.id())) {
                    othersCodings.add(change);
                }
            } else {
                elements.add(change.element());
            }
        }
        if (elements.contains(ProjectChange.Element.SETTING)) {
            // e.g. blind coding switched: what this user may see changed everywhere
            workspace.changed(Change.of(Change.Kind.PROJECT));
        }
        if (elements.contains(ProjectChange.Element.CODE)) {
            workspace.changed(Change.of(Change.Kind.CODEBOOK));
        }
        if (elements.contains(ProjectChange.Element.CODER)) {
            workspace.changed(Change.of(Change.Kind.CODERS));
        }
        if (elements.contains(ProjectChange.Element.DOCUMENT)) {
            workspace.changed(Change.of(Change.Kind.DOCUMENTS));
        }
        if (elements.contains(ProjectChange.Element.MEMO)) {
            workspace.changed(Change.of(Change.Kind.MEMOS));
        }
        if (elements.contains(ProjectChange.Element.CASE) || elements.contains(ProjectChange.Element.SET)) {
            workspace.changed(Change.of(Change.Kind.CASES));
        }
        codingsChanged(othersCodings);
    }

    /** One change per document touched, or one for all documents when that cannot be known cheaply. */
    private void codingsChanged(List<ProjectChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Set<Long> documents = new HashSet<>();
        boolean unknown = changes.size() > LOOKUPS_PER_BURST;
        for (int i = 0; i < changes.size() && !unknown; i++) {
            ProjectChange change = changes.get(i);
            Optional<Coding> coding = change.operation() == ProjectChange.Operation.REMOVED ? Optional.empty()
                    : workspace.session().codings().byId(change.id());
            coding.ifPresent(c -> documents.add(c.documentId()));
            // a removed coding (or one removed again since) no longer says which document it was on
            unknown = coding.isEmpty();
        }
        if (unknown) {
            workspace.changed(new Change(Change.Kind.CODINGS, null, null, null));
        } else {
            documents.forEach(d -> workspace.changed(Change.codings(d)));
        }
    }

    /** The workspace's own coding changes, whose echo from the feed needs no refresh. */
    private void rememberOwn(Change change) {
        if (change.kind() != Change.Kind.CODINGS || !change.hasDelta()) {
            return;
        }
        for (List<Coding> codings : List.of(change.added(), change.removed())) {
            for (Coding coding : codings) {
                ownCodings.add(coding.id());
            }
        }
        while (ownCodings.size() > OWN_CODINGS_REMEMBERED) {
            ownCodings.remove(ownCodings.iterator().next());
        }
    }

    /** Stops following the project; the feed's connection is closed off the UI thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        workspace.removeListener(ownChanges);
        ChangeFeed.Subscription feed = subscription;
        timer.execute(feed::close);
        timer.shutdown();
    }
}
