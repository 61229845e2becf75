package org.gloss.suggest.llm.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.SuggestionUnit;
import org.gloss.core.suggest.SuggestionUnits;
import org.gloss.model.CodePointText;

/**
 * A document cut into the pieces sent one request each: runs of whole units (sentences, paragraphs
 * or turns) of at most {@code size} code points; a longer unit is a piece by itself. A piece
 * reaches from its first unit's start to its last unit's end without the white space at its ends,
 * in code points of the document.
 */
final class Chunks {
    record Chunk(int start, int end) {
    }

    private Chunks() {
    }

    static List<Chunk> of(SuggestionDocument document, SuggestionUnit unit, int size) {
        int[] spans = SuggestionUnits.of(unit, document.text(), document.turns());
        CodePointText text = new CodePointText(document.text());
        List<Chunk> chunks = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int u = 0; u < spans.length; u += 2) {
            if (start >= 0 && spans[u + 1] - start > size) {
                chunks.add(trimmed(text, start, end));
                start = -1;
            }
            if (start < 0) {
                start = spans[u];
            }
            end = spans[u + 1];
        }
        if (start >= 0) {
            chunks.add(trimmed(text, start, end));
        }
        return chunks;
    }

    private static Chunk trimmed(CodePointText text, int start, int end) {
        int[] span = SuggestionUnits.trimmed(text, start, end);
        return new Chunk(span[0], span[1]);
    }
}
