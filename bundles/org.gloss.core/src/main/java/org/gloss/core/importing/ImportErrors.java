package org.gloss.core.importing;

import java.nio.file.Path;

import org.gloss.api.error.GlossException;
import org.gloss.model.AttributeType;

/**
 * The messages importers give for files they cannot read, and for document attributes given by
 * hand or in a CSV file. Each is one line that names the file (by its file name, as the user typed
 * it) and says what is wrong with it.
 */
public final class ImportErrors {
    private ImportErrors() {
    }

    private static String name(Path file) {
        return String.valueOf(file.getFileName());
    }

    public static GlossException empty(Path file) {
        return new GlossException(name(file) + " is empty");
    }

    /** Text of nothing but white space and control characters (a file of NUL bytes, say). */
    public static GlossException noVisibleText(Path file) {
        return new GlossException(name(file) + " has no text: only white space or control characters");
    }

    /** Not a file of the format its extension says (e.g. a text file named .docx), or damaged. */
    public static GlossException corrupt(Path file, String format, String detail) {
        return new GlossException(name(file) + " is not a valid " + format + " file or is damaged"
                + (detail == null || detail.isBlank() ? "" : " (" + oneLine(detail) + ")"));
    }

    public static GlossException encrypted(Path file, String format) {
        return new GlossException(name(file) + " is a password-protected " + format
                + " file; remove the password and import it again");
    }

    public static GlossException zipBomb(Path file, String detail) {
        return new GlossException(name(file) + " was refused: it expands to far more data than a document holds"
                + " (a zip bomb?): " + oneLine(detail));
    }

    public static GlossException noText(Path file, String format) {
        return new GlossException(name(file) + " has no text to import (a " + format
                + " of scanned images needs OCR first)");
    }

    public static GlossException badTranscriptLine(Path file, long line, String problem) {
        return new GlossException(name(file) + " line " + line + ": " + problem);
    }

    public static GlossException unknownImporter(String id) {
        return new GlossException("no importer with id '" + id + "' (see 'gloss doc import --list')");
    }

    public static GlossException noTurns(Path file) {
        return new GlossException(name(file) + " has no speaker turns (lines like 'Name: what was said')");
    }

    public static GlossException badAttributeValue(String document, String key, String problem, AttributeType type) {
        return new GlossException("attribute '" + key + "' of document '" + document + "': " + problem
                + " (type " + type.name().toLowerCase() + ")");
    }

    private static String oneLine(String detail) {
        String line = detail.strip().replaceAll("\\s+", " ");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
