package org.gloss.search.lucene.internal.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Makes Cyrillic diacritic-insensitive, as ASCII folding does for Latin: ё is е, and the Kazakh
 * letters fold to the Russian letters people type without a Kazakh keyboard (қ → к, ә → а, ...).
 * One char for one char, so offsets stay exact. Expects lower-case input.
 */
public final class CyrillicFoldingFilter extends TokenFilter {
    private static final String FROM = "ёәғқңөұүһі";
    private static final String TO = "еагкноуухи";

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
            int at = FROM.indexOf(buffer[i]);
            if (at >= 0) {
                buffer[i] = TO.charAt(at);
            }
        }
        return true;
    }
}
