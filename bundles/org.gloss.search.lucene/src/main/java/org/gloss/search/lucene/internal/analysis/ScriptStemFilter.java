package org.gloss.search.lucene.internal.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Stems each word with the stemmer of its script: Latin words with the English (Porter2)
 * stemmer, Cyrillic words with Lucene's light Russian stemmer, or in Kazakh documents with
 * {@link KazakhLightStemmer}. Researchers' texts mix languages (an English article quoting Russian), so one stemmer per
 * document would leave the quotes unstemmed. The light stemmer removes noun and adjective endings
 * only; the Snowball Russian stemmer also strips verb-like endings and so separates "кредит"
 * ("кред") from "кредиты" ("кредит").
 */
final class ScriptStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final SnowballStemmer latin = new EnglishStemmer();
    private final RussianLightStemmer russian;
    private final KazakhLightStemmer kazakh;

    ScriptStemFilter(TokenStream input, Language language) {
        super(input);
        this.kazakh = language.stemsCyrillicAsKazakh() ? new KazakhLightStemmer() : null;
        this.russian = kazakh == null ? new RussianLightStemmer() : null;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword() || term.length() == 0) {
            return true;
        }
        switch (Character.UnicodeScript.of(term.buffer()[0])) {
            case LATIN -> {
                latin.setCurrent(term.buffer(), term.length());
                latin.stem();
                char[] stemmed = latin.getCurrentBuffer();
                int length = latin.getCurrentBufferLength();
                if (stemmed != term.buffer()) {
                    term.copyBuffer(stemmed, 0, length);
                } else {
                    term.setLength(length);
                }
            }
            case CYRILLIC -> {
                term.setLength(kazakh != null ? kazakh.stem(term.buffer(), term.length())
                        : russian.stem(term.buffer(), term.length()));
            }
            default -> {
                // digits, CJK, emoji: as written
            }
        }
        return true;
    }
}
