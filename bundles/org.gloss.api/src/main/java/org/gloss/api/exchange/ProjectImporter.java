package org.gloss.api.exchange;

import java.nio.file.Path;
import java.util.List;

import org.gloss.api.store.ProjectSession;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads a whole project written by Gloss or another QDA tool (e.g. REFI-QDA {@code .qdpx}) into a
 * new, empty project. Registered as an OSGi service; {@code gloss import-project} chooses one by
 * the file's extension.
 */
@ConsumerType
public interface ProjectImporter {
    String id();

    String displayName();

    /** File extensions this importer reads, lower case, without the dot. */
    List<String> extensions();

    /**
     * Reads and checks the whole file first, then writes it into {@code target} in one
     * transaction. Untrusted input: a file that is malformed or hostile fails with a
     * {@link org.gloss.api.error.GlossException} before anything is written.
     */
    ImportReport importProject(Path file, ProjectSession target);
}
