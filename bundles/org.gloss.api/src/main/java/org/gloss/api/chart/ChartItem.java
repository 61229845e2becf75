package org.gloss.api.chart;

import java.util.List;

/**
 * What one bar, bar segment, tile, cell, node, edge, mark or word of a chart stands for.
 *
 * @param id        unique within the chart; shapes drawing the item carry it
 * @param label     what it is called on the chart (a code, a document, a word, "a × b")
 * @param codes     the codes it counts (one for a bar, two for a co-occurrence cell or edge,
 *                  those in the text for a portrait tile), by name
 * @param documents the documents it counts, by name; empty when it counts every document in scope
 * @param series    the coder, attribute value or measure it belongs to in a split or stacked
 *                  chart; null otherwise
 * @param value     the number it shows (count, code points, share, coefficient)
 * @param low       the lower end of its interval (agreement); NaN without one
 * @param high      the upper end of its interval; NaN without one
 * @param start     first code point of the text it stands for (portrait tiles, codeline marks); -1 otherwise
 * @param end       code point after that text; -1 otherwise
 */
public record ChartItem(String id, String label, List<String> codes, List<String> documents, String series,
                        double value, double low, double high, int start, int end) {
    public ChartItem {
        codes = List.copyOf(codes);
        documents = List.copyOf(documents);
    }

    /** An item for a number about codes in some documents, without interval or text position. */
    public static ChartItem of(String id, String label, List<String> codes, List<String> documents, String series, double value) {
        return new ChartItem(id, label, codes, documents, series, value, Double.NaN, Double.NaN, -1, -1);
    }
}
