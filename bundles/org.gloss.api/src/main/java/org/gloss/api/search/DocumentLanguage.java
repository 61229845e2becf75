package org.gloss.api.search;

/**
 * The language a document is analysed in.
 *
 * @param code     "en", "ru", "kk", ...
 * @param detected true when detected from the text, false when set by the user
 */
public record DocumentLanguage(String code, boolean detected) {
}
