package org.gloss.search.lucene.internal.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.BytesRef;

/**
 * What word frequencies need to know about the index's words without analysing text again: the
 * stem the index gives a word (as indexed, in a document's language), the one-way Kazakh keyboard
 * variant it also indexed, and how the index folds a word typed by a user (a stop word).
 * One per thread.
 */
public final class WordForms {
    private final ScriptStemmer stemmer = new ScriptStemmer();
    private final Analyzer folding = GlossAnalyzer.unstemmed(false);

    /** The stem of an indexed (folded) word in a document of this language, as the stemmed field has it. */
    public String stem(String indexedWord, Language language) {
        return stemmer.stem(indexedWord, language);
    }

    /** Whether the word has Kazakh letters: then the index also holds {@link #withoutKazakhLetters} at the same place. */
    public static boolean hasKazakhLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (KazakhLetters.isKazakh(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The word as typed without a Kazakh keyboard (the variant the index adds for it). */
    public static String withoutKazakhLetters(String word) {
        char[] chars = word.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = KazakhLetters.fold(chars[i]);
        }
        return new String(chars);
    }

    /** Whether stemming can change the word: Latin and Cyrillic words only. */
    public static boolean isStemmable(String word) {
        if (word.isEmpty()) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(word.charAt(0));
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC;
    }

    /** Whether the word is Cyrillic, the script whose stemming depends on the document's language. */
    public static boolean isCyrillic(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    /** A word as the index folds it (lower case, diacritics and ё folded), e.g. a stop word from a user's list. */
    public String fold(String typed) {
        // the folding is the same for every field (GlossAnalyzer.normalize ignores the name)
        BytesRef folded = folding.normalize("word", typed.strip());
        return folded.utf8ToString();
    }
}
