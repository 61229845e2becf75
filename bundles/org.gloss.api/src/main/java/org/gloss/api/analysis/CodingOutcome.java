package org.gloss.api.analysis;

import java.util.List;

import org.gloss.model.Coding;

/**
 * What coding query results added: the codings written (so that a user interface can undo
 * exactly them) and how many results the coder had already coded with the code.
 */
public record CodingOutcome(String code, String coder, boolean codeCreated, List<Coding> added, int alreadyCoded) {
    public CodingOutcome {
        added = List.copyOf(added);
    }
}
