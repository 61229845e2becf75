package org.gloss.api.team;

/**
 * One committed change to a shared project.
 *
 * @param element what kind of element changed
 * @param operation what happened to it
 * @param id the element's id (for settings: 0)
 */
public record ProjectChange(Element element, Operation operation, long id) {
    public enum Element {
        DOCUMENT, CODE, CODER, CODING, MEMO, SETTING,
        /** A case, its attributes or its members. */
        CASE,
        /** A set, its condition or its listed documents and codes. */
        SET
    }

    public enum Operation {
        ADDED, CHANGED, REMOVED
    }
}
