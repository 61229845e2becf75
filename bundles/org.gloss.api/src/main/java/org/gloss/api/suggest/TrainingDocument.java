package org.gloss.api.suggest;

import java.util.List;

/**
 * One coder's codings of one document the coder worked on (coded with anything): every unit of
 * it is an example, positive for the codes covering it and negative for the others.
 */
public record TrainingDocument(SuggestionDocument document, String coder, List<CodeSpan> codings) {
    public TrainingDocument {
        codings = List.copyOf(codings);
    }
}
