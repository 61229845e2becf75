package org.gloss.store.jdbc.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.gloss.api.store.ProjectChangeListener;
import org.gloss.api.store.ProjectChangeListener.DocumentsChanged;
import org.gloss.api.store.ProjectSession;

/**
 * The documents a session added and removed, published once to the in-process listeners (the
 * search index) when the session closes: the store is the layer that commits every write, so no
 * caller has to remember to tell them, and a command that imports a thousand files updates the
 * index once. What a transaction wrote counts only once it is committed.
 */
public final class DocumentChanges {
    private static final System.Logger LOG = System.getLogger(DocumentChanges.class.getName());

    private final Supplier<? extends Collection<ProjectChangeListener>> listeners;
    private final Set<Long> added = new LinkedHashSet<>();
    private final Set<Long> removed = new LinkedHashSet<>();
    private final List<Long> addedInTransaction = new ArrayList<>();
    private final List<Long> removedInTransaction = new ArrayList<>();

    public DocumentChanges(Supplier<? extends Collection<ProjectChangeListener>> listeners) {
        this.listeners = listeners;
    }

    void added(long id) {
        addedInTransaction.add(id);
    }

    void removed(long id) {
        removedInTransaction.add(id);
    }

    /** The transaction committed: its changes will be published. */
    public void committed() {
        added.addAll(addedInTransaction);
        for (Long id : removedInTransaction) {
            if (!added.remove(id)) {
                removed.add(id);
            }
        }
        addedInTransaction.clear();
        removedInTransaction.clear();
    }

    /** The transaction rolled back: nothing it wrote happened. */
    public void rolledBack() {
        addedInTransaction.clear();
        removedInTransaction.clear();
    }

    /**
     * Tells every listener what the session committed, while it is still open. A listener that
     * fails does not stop the others: derived data can always be rebuilt from the store.
     */
    public void publish(ProjectSession session) {
        DocumentsChanged change = new DocumentsChanged(List.copyOf(added), List.copyOf(removed));
        added.clear();
        removed.clear();
        if (change.isEmpty()) {
            return;
        }
        for (ProjectChangeListener listener : listeners.get()) {
            try {
                listener.documentsChanged(session, change);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a project change listener failed: " + e, e);
            }
        }
    }
}
