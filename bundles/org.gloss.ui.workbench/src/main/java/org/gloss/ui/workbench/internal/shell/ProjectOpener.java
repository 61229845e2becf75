package org.gloss.ui.workbench.internal.shell;

import java.nio.file.Path;
import java.util.Optional;

import org.gloss.api.store.ProjectSession;
import org.gloss.api.store.ProjectStoreProvider;

/** How the shell opens and creates projects, and builds the demo project (the OSGi services, or a test's). */
public interface ProjectOpener {
    ProjectSession open(String location);

    ProjectSession create(String location);

    /** Opens and creates projects in one store, e.g. a test's SQLite files; builds no demo. */
    static ProjectOpener of(ProjectStoreProvider store) {
        return new ProjectOpener() {
            @Override
            public ProjectSession open(String location) {
                return store.open(location);
            }

            @Override
            public ProjectSession create(String location) {
                return store.create(location);
            }
        };
    }

    /** Builds the demo project in a fresh file and returns it, when the command line bundle is there. */
    default Optional<Path> buildDemo() {
        return Optional.empty();
    }
}
