package org.gloss.api.importer;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads one kind of source file into the text Gloss stores. Registered as an OSGi service; the
 * importer for a file is chosen by its extension.
 */
@ConsumerType
public interface DocumentImporter {
    /** Stable id, recorded with every document this importer read (e.g. "text"). */
    String id();

    /** Name shown to users, e.g. "Plain text and Markdown". */
    String displayName();

    /** File extensions this importer reads, lower case, without the dot. */
    List<String> extensions();

    /**
     * Reads the file. Fails with a {@link org.gloss.api.error.GlossException} naming the file and
     * the problem when it cannot be read as this format.
     */
    ImportedText read(Path file);

    /**
     * Reads the file with the user's options. Importers that have options override this; the
     * default ignores them.
     */
    default ImportedText read(Path file, ImportOptions options) {
        return read(file);
    }
}
