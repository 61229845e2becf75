package org.gloss.api.store;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Opens and creates projects of one storage kind (an SQLite file, a PostgreSQL database).
 * Implementations are registered as OSGi services; callers choose the first provider, by
 * service ranking, that {@link #handles handles} a location.
 */
@ConsumerType
public interface ProjectStoreProvider {
    /** Short id of the storage kind, e.g. "sqlite". */
    String id();

    /** Whether this provider understands the location (a file path or a URL). */
    boolean handles(String location);

    /** Creates a new, empty project; fails if one already exists there. */
    ProjectSession create(String location);

    /** Opens an existing project, migrating an older schema (after a backup) if needed. */
    ProjectSession open(String location);
}
