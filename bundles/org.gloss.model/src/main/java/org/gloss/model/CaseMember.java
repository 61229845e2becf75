package org.gloss.model;

/**
 * What a case holds of one document: the whole document, or one range of its code points (a
 * speaker's turn in a focus group, the pages about one firm in a report).
 *
 * @param span the range, end exclusive; null for the whole document
 */
public record CaseMember(long documentId, TextSpan span) {
    public static CaseMember wholeDocument(long documentId) {
        return new CaseMember(documentId, null);
    }

    public static CaseMember range(long documentId, int start, int end) {
        return new CaseMember(documentId, new TextSpan(start, end));
    }

    public boolean isWholeDocument() {
        return span == null;
    }
}
