package org.gloss.core.importing;

import java.nio.file.Path;

import org.gloss.api.error.GlossException;

/** The messages about input files: missing, unreadable, not UTF-8, no importer, bad CSV lines. */
public final class FileErrors {
    private FileErrors() {
    }

    public static GlossException fileNotFound(Path file) {
        return new GlossException("no such file: " + file);
    }

    public static GlossException notAFile(Path path) {
        return new GlossException(path + " is a folder, not a file");
    }

    public static GlossException unreadable(Path file, String detail) {
        return new GlossException("cannot read " + file + ": " + detail);
    }

    public static GlossException notUtf8(Path file, long byteOffset) {
        return new GlossException(file + " is not valid UTF-8 (bad byte at offset " + byteOffset + ")");
    }

    public static GlossException noImporter(Path file) {
        return new GlossException("no importer for " + file.getFileName() + " (see 'gloss doc import --list')");
    }

    public static GlossException badCsvLine(Path file, long line, String problem) {
        return new GlossException(file.getFileName() + " line " + line + ": " + problem);
    }

    public static GlossException badCsvHeader(Path file, String expected) {
        return new GlossException(file.getFileName() + " line 1: header must be " + expected);
    }
}
