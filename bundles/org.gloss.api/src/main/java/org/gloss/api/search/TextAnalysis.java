package org.gloss.api.search;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The search's analysis of text, for other bundles that need words as search sees them (the
 * suggesters' features): word breaking, case and diacritic folding and stemming by language, the
 * same as the index applies. Since 2.1.
 */
@ProviderType
public interface TextAnalysis {
    /**
     * The words of {@code text} in order, each folded and stemmed as the search index stems a
     * document in {@code language}, with its code-point offsets in {@code text}.
     *
     * @param language "en", "ru", "kk" (see {@link SearchService#supportedLanguages()}); null to detect it
     */
    List<AnalyzedWord> words(String text, String language);

    /** The language search would detect for a document with this text ("en", "ru", "kk"). */
    String detectLanguage(String text);
}
