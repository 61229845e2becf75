package org.gloss.model;

/**
 * Provenance of an imported document.
 *
 * @param fileName   the source file's name as the user had it
 * @param size       size of the source file in bytes
 * @param sha256     SHA-256 (hex) of the source file's bytes
 * @param importerId id of the importer that read it
 */
public record SourceFile(String fileName, long size, String sha256, String importerId) {
}
