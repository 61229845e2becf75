package org.gloss.store.sqlite.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.gloss.api.store.ProjectChangeListener;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.store.ProjectStoreProvider;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The embedded default store: any location that is not a URL is a project file. */
@Component(service = ProjectStoreProvider.class)
public class SqliteStoreProvider implements ProjectStoreProvider {
    private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+://.*");

    /**
     * In-process listeners of document changes (the search index), told by each session as it
     * closes. Held as service objects, so that a listener is activated only when a session did
     * change documents: {@code gloss coding add} loads no search engine.
     */
    @Reference(service = ProjectChangeListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ComponentServiceObjects<ProjectChangeListener>> listeners = List.of();

    private List<ProjectChangeListener> changeListeners() {
        List<ComponentServiceObjects<ProjectChangeListener>> current = listeners;
        if (current.isEmpty()) {
            // outside a framework (the importers' tests) the component API is not on the class path
            return List.of();
        }
        return current.stream().map(ComponentServiceObjects::getService).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public String id() {
        return "sqlite";
    }

    @Override
    public boolean handles(String location) {
        return !URL.matcher(location).matches() || location.startsWith("file://");
    }

    @Override
    public ProjectSession create(String location) {
        return SqliteProjectFiles.create(toPath(location), this::changeListeners);
    }

    @Override
    public ProjectSession open(String location) {
        return SqliteProjectFiles.open(toPath(location), this::changeListeners);
    }

    static Path toPath(String location) {
        return location.startsWith("file://") ? Path.of(java.net.URI.create(location)) : Path.of(location);
    }
}
