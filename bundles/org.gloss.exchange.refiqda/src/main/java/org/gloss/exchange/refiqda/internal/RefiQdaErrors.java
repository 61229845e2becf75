package org.gloss.exchange.refiqda.internal;

import java.nio.file.Path;

import org.gloss.api.error.GlossException;

/** The messages about REFI-QDA files (.qdpx, .qdc): archives, XML, GUIDs, sources. */
public final class RefiQdaErrors {
    private RefiQdaErrors() {
    }

    public static GlossException emptyCodebook() {
        return new GlossException("the project has no codes, and a codebook file must hold at least one");
    }

    public static GlossException notAnArchive(Path file, String detail) {
        return new GlossException(file.getFileName() + " is not a readable QDPX (zip) archive: " + detail);
    }

    public static GlossException unsafeEntryName(Path file, String entry) {
        return new GlossException(file.getFileName() + ": archive entry '" + entry
                + "' points outside the archive (zip slip); refused");
    }

    public static GlossException duplicateEntry(Path file, String entry) {
        return new GlossException(file.getFileName() + ": archive entry '" + entry + "' appears twice; refused");
    }

    public static GlossException tooManyEntries(Path file, int limit) {
        return new GlossException(file.getFileName() + " has more than " + limit + " entries; refused");
    }

    public static GlossException entryTooLarge(Path file, String entry, long limit) {
        return new GlossException(file.getFileName() + ": entry '" + entry + "' expands to more than " + limit
                + " bytes (zip bomb?); refused");
    }

    public static GlossException archiveTooLarge(Path file, long limit) {
        return new GlossException(file.getFileName() + " expands to more than " + limit + " bytes in total (zip bomb?); refused");
    }

    public static GlossException compressionRatio(Path file, String entry, long ratio) {
        return new GlossException(file.getFileName() + ": entry '" + entry + "' has a compression ratio of " + ratio
                + ":1 (zip bomb?); refused");
    }

    public static GlossException missingEntry(Path file, String entry) {
        return new GlossException(file.getFileName() + " has no " + entry);
    }

    public static GlossException doctypeRefused(String what) {
        return new GlossException(what + " contains a DOCTYPE declaration; refused (external entities are never read)");
    }

    public static GlossException malformedXml(String what, int line, String detail) {
        return new GlossException(what + " is not well-formed XML (line " + line + "): " + detail);
    }

    public static GlossException schemaViolation(String what, int line, String detail) {
        return new GlossException(what + " does not match the REFI-QDA schema (line " + line + "): " + detail);
    }

    public static GlossException wrongRoot(String what, String expected, String found) {
        return new GlossException(what + ": expected root element " + expected + ", found " + found);
    }

    public static GlossException missingGuid(String what, String element) {
        return new GlossException(what + ": a <" + element + "> has no guid");
    }

    public static GlossException invalidGuid(String what, String element, String guid) {
        return new GlossException(what + ": <" + element + "> has an invalid guid '" + guid + "'");
    }

    public static GlossException duplicateGuid(String what, String guid) {
        return new GlossException(what + ": guid " + guid + " is used by more than one element");
    }

    public static GlossException danglingReference(String what, String element, String guid) {
        return new GlossException(what + ": <" + element + "> refers to guid " + guid + ", which no element has");
    }

    public static GlossException missingSourceFile(String source, String path) {
        return new GlossException("source '" + source + "': text file " + path + " is missing");
    }

    public static GlossException sourceNotUtf8(String source, String path) {
        return new GlossException("source '" + source + "': text file " + path + " is not valid UTF-8");
    }

    public static GlossException badPosition(String selection, String detail) {
        return new GlossException("selection " + selection + ": " + detail);
    }
}
