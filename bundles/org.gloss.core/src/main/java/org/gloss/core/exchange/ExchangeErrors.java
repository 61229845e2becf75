package org.gloss.core.exchange;

import java.nio.file.Path;
import java.util.List;

import org.gloss.api.error.GlossException;

/** The messages of exporting and of importing whole projects, whatever the format. */
public final class ExchangeErrors {
    private ExchangeErrors() {
    }

    public static GlossException unknownFormat(String format, List<String> available) {
        return new GlossException("unknown export format '" + format + "' (installed: " + String.join(", ", available)
                + "; see 'gloss export --list')");
    }

    public static GlossException outputExists(Path out) {
        return new GlossException("output file already exists: " + out + " (use --force to replace it)");
    }

    public static GlossException cannotWrite(Path out, String detail) {
        return new GlossException("cannot write " + out + ": " + detail);
    }

    public static GlossException badOption(String option, String problem) {
        return new GlossException("export option '" + option + "': " + problem);
    }

    public static GlossException noImporterFor(Path file) {
        return new GlossException("no importer for " + file.getFileName() + " (expected a .qdpx project or .qdc codebook)");
    }

    public static GlossException targetExists(Path target) {
        return new GlossException("project already exists: " + target);
    }
}
