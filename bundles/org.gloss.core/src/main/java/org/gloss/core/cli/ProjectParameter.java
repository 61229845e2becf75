package org.gloss.core.cli;

import picocli.CommandLine.Parameters;

/**
 * The first argument of every command that works on one project, {@code P}: a project file or a
 * server URL. A picocli mixin ({@code @Mixin ProjectParameter project}); {@link ProjectCommand}
 * has it already.
 */
public final class ProjectParameter {
    @Parameters(index = "0", paramLabel = "P")
    String location;

    /** The project's location as given. */
    public String location() {
        return location;
    }
}
