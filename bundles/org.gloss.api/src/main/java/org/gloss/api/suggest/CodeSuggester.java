package org.gloss.api.suggest;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Suggests codings. Register an implementation as an OSGi service; {@code gloss suggest} and the
 * audit choose one by {@link #id()}. A suggester sees only the training material it is given
 * (never the store), so the audit can hold documents out of training.
 */
@ConsumerType
public interface CodeSuggester {
    /** Short name, e.g. "local"; the machine coder is called {@code suggest:<id>} unless the user says otherwise. */
    String id();

    /** One line saying how it suggests. */
    String displayName();

    /**
     * Learns from the training material. A code with too little material is not learned: the
     * model lists it in {@link SuggestionModel#skipped()} with the reason.
     *
     * @throws org.gloss.api.error.GlossException when nothing at all can be learned
     */
    SuggestionModel train(TrainingSet training, SuggestSettings settings);

    /**
     * The machine coder its suggestions are written as when the user names none: {@code suggest:<id>},
     * or a name that also says which model, e.g. {@code suggest:llm:<model>}.
     */
    default String machineCoder(SuggestSettings settings) {
        return "suggest:" + id();
    }

    /**
     * Learns as {@link #train(TrainingSet, SuggestSettings)}, reporting progress and stopping with a
     * {@link java.util.concurrent.CancellationException} when {@code progress} is cancelled (checked
     * between codes). A suggester that cannot report only checks before it starts.
     */
    default SuggestionModel train(TrainingSet training, SuggestSettings settings, SuggestProgress progress) {
        progress.checkCancelled();
        return train(training, settings);
    }
}
