package org.gloss.api.chart;

/** What a chart kind needs from its request besides the filter. */
public enum ChartInput {
    /** One document ({@link ChartRequest#document()}): the portrait and the codeline. */
    DOCUMENT,
    /** Two or more coders to compare ({@link ChartRequest#coders()}): agreement. */
    CODERS
}
