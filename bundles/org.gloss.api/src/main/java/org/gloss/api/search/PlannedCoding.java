package org.gloss.api.search;

/**
 * One coding that auto-coding would add.
 *
 * @param text exactly the code points [start, end) of the stored text
 */
public record PlannedCoding(long documentId, String document, int start, int end, String text) {
}
