package org.gloss.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gloss.api.search.TextAnalysis;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.Suggestion;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.SuggestionModel;
import org.gloss.core.suggest.SuggestionUnits;
import org.gloss.model.CodePointText;

/** The trained local suggester: immutable, so several threads may suggest at once. */
final class LocalModel implements SuggestionModel {
    private final Map<String, CodeModel> models;
    private final Map<String, String> skipped;
    private final FeatureSpace space;
    private final SuggestSettings settings;
    private final TextAnalysis analysis;

    LocalModel(Map<String, CodeModel> models, Map<String, String> skipped, FeatureSpace space, SuggestSettings settings,
               TextAnalysis analysis) {
        this.models = Map.copyOf(models);
        this.codes = List.copyOf(models.keySet());
        this.skipped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skipped));
        this.space = space;
        this.settings = settings;
        this.analysis = analysis;
    }

    private final List<String> codes;

    @Override
    public List<String> codes() {
        return codes;
    }

    @Override
    public Map<String, String> skipped() {
        return skipped;
    }

    @Override
    public List<Suggestion> suggest(SuggestionDocument document, double minScore) {
        List<UnitFeatures.Unit> units = UnitFeatures.of(document, settings.unit(), analysis);
        int[][] indices = units.stream().map(space::indices).toArray(int[][]::new);
        CodePointText text = new CodePointText(document.text());
        List<Suggestion> suggestions = new ArrayList<>();
        for (String code : codes) {
            CodeModel model = models.get(code);
            for (int u = 0; u < units.size(); u++) {
                double score = model.score(indices[u]);
                if (score >= minScore) {
                    UnitFeatures.Unit unit = units.get(u);
                    int[] span = SuggestionUnits.trimmed(text, unit.start(), unit.end());
                    suggestions.add(new Suggestion(document.id(), code, span[0], span[1], score,
                            model.reasons(indices[u], unit, space)));
                }
            }
        }
        return suggestions;
    }

    @Override
    public String provenance() {
        return "logistic regression per code, LIBLINEAR, Platt-calibrated; " + settings.unit().key() + " units";
    }

    /** The model of a code (for tests). */
    CodeModel model(String code) {
        return models.get(code);
    }
}
