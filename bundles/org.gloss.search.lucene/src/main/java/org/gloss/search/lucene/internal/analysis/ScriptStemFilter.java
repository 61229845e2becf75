package org.gloss.search.lucene.internal.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Stems each word with the stemmer of its script: Latin words with the English (Porter2)
 * stemmer, Cyrillic words with Lucene's light Russian stemmer, or in Kazakh documents with
 * {@link KazakhLightStemmer} (see {@link ScriptStemmer}, which word frequencies share).
 * Researchers' texts mix languages (an English article quoting Russian), so one stemmer per
 * document would leave the quotes unstemmed. The light stemmer removes noun and adjective endings
 * only; the Snowball Russian stemmer also strips verb-like endings and so separates "кредит"
 * ("кред") from "кредиты" ("кредит").
 */
final class ScriptStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final ScriptStemmer stemmer = new ScriptStemmer();
    private final Language language;

    ScriptStemFilter(TokenStream input, Language language) {
        super(input);
        this.language = language;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword() || term.length() == 0) {
            return true;
        }
        ScriptStemmer.Result stemmed = stemmer.stem(term.buffer(), term.length(), language);
        if (stemmed.buffer() != term.buffer()) {
            term.copyBuffer(stemmed.buffer(), 0, stemmed.length());
        } else {
            term.setLength(stemmed.length());
        }
        return true;
    }
}
