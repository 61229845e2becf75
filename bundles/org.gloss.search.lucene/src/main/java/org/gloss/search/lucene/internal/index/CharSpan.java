package org.gloss.search.lucene.internal.index;

/** A match in a document's text as Lucene reports it: UTF-16 offsets, end exclusive. */
public record CharSpan(int start, int end) {
}
