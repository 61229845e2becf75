package org.gloss.api.exchange;

import java.nio.file.Path;
import java.util.List;

import org.gloss.api.store.ProjectSession;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads a codebook file (e.g. REFI-QDA {@code .qdc}) into an existing project's codebook.
 * Registered as an OSGi service; {@code gloss import-codebook} chooses one by extension.
 */
@ConsumerType
public interface CodebookImporter {
    String id();

    String displayName();

    List<String> extensions();

    /**
     * Adds the file's codes (with hierarchy, colours and descriptions) in one transaction; codes
     * whose name already exists are kept as they are and reported. Nothing is written on failure.
     */
    ImportReport importCodebook(Path file, ProjectSession target);
}
