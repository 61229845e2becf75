package org.gloss.core.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.gloss.api.error.GlossException;

/** Checks and error translation that importers of binary formats share. */
public final class ImportChecks {
    private ImportChecks() {
    }

    /** The file's bytes; a missing or unreadable file fails with one line naming it. */
    public static byte[] readAllBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw FileErrors.fileNotFound(file);
        } catch (IOException e) {
            throw FileErrors.unreadable(file, e.getMessage());
        }
    }

    /** Fails with one line if the file is missing, unreadable or empty. */
    public static void requireNonEmpty(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw ImportErrors.empty(file);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw FileErrors.fileNotFound(file);
        } catch (IOException e) {
            throw FileErrors.unreadable(file, e.getMessage());
        }
    }

    /**
     * Turns what a parsing library threw into one line naming the file: zip bombs (as the
     * library's zip guard reports them) and password protection are said as such, anything else
     * is "not a valid FORMAT file or is damaged" with the library's first message.
     */
    public static GlossException failure(Path file, String format, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof GlossException gloss) {
                return gloss;
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return ImportErrors.zipBomb(file, firstLine(cause.getMessage()));
            }
            if (message.contains("password") || message.contains("encrypted")) {
                return ImportErrors.encrypted(file, format);
            }
        }
        return ImportErrors.corrupt(file, format, firstLine(error.getMessage()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
