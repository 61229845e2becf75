package org.gloss.api.exporter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.gloss.api.store.ProjectSession;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes (part of) a project in one file format. Register an implementation as an OSGi service;
 * {@code gloss export --list} and the workbench's Export menu show the exporters installed at run
 * time, and {@code gloss export P --format <id>} chooses one by its {@link #id()}.
 */
@ConsumerType
public interface Exporter {
    /** Stable, short, lower-case id used on the command line, e.g. "csv". */
    String id();

    /** Name shown to users, e.g. "Coded segments (CSV)". */
    String displayName();

    /** Extension of the files written, without the dot, e.g. "csv". */
    String fileExtension();

    /** Media type of the files written, e.g. "text/csv". */
    default String mediaType() {
        return "application/octet-stream";
    }

    /** The options this exporter understands (name to one-line help); others are ignored. */
    default Map<String, String> options() {
        return Map.of();
    }

    /**
     * The options among {@link #options()} that are switches, on when given without a value
     * ({@code -O excel}) and off when absent: the workbench's export dialog shows them as check
     * boxes and the others as text fields.
     */
    default java.util.Set<String> flags() {
        return java.util.Set.of();
    }

    /**
     * Writes the export to {@code out} (the caller opens and closes it and moves the file into
     * place only when this returns normally). Offsets are code points, end exclusive.
     *
     * @throws org.gloss.api.error.GlossException for problems the user can act on
     */
    void export(ProjectSession project, ExportRequest request, OutputStream out) throws IOException;

    /**
     * As {@link #export(ProjectSession, ExportRequest, OutputStream)}, telling {@code warnings}
     * what the format could not carry (say control characters in names, which XML cannot hold),
     * so that nothing is lost silently. Exporters that lose nothing need not override it.
     */
    default void export(ProjectSession project, ExportRequest request, OutputStream out,
                        java.util.function.Consumer<String> warnings) throws IOException {
        export(project, request, out);
    }
}
