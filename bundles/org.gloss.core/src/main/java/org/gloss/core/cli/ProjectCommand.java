package org.gloss.core.cli;

import org.gloss.api.store.ProjectSession;

import picocli.CommandLine.Mixin;

/**
 * A command on one project: its first argument is the project ({@link ProjectParameter}), which is
 * opened for {@link #run} and closed afterwards, also when it fails. The command's status is 0
 * unless {@code run} fails.
 */
public abstract class ProjectCommand extends GlossCommand {
    @Mixin
    private ProjectParameter project;

    @Override
    public final Integer call() throws Exception {
        checkArguments();
        try (ProjectSession session = context().openProject(project.location())) {
            run(session);
        }
        return 0;
    }

    /** Rejects bad arguments before the project is opened (by default there is nothing to check). */
    protected void checkArguments() {
    }

    /** Does the command's work on the open project. */
    protected abstract void run(ProjectSession session) throws Exception;

    /** The project's location as given. */
    protected final String project() {
        return project.location();
    }
}
