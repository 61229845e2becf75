package org.gloss.model;

import java.util.List;
import java.util.Objects;

/**
 * A named group of documents (MAXQDA's document sets, ATLAS.ti's document groups, REFI-QDA's
 * {@code <Set>}): static, listing its documents (and, as REFI-QDA allows, codes), or smart,
 * defined by an attribute condition ({@code country=Kyrgyzstan AND year>=2020}) evaluated whenever
 * the set is used, so a document whose attributes change enters or leaves it. Set names are unique
 * within a project.
 *
 * @param description free text; empty when none
 * @param condition   the smart set's condition as written; null for a static set
 * @param documentIds the listed documents, by id (a smart set lists none)
 * @param codeIds     the listed codes, by id
 */
public record DocumentSet(long id, String name, String description, String condition, List<Long> documentIds,
                          List<Long> codeIds) {
    public DocumentSet {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        documentIds = List.copyOf(documentIds);
        codeIds = List.copyOf(codeIds);
    }

    public boolean isSmart() {
        return condition != null;
    }
}
