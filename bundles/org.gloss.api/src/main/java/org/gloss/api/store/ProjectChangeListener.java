package org.gloss.api.store;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Told about committed changes to a project's documents, so that data derived from them (a search
 * index) is updated in the same step. Register implementations as OSGi services; whoever writes
 * documents (the command line's import and remove, the workbench) calls
 * {@link #notifyAll(Collection, ProjectSession, DocumentsChanged, Consumer)} after a successful write.
 * Listeners must not fail the write: derived data can always be rebuilt from the store.
 */
public interface ProjectChangeListener {
    /** Called after documents were added, removed or changed, once the write is committed. */
    void documentsChanged(ProjectSession project, DocumentsChanged change);

    /** Which documents changed, by id. */
    record DocumentsChanged(List<Long> added, List<Long> removed) {
        public DocumentsChanged {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }

        public static DocumentsChanged added(List<Long> ids) {
            return new DocumentsChanged(ids, List.of());
        }

        public static DocumentsChanged removed(List<Long> ids) {
            return new DocumentsChanged(List.of(), ids);
        }

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty();
        }
    }

    /**
     * Tells every listener; a listener that throws is reported to {@code warnings} (one line each)
     * and does not stop the others.
     */
    static void notifyAll(Collection<ProjectChangeListener> listeners, ProjectSession project, DocumentsChanged change,
                          Consumer<String> warnings) {
        if (change.isEmpty()) {
            return;
        }
        for (ProjectChangeListener listener : listeners) {
            try {
                listener.documentsChanged(project, change);
            } catch (RuntimeException e) {
                warnings.accept(e.getMessage() != null ? e.getMessage() : e.toString());
            }
        }
    }
}
