package org.gloss.model;

/**
 * A coding resolved for reading and export: names instead of ids, and the covered text.
 *
 * @param text exactly the code points [start, end) of the document's stored text
 */
public record CodedSegment(long codingId, String document, String code, String coder, int start, int end,
                           String text, String memo) {
}
