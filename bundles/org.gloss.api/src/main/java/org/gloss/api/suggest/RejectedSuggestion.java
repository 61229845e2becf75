package org.gloss.api.suggest;

/**
 * A suggestion a person rejected: [start, end) (code points) of the document is a negative
 * example of the code, and says nothing about the other codes. Read from the decision log, so the
 * next training learns from what was turned down.
 */
public record RejectedSuggestion(SuggestionDocument document, String code, int start, int end) {
}
