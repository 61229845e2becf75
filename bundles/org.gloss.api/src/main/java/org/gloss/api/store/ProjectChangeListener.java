package org.gloss.api.store;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told about committed changes to a project's documents, so that data derived from them (a search
 * index) follows in the same step. Register implementations as OSGi services. The store publishes:
 * a session that committed document additions or removals tells every listener when it closes,
 * while it is still open, whoever wrote through it (a command, the workbench, a merge, an
 * import). A listener that fails is logged and does not fail anything: derived data can always
 * be rebuilt from the store.
 */
@ConsumerType
public interface ProjectChangeListener {
    /** Called with the documents a session added and removed (committed), before it closes. */
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

}
