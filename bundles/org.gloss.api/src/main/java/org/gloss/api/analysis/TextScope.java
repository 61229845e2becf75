package org.gloss.api.analysis;

import java.util.List;

import org.gloss.model.IntervalSet;

/**
 * The text an analysis of words looks at: documents in scope and, when limited to a code's segments
 * or a speaker's turns, the code point regions of each.
 *
 * @param documents in the store's order
 */
public record TextScope(List<ScopedDocument> documents) {
    public TextScope {
        documents = List.copyOf(documents);
    }

    /**
     * One document in scope.
     *
     * @param regions the parts in scope, or null for the whole document
     */
    public record ScopedDocument(long id, String name, int length, IntervalSet regions) {
    }
}
