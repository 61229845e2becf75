package org.gloss.api.exporter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes result tables (analysis results, from the command line or a workbench view) in one file
 * format. Register implementations as OSGi services; callers choose one by {@link #id()} ("csv",
 * "xlsx") and write to a temporary file that is moved into place when this returns.
 */
@ConsumerType
public interface TableExporter {
    /** Short lower-case id, e.g. "csv". */
    String id();

    /** Name shown to users, e.g. "CSV table". */
    String displayName();

    /** Extension of the files written, without the dot. */
    String fileExtension();

    /** Whether the format holds several tables (as sheets); otherwise only the first is written. */
    boolean holdsSeveralTables();

    void write(List<ResultTable> tables, OutputStream out) throws IOException;
}
