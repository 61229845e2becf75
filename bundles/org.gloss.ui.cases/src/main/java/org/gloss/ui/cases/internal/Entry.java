package org.gloss.ui.cases.internal;

import org.gloss.model.CaseMember;

/**
 * One row of the Cases &amp; Sets tree.
 *
 * @param ownerId    the case or set (for members too); 0 for the groups
 * @param documentId a member's or a set document's document; 0 otherwise
 * @param member     a case member; null otherwise
 */
record Entry(Kind kind, String text, long ownerId, long documentId, CaseMember member) {
    enum Kind {
        CASES, SETS, CASE, SET, SMART_SET, CASE_MEMBER, SET_DOCUMENT, CONDITION
    }

    static Entry group(Kind kind, String text) {
        return new Entry(kind, text, 0, 0, null);
    }

    boolean isCase() {
        return kind == Kind.CASE;
    }

    boolean isSet() {
        return kind == Kind.SET || kind == Kind.SMART_SET;
    }

    /** What a screen reader says for the row. */
    String spoken() {
        return switch (kind) {
            case CASE -> "case " + text;
            case SET -> "set " + text;
            case SMART_SET -> "smart set " + text;
            case CASE_MEMBER -> "member " + text;
            case SET_DOCUMENT -> "document " + text;
            default -> text;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
