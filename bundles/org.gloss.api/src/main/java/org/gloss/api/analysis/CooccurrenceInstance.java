package org.gloss.api.analysis;

/** One pair of segments counted in {@link CooccurrencePair#pairs()}: an a-segment and a b-segment close to each other. */
public record CooccurrenceInstance(AnalysisSegment a, AnalysisSegment b) {
    /** The text from the earlier start to the later end, in code points. */
    public int start() {
        return Math.min(a.start(), b.start());
    }

    public int end() {
        return Math.max(a.end(), b.end());
    }
}
