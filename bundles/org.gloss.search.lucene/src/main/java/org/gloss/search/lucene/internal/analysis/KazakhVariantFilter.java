package org.gloss.search.lucene.internal.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * At indexing time, a word with Kazakh letters is indexed twice at the same position: as written
 * (қол) and as typed without a Kazakh keyboard (кол). Queries are not folded, so the folding is
 * one-way: "көл" finds only көл, while "кол" finds кол, көл and қол, as a researcher typing
 * without Kazakh letters would want. A symmetric folding (the analysis before version 2) made
 * көл 'lake' and қол 'hand', өт 'pass' and от 'fire', іс 'affair' and ис 'smell' the same word.
 * Both tokens keep the word's offsets, so hits stay exact.
 */
final class KazakhVariantFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private AttributeSource.State pendingFolded;

    KazakhVariantFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingFolded != null) {
            restoreState(pendingFolded);
            pendingFolded = null;
            char[] buffer = term.buffer();
            for (int i = 0; i < term.length(); i++) {
                buffer[i] = KazakhLetters.fold(buffer[i]);
            }
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (KazakhLetters.containsKazakh(term.buffer(), term.length())) {
            pendingFolded = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingFolded = null;
    }
}
