package org.gloss.ui.workbench.internal.shell;

import java.nio.file.Path;
import java.util.Optional;

import org.gloss.api.store.ProjectSession;

/** How the shell opens and creates projects, and builds the demo project (the OSGi services, or a test's). */
public interface ProjectOpener {
    ProjectSession open(String location);

    ProjectSession create(String location);

    /** Builds the demo project in a fresh file and returns it, when the command line bundle is there. */
    default Optional<Path> buildDemo() {
        return Optional.empty();
    }
}
