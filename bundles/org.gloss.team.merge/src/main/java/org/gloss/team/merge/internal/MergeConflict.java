package org.gloss.team.merge.internal;

/**
 * Something the two copies disagree about and that a merge cannot settle by adding.
 *
 * @param kind        what disagrees
 * @param description one line naming the element and both sides' values
 */
public record MergeConflict(Kind kind, String description) {
    public enum Kind {
        /** The same code path has a different colour or description (both set, different). */
        CODE_PROPERTIES,
        /** A code name is used in both copies but at different paths (names are unique per project). */
        CODE_PLACEMENT,
        /** The same text (content hash) is a document under a different name. */
        DOCUMENT_NAME,
        /** One coder's codings of one document differ, and both copies have some. */
        CODINGS,
        /** The same element has a memo with different text in both copies. */
        MEMO,
        /** A case of one name has different descriptions, attribute values or members in both copies. */
        CASE,
        /** A set of one name has different descriptions, conditions or listed documents or codes in both copies. */
        SET
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase().replace('_', ' ') + ": " + description;
    }
}
