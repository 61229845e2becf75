package org.gloss.ui.suggest.internal;

import java.util.List;

/**
 * One suggestion as the Suggestions view lists it: the machine coder's coding, its score and the
 * words that weighed most (read back from the coding's memo), a short excerpt, and the standing
 * decision about it (null while undecided).
 */
record SuggestionRow(long documentId, String document, long codeId, String code, int start, int end, double score,
                     List<String> reasons, String excerpt, String decision) {
    SuggestionRow {
        reasons = List.copyOf(reasons);
    }

    boolean decided() {
        return decision != null;
    }

    String reasonText() {
        return String.join(", ", reasons);
    }
}
