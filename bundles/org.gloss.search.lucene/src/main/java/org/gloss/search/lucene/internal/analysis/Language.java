package org.gloss.search.lucene.internal.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Gloss analyses specially. A document's language decides how its Cyrillic words
 * are stemmed: Russian stemming for Russian (and for Russian quotes inside English text), Gloss's
 * own light Kazakh stemmer for Kazakh (Lucene has none). Latin words are stemmed as English in
 * every document.
 */
public enum Language {
    ENGLISH("en", false),
    RUSSIAN("ru", false),
    KAZAKH("kk", true);

    private final String code;
    private final boolean stemsCyrillicAsKazakh;

    Language(String code, boolean stemsCyrillicAsKazakh) {
        this.code = code;
        this.stemsCyrillicAsKazakh = stemsCyrillicAsKazakh;
    }

    public String code() {
        return code;
    }

    boolean stemsCyrillicAsKazakh() {
        return stemsCyrillicAsKazakh;
    }

    /** The index field holding this language's stemmed words. */
    public String stemmedField() {
        return "stem_" + code;
    }

    public static Optional<Language> byCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }
}
