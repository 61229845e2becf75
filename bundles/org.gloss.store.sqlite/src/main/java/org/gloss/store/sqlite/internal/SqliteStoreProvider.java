package org.gloss.store.sqlite.internal;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.gloss.api.store.ProjectSession;
import org.gloss.api.store.ProjectStoreProvider;
import org.osgi.service.component.annotations.Component;

/** The embedded default store: any location that is not a URL is a project file. */
@Component(service = ProjectStoreProvider.class)
public class SqliteStoreProvider implements ProjectStoreProvider {
    private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+://.*");

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
        return SqliteProjectFiles.create(toPath(location));
    }

    @Override
    public ProjectSession open(String location) {
        return SqliteProjectFiles.open(toPath(location));
    }

    static Path toPath(String location) {
        return location.startsWith("file://") ? Path.of(java.net.URI.create(location)) : Path.of(location);
    }
}
