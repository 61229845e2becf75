package org.gloss.ui.export.internal;

import java.nio.file.Path;

import org.gloss.api.error.GlossException;

/** The user-facing messages of exporting and importing from the workbench, in one place. */
final class ExportErrors {
    private ExportErrors() {
    }

    static GlossException cannotWrite(Path target, Exception cause) {
        return new GlossException("cannot write " + target + ": " + describe(cause) + "; nothing was written", cause);
    }

    static GlossException noProject(String what) {
        return new GlossException("Open a project first: " + what + " works on the open project.");
    }

    static GlossException targetExists(Path target) {
        return new GlossException(target + " already exists; choose a new file for the imported project");
    }

    private static String describe(Exception cause) {
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
