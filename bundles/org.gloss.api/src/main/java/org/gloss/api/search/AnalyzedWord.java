package org.gloss.api.search;

/**
 * One word of an analysed text: its term (folded, stemmed) and where it stands, in code points
 * of the analysed text, end exclusive.
 */
public record AnalyzedWord(String term, int start, int end) {
}
