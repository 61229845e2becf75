package org.gloss.core.importing;

import java.util.List;

import org.gloss.api.importer.DocumentImporter;

/**
 * A document importer that says who it is once, in its constructor: its id, the name users see
 * and the file extensions it reads. Subclasses implement {@link #read(java.nio.file.Path)} (and
 * {@code read(Path, ImportOptions)} when they have options), using {@link ImportChecks} for the
 * checks and messages importers share.
 */
public abstract class FileImporter implements DocumentImporter {
    private final String id;
    private final String displayName;
    private final List<String> extensions;

    /** {@code extensions}: lower case, without the dot. */
    protected FileImporter(String id, String displayName, String... extensions) {
        this.id = id;
        this.displayName = displayName;
        this.extensions = List.of(extensions);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final List<String> extensions() {
        return extensions;
    }
}
