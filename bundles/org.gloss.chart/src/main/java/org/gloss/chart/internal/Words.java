package org.gloss.chart.internal;

import java.util.List;
import java.util.Set;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.WordFrequencies;
import org.gloss.api.analysis.WordRequest;
import org.gloss.api.analysis.WordTable;
import org.gloss.api.chart.ChartItem;
import org.gloss.api.chart.ChartOption;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.error.GlossException;

/**
 * The word-frequency measure as the word cloud and the word bars use it: the search index's words,
 * stemmed forms grouped, each document's own stop words left out, for the documents in scope, one
 * code's segments or one speaker's turns.
 */
final class Words {
    static final List<ChartOption> OPTIONS = List.of(
            new ChartOption("code", "only words inside this code's segments (and its sub-codes')", List.of(), null),
            new ChartOption("speaker", "only words inside this speaker's turns", List.of(), null),
            new ChartOption("top", "number of words", List.of(), null),
            new ChartOption("stemming", "group inflected forms", List.of("on", "off"), "on"));

    private Words() {
    }

    static WordRequest request(ChartRequest request, int defaultTop) {
        int top = ChartSupport.intOption(request, "top", defaultTop, 1, 1000);
        return new WordRequest(request.filter(), request.option("code", null), request.option("speaker", null),
                !request.option("stemming", "on").equals("off"), List.of("auto"), Set.of(), top);
    }

    static WordTable count(WordFrequencies words, ChartProject project, ChartRequest request, int defaultTop) {
        return available(words).count(project.session(), request(request, defaultTop));
    }

    static String scope(ChartRequest request) {
        String code = request.option("code", null);
        String speaker = request.option("speaker", null);
        return code != null ? "words in segments of " + code : speaker != null ? "words in turns of " + speaker : "words of the documents";
    }

    static List<AnalysisSegment> occurrences(WordFrequencies words, ChartProject project, ChartRequest request, ChartItem item) {
        return available(words).occurrences(project.session(), request(request, 1000), item.id().substring("word:".length()), 40);
    }

    private static WordFrequencies available(WordFrequencies words) {
        if (words == null) {
            throw new GlossException("word frequencies come from the search index, which is not installed (the org.gloss.search.lucene bundle is missing)");
        }
        return words;
    }
}
