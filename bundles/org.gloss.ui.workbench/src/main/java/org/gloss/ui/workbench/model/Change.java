package org.gloss.ui.workbench.model;

/**
 * What a command or workspace action changed, so that each view refreshes only what it shows.
 *
 * @param documentId the document whose codings changed, or null when not about one document
 */
public record Change(Kind kind, Long documentId) {
    /** The parts of the workspace that views render. */
    public enum Kind {
        CODINGS, CODEBOOK, CODERS, CURRENT_CODER, FILTER, DOCUMENTS, MEMOS, PROJECT
    }

    public static Change of(Kind kind) {
        return new Change(kind, null);
    }

    public static Change codings(long documentId) {
        return new Change(Kind.CODINGS, documentId);
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
