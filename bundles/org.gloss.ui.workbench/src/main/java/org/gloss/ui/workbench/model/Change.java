package org.gloss.ui.workbench.model;

import java.util.List;

import org.gloss.model.Coding;

/**
 * What a command or workspace action changed, so that each view refreshes only what it shows.
 *
 * @param documentId the document whose codings changed, or null when not about one document
 * @param added      for coding changes made by a command: the codings as the store now has them
 *                   (null when unknown: views reload)
 * @param removed    for coding changes made by a command: the codings the store no longer has
 */
public record Change(Kind kind, Long documentId, List<Coding> added, List<Coding> removed) {
    /** The parts of the workspace that views render. */
    public enum Kind {
        CODINGS, CODEBOOK, CODERS, CURRENT_CODER, FILTER, DOCUMENTS, MEMOS, PROJECT,
        /** Cases or document sets (their members, attributes or conditions). */
        CASES
    }

    public static Change of(Kind kind) {
        return new Change(kind, null, null, null);
    }

    public static Change codings(long documentId) {
        return new Change(Kind.CODINGS, documentId, null, null);
    }

    /** Codings of one document changed exactly so: views can redraw just these. */
    public static Change codings(long documentId, List<Coding> added, List<Coding> removed) {
        return new Change(Kind.CODINGS, documentId, List.copyOf(added), List.copyOf(removed));
    }

    public boolean hasDelta() {
        return added != null && removed != null;
    }

    /** True when views showing the given document's codings must redraw them. */
    public boolean affectsCodingsOf(long document) {
        return switch (kind) {
            case CODINGS -> documentId == null || documentId == document;
            case CODEBOOK, FILTER, PROJECT -> true;
            default -> false;
        };
    }
}
