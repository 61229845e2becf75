package org.gloss.api.analysis;

/** One form of a word as the index has it (lower case, diacritics folded) and how often it occurs. */
public record WordForm(String form, long count) {
}
