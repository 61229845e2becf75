package org.gloss.search.lucene.internal.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Makes Russian ё and е the same letter, as ASCII folding does for Latin diacritics: Russian
 * writers leave out the dots, so "ёлка" and "елка" are one word. One char for one char, so
 * offsets stay exact. Expects lower-case input. The Kazakh letters are not folded here (see
 * {@link KazakhVariantFilter}).
 */
public final class CyrillicFoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public CyrillicFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (buffer[i] == 'ё') {
                buffer[i] = 'е';
            }
        }
        return true;
    }
}
