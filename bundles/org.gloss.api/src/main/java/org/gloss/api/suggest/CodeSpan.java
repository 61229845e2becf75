package org.gloss.api.suggest;

/** A code applied to [start, end) of a document, in code points. */
public record CodeSpan(String code, int start, int end) {
}
