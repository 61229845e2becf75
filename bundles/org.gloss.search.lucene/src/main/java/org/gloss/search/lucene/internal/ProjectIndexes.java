package org.gloss.search.lucene.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.gloss.api.store.ProjectSession;
import org.gloss.search.lucene.internal.index.IndexLocation;
import org.gloss.search.lucene.internal.index.ProjectIndex;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The open index of each project, one per index folder in this process, shared by search and word
 * frequencies so that both read (and refresh) the same index under the same lock. A service of
 * this bundle only (the class is not exported).
 */
@Component(service = ProjectIndexes.class)
public class ProjectIndexes {
    private final Map<Path, ProjectIndex> indexes = new ConcurrentHashMap<>();

    public ProjectIndex indexFor(ProjectSession project) {
        return indexes.computeIfAbsent(IndexLocation.of(project.location()), ProjectIndex::new);
    }

    @Deactivate
    public void close() throws IOException {
        for (ProjectIndex index : indexes.values()) {
            index.close();
        }
        indexes.clear();
    }
}
