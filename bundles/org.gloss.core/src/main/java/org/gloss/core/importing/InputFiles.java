package org.gloss.core.importing;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.gloss.api.error.GlossException;

/**
 * Checks that a path the user gave is a regular file Gloss can read, and says exactly what it is
 * otherwise: a folder, a named pipe or device (reading one could block forever or never end), a
 * link to one, a link loop, or nothing at all.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** Fails with one line unless {@code file} is (or links to) a regular file. */
    public static void requireRegularFile(Path file) {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw FileErrors.notAFile(file);
        }
        if (Files.isSymbolicLink(file)) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (FileSystemLoopException e) {
                throw linkLoop(file);
            } catch (NoSuchFileException e) {
                throw new GlossException(file + " is a symbolic link to a file that does not exist");
            } catch (FileSystemException e) {
                if (String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT).contains("too many levels")) {
                    throw linkLoop(file);
                }
                throw FileErrors.unreadable(file, String.valueOf(e.getReason()));
            } catch (IOException e) {
                throw FileErrors.unreadable(file, e.getMessage());
            }
            throw new GlossException(file + " links to " + target + ", which is not a regular file (a device, pipe or socket)");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new GlossException(file + " is not a regular file (a named pipe, device or socket)");
        }
        throw FileErrors.fileNotFound(file);
    }

    private static GlossException linkLoop(Path file) {
        return new GlossException(file + " is a symbolic link loop");
    }
}
