package org.gloss.suggest.internal;

import org.gloss.api.search.TextAnalysis;
import org.gloss.api.suggest.CodeSuggester;
import org.gloss.api.suggest.SuggestProgress;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.SuggestionModel;
import org.gloss.api.suggest.TrainingSet;
import org.gloss.core.suggest.SuggestErrors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The default suggester, learned from the project and fully local: no network, no GPU. One
 * Platt-calibrated logistic regression per code over the search's analysis of the units
 * (docs/suggestions.md, docs/decisions/0090).
 */
@Component(service = CodeSuggester.class)
public class LocalSuggester implements CodeSuggester {
    public static final String ID = "local";

    private final TextAnalysis analysis;

    @Activate
    public LocalSuggester(@Reference TextAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Learned from this project's codings (logistic regression, local)";
    }

    @Override
    public SuggestionModel train(TrainingSet training, SuggestSettings settings) {
        return train(training, settings, SuggestProgress.NONE);
    }

    @Override
    public SuggestionModel train(TrainingSet training, SuggestSettings settings, SuggestProgress progress) {
        if (!settings.options().isEmpty()) {
            throw SuggestErrors.optionNotTaken(ID, settings.options().keySet().iterator().next());
        }
        if (training.documents().isEmpty()) {
            throw SuggestErrors.nothingToLearn();
        }
        return Trainer.train(training, settings, analysis, progress);
    }
}
