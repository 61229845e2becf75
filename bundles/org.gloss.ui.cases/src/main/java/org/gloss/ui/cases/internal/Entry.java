package org.gloss.ui.cases.internal;

import org.gloss.model.CaseMember;

/**
 * One row of the Cases &amp; Sets tree.
 *
 * @param text       the name (or the member's document and place)
 * @param detail     a second line (counts, a member's words); empty when none
 * @param ownerId    the case or set (for members too); 0 for the groups
 * @param documentId a member's or a set document's document; 0 otherwise
 * @param member     a case member; null otherwise
 */
record Entry(Kind kind, String text, String detail, long ownerId, long documentId, CaseMember member) {
    enum Kind {
        CASES, SETS, CASE, SET, SMART_SET, CASE_MEMBER, SET_DOCUMENT, CONDITION
    }

    static Entry group(Kind kind, String text) {
        return new Entry(kind, text, "", 0, 0, null);
    }

    boolean isCase() {
        return kind == Kind.CASE;
    }

    boolean isSet() {
        return kind == Kind.SET || kind == Kind.SMART_SET;
    }

    /** The row in one line, e.g. "Aida — 2 members, 3 coded segments". */
    String summary() {
        return detail.isEmpty() ? text : text + " — " + detail;
    }

    /** What a screen reader says for the row. */
    String spoken() {
        return switch (kind) {
            case CASE -> "case " + summary();
            case SET -> "set " + summary();
            case SMART_SET -> "smart set " + summary();
            case CASE_MEMBER -> "member " + summary();
            case SET_DOCUMENT -> "document " + summary();
            default -> summary();
        };
    }

    @Override
    public String toString() {
        return summary();
    }
}
