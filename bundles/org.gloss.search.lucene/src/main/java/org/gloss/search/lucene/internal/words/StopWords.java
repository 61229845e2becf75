package org.gloss.search.lucene.internal.words;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.gloss.search.lucene.internal.analysis.Language;
import org.gloss.search.lucene.internal.analysis.StopLists;
import org.gloss.search.lucene.internal.analysis.WordForms;

/**
 * The words a word-frequency request leaves out: stop lists of named languages and the user's
 * words for every document, and with "auto" each document's own language's list.
 */
final class StopWords {
    static final String AUTO = "auto";

    private final Set<String> always = new HashSet<>();
    private final boolean perLanguage;

    StopWords(java.util.List<String> lists, Set<String> words, WordForms forms) {
        boolean auto = false;
        for (String list : lists) {
            String code = list.strip().toLowerCase(Locale.ROOT);
            if (code.equals(AUTO)) {
                auto = true;
                continue;
            }
            Language language = Language.byCode(code).orElseThrow(() -> WordsErrors.unknownStopList(list, StopLists.languages()));
            always.addAll(StopLists.of(language));
        }
        for (String word : words) {
            if (!word.isBlank()) {
                always.add(forms.fold(word));
            }
        }
        this.perLanguage = auto;
    }

    /** Whether the word is left out everywhere. */
    boolean always(String word) {
        return always.contains(word);
    }

    /** Whether some words are left out only in documents of some languages. */
    boolean perLanguage() {
        return perLanguage;
    }

    /** Whether the word is left out in a document of this language. */
    boolean in(String word, Language language) {
        return always.contains(word) || perLanguage && language != null && StopLists.of(language).contains(word);
    }
}
