package org.gloss.api.analysis;

/**
 * One row of a frequency table. Counts are of the codings in scope; "with sub-codes" figures are
 * only given for code rows (null otherwise), as are {@code path} and {@code depth}.
 *
 * @param key                  the code, coder, document or attribute value
 * @param path                 a code's path from its top-level ancestor ("Economy &gt; Debt")
 * @param depth                a code's depth (0 for top-level codes)
 * @param codings              codings (of the code itself, for code rows)
 * @param codingsWithSubcodes  codings of the code and its sub-codes
 * @param documents            documents with at least one of those codings (for document rows: 1 or 0)
 * @param documentsWithSubcodes documents with a coding of the code or its sub-codes
 * @param codes                distinct codes among the codings (null for code rows)
 * @param coded                code points covered by the codings (overlaps counted once)
 * @param codedWithSubcodes    code points covered by the code or its sub-codes
 * @param text                 code points of the text the row is measured against: every document
 *                             in scope for code and coder rows, the document, or the documents with the value
 * @param share                coded / text (0 when there is no text)
 * @param words                words in the codings' texts, each coding counted on its own
 * @param wordsPerSegment      words / codings (0 without codings)
 */
public record FrequencyRow(String key, String path, Integer depth, long codings, Long codingsWithSubcodes, long documents,
                           Long documentsWithSubcodes, Integer codes, long coded, Long codedWithSubcodes, long text,
                           double share, long words, double wordsPerSegment) {
}
