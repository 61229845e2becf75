package org.gloss.export.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.exchange.ExchangeErrors;
import org.gloss.api.store.ProjectSession;

/**
 * Creates a project in a hidden temporary file beside the target, lets the caller fill it, closes
 * it and only then moves it to the target. Any failure deletes the temporary file (and the
 * store's side files), so the target never exists half-built.
 */
final class NewProjectFile {
    /** Side files an SQLite store may leave next to the project while it is open. */
    private static final String[] SIDE_FILES = {"-wal", "-shm", "-journal"};

    private final CommandContext context;
    private final Path target;

    NewProjectFile(CommandContext context, Path target) {
        this.context = context;
        this.target = target.toAbsolutePath();
    }

    <T> T build(Function<ProjectSession, T> fill) {
        if (Files.exists(target)) {
            throw ExchangeErrors.targetExists(target.getFileName());
        }
        Path temp = target.resolveSibling("." + target.getFileName() + ".importing-" + ProcessHandle.current().pid());
        deleteWithSideFiles(temp);
        boolean moved = false;
        try {
            T result;
            try (ProjectSession session = context.createProject(temp.toString())) {
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
