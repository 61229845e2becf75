package org.gloss.search.lucene.internal.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.gloss.api.store.NewDocument;

/**
 * Where a project's index lives: beside a project file ({@code P.gloss} → {@code P.gloss.index/}),
 * or, for a project that is not a file (a database URL), in the user's Gloss folder under a
 * name derived from the URL.
 */
public final class IndexLocation {
    private IndexLocation() {
    }

    public static Path of(String projectLocation) {
        if (!projectLocation.contains("://") && !projectLocation.startsWith("jdbc:")) {
            Path project = Path.of(projectLocation).toAbsolutePath().normalize();
            return project.resolveSibling(project.getFileName() + ".index");
        }
        String digest = NewDocument.sha256(projectLocation.getBytes(StandardCharsets.UTF_8)).substring(0, 24);
        return Path.of(System.getProperty("user.home"), ".gloss", "index", digest);
    }

}
