package org.gloss.core.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

import org.gloss.api.store.ProjectSession;

/**
 * Creates a project in a hidden temporary file beside the target, lets the caller fill it, closes
 * it and only then moves it to the target. Any failure deletes the temporary file (and the
 * store's side files), so the target never exists half-built. The command line's
 * {@code import-project} and the workbench's File &gt; Import project both build projects this way.
 */
public final class NewProjectFile {
    /** Side files an SQLite store may leave next to the project while it is open. */
    private static final String[] SIDE_FILES = {"-wal", "-shm", "-journal"};

    private final Function<String, ProjectSession> createProject;
    private final Path target;

    /** @param createProject creates an empty project at a location, e.g. {@code CommandContext::createProject} */
    public NewProjectFile(Function<String, ProjectSession> createProject, Path target) {
        this.createProject = createProject;
        this.target = target.toAbsolutePath();
    }

    /** Creates the project, lets {@code fill} fill it and moves it into place; returns what {@code fill} returned. */
    public <T> T build(Function<ProjectSession, T> fill) {
        if (Files.exists(target)) {
            throw ExchangeErrors.targetExists(target.getFileName());
        }
        Path temp = target.resolveSibling("." + target.getFileName() + ".importing-" + ProcessHandle.current().pid());
        deleteWithSideFiles(temp);
        boolean moved = false;
        try {
            T result;
            try (ProjectSession session = createProject.apply(temp.toString())) {
                result = fill.apply(session);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            return result;
        } catch (IOException e) {
            throw ExchangeErrors.cannotWrite(target, String.valueOf(e.getMessage()));
        } finally {
            if (!moved) {
                deleteWithSideFiles(temp);
            } else {
                deleteSideFiles(temp);
            }
        }
    }

    private static void deleteWithSideFiles(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the caller reports the original failure
        }
        deleteSideFiles(file);
    }

    private static void deleteSideFiles(Path file) {
        for (String suffix : SIDE_FILES) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
