package org.gloss.chart.internal;

import java.util.List;
import java.util.Locale;

import org.gloss.api.analysis.CooccurrencePair;
import org.gloss.api.analysis.CooccurrenceRequest;
import org.gloss.api.analysis.Proximity;
import org.gloss.api.chart.ChartOption;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.error.GlossException;

/** The options and request shared by the co-occurrence heat map and the network. */
final class Cooccurrences {
    static final ChartOption MEASURE = new ChartOption("measure", "what a cell or edge shows",
            List.of("pairs", "documents", "c", "jaccard"), "pairs");
    static final ChartOption PROXIMITY = new ChartOption("proximity", "when two codes occur together",
            List.of("overlap", "document", "sentence", "paragraph", "near:"), "overlap");

    private Cooccurrences() {
    }

    static CooccurrenceRequest request(ChartRequest request) {
        return new CooccurrenceRequest(List.of(), request.filter(), proximity(request.option("proximity", "overlap")));
    }

    static Proximity proximity(String written) {
        return switch (written) {
            case "overlap" -> Proximity.OVERLAP;
            case "document" -> Proximity.DOCUMENT;
            case "sentence" -> new Proximity(Proximity.Kind.SENTENCE, 0);
            case "paragraph" -> new Proximity(Proximity.Kind.PARAGRAPH, 0);
            default -> {
                try {
                    yield new Proximity(Proximity.Kind.NEAR, Integer.parseInt(written.substring("near:".length()).strip()));
                } catch (RuntimeException e) {
                    throw new GlossException("invalid --proximity '" + written + "': expected overlap, document, sentence, paragraph or near:N (code points)");
                }
            }
        };
    }

    static double value(CooccurrencePair pair, String measure) {
        return switch (measure) {
            case "documents" -> pair.documents();
            case "c" -> pair.c() == null ? 0 : pair.c();
            case "jaccard" -> pair.jaccard();
            default -> pair.pairs();
        };
    }

    static String label(String measure) {
        return switch (measure) {
            case "documents" -> "documents where both occur together";
            case "c" -> "c-coefficient";
            case "jaccard" -> "Jaccard (shared / either coded text)";
            default -> "pairs of segments occurring together";
        };
    }

    static String text(double value, String measure) {
        return measure.equals("c") || measure.equals("jaccard") ? String.format(Locale.ROOT, "%.2f", value) : Frame.value(value);
    }
}
