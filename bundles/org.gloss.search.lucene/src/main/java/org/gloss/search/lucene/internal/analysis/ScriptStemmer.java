package org.gloss.search.lucene.internal.analysis;

import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Stems one folded word with the stemmer of its script, as {@link ScriptStemFilter} does at
 * indexing: Latin words with the English (Porter2) stemmer, Cyrillic words with Lucene's light
 * Russian stemmer or, in Kazakh documents, {@link KazakhLightStemmer}; other scripts as written.
 * Not thread-safe (the stemmers keep state); one per thread.
 */
final class ScriptStemmer {
    private final SnowballStemmer latin = new EnglishStemmer();
    private final RussianLightStemmer russian = new RussianLightStemmer();
    private final KazakhLightStemmer kazakh = new KazakhLightStemmer();

    /**
     * Stems {@code buffer[0, length)} in place where the stem fits (it never grows for Cyrillic);
     * returns the stemmed word's buffer and length as {@link #stemmed}.
     */
    Result stem(char[] buffer, int length, Language language) {
        if (length == 0) {
            return new Result(buffer, 0);
        }
        switch (Character.UnicodeScript.of(buffer[0])) {
            case LATIN -> {
                latin.setCurrent(buffer, length);
                latin.stem();
                return new Result(latin.getCurrentBuffer(), latin.getCurrentBufferLength());
            }
            case CYRILLIC -> {
                int stemmed = language.stemsCyrillicAsKazakh() ? kazakh.stem(buffer, length) : russian.stem(buffer, length);
                return new Result(buffer, stemmed);
            }
            default -> {
                return new Result(buffer, length);
            }
        }
    }

    /** The stem of a folded word, as a string. */
    String stem(String folded, Language language) {
        char[] buffer = folded.toCharArray();
        Result r = stem(buffer, buffer.length, language);
        return new String(r.buffer(), 0, r.length());
    }

    record Result(char[] buffer, int length) {
    }
}
