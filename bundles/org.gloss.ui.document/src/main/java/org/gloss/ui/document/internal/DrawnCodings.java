package org.gloss.ui.document.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.gloss.model.Coding;

/**
 * The codings a document view draws now, by id, with their extents already converted to UTF-16
 * indices: a change converts and restyles only the codings it adds or removes.
 */
final class DrawnCodings {
    private final TextPositions positions;
    private final Map<Long, Coding> codings = new HashMap<>();
    private final Map<Long, CodingStyles.Extent> extents = new HashMap<>();

    DrawnCodings(TextPositions positions) {
        this.positions = positions;
    }

    /** Draws the coding (the caller removes an older version of it first); returns its extent. */
    CodingStyles.Extent add(Coding coding) {
        CodingStyles.Extent extent = new CodingStyles.Extent(positions.toIndex(coding.start()), positions.toIndex(coding.end()),
                coding.codeId(), coding.coderId(), coding.id(), coding.memo() != null && !coding.memo().isBlank());
        codings.put(coding.id(), coding);
        extents.put(coding.id(), extent);
        return extent;
    }

    /** Stops drawing the coding with this id; its extent, or null when it was not drawn. */
    CodingStyles.Extent remove(long codingId) {
        codings.remove(codingId);
        return extents.remove(codingId);
    }

    Coding get(long codingId) {
        return codings.get(codingId);
    }

    Collection<Coding> codings() {
        return codings.values();
    }

    int size() {
        return codings.size();
    }
}
