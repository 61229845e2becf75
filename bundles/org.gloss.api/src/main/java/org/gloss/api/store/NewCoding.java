package org.gloss.api.store;

/** A coding to add, by ids; offsets are code points, end exclusive. */
public record NewCoding(long documentId, long codeId, long coderId, int start, int end, String memo) {
}
