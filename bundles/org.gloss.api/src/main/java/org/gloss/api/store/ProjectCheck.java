package org.gloss.api.store;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Checks a project for damage and salvages a damaged one; registered by stores that can (the
 * SQLite store: {@code PRAGMA integrity_check} plus Gloss's own invariants). Both work on a
 * project that no longer opens, and neither ever changes it.
 */
@ConsumerType
public interface ProjectCheck {
    /** Whether this service checks projects at the location (a file path, say). */
    boolean handles(String location);

    /**
     * What is wrong with the project, one line per problem; empty when nothing is. {@code quick}
     * skips the slowest structure checks (SQLite's {@code quick_check} instead of
     * {@code integrity_check}), as the workbench does in the background on every open.
     *
     * @throws org.gloss.api.error.GlossException if there is no project at the location, or the
     *                                            file is not a Gloss project at all
     */
    List<String> check(String location, boolean quick);

    /**
     * Copies what can be read from the project at {@code location} into a new project at
     * {@code target} (which must not exist; it appears only when the copy is complete).
     */
    Recovery recover(String location, String target);

    /**
     * What a recovery copied ("documents: 3 rows") and what it could not ("codings: rows 57-212
     * could not be read"), one line each.
     */
    record Recovery(List<String> copied, List<String> lost) {
        public Recovery {
            copied = List.copyOf(copied);
            lost = List.copyOf(lost);
        }
    }
}
