package org.gloss.api.suggest;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/** What a suggester learned: it suggests codings of the units of a document. */
@ConsumerType
public interface SuggestionModel {
    /** The codes it can suggest, in codebook order. */
    List<String> codes();

    /** The codes it cannot suggest, each with the reason (e.g. "3 positive units; at least 5 needed"). */
    Map<String, String> skipped();

    /**
     * Every unit of the document it scores at least {@code minScore} for a code, by code and
     * position. Scores are calibrated probabilities in [0, 1]. Safe to call from several threads.
     */
    List<Suggestion> suggest(SuggestionDocument document, double minScore);

    /** Where the suggestions come from, recorded with each (e.g. "local logistic regression"). */
    String provenance();

    /**
     * What the model has left out so far while suggesting, as counts by reason (e.g. a language
     * model's spans whose quote is not in the text), so that a summary can report them. Empty for a
     * model that leaves nothing out.
     */
    default Map<String, Long> dropped() {
        return Map.of();
    }
}
