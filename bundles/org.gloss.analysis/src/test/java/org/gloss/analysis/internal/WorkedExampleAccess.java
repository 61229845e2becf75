package org.gloss.analysis.internal;

import java.nio.file.Path;

import org.gloss.api.store.ProjectSession;

/** The worked example for tests in other packages of this bundle. */
public final class WorkedExampleAccess {
    private WorkedExampleAccess() {
    }

    public static ProjectSession create(Path file) {
        return WorkedExample.create(file);
    }
}
