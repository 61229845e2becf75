package org.gloss.search.lucene.internal.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.gloss.api.search.AnalyzedWord;
import org.gloss.api.search.TextAnalysis;
import org.osgi.service.component.annotations.Component;

/**
 * The search's analysis as a service: the query-side stemmed analyzer (a word as written, not its
 * keyboard variants, so each word of the text is one term) with UTF-16 offsets turned into code
 * points. Lucene stays inside this bundle.
 */
@Component(service = TextAnalysis.class)
public class LuceneTextAnalysis implements TextAnalysis {
    private final Map<Language, GlossAnalyzer> analyzers = new EnumMap<>(Language.class);

    public LuceneTextAnalysis() {
        for (Language language : Language.values()) {
            analyzers.put(language, GlossAnalyzer.stemmed(language, false));
        }
    }

    @Override
    public List<AnalyzedWord> words(String text, String language) {
        Language lang = language == null ? LanguageDetector.detect(text)
                : Language.byCode(language).orElse(Language.ENGLISH);
        List<AnalyzedWord> words = new ArrayList<>();
        // Analyzer reuses its token stream per thread, so concurrent callers do not share one
        try (TokenStream stream = analyzers.get(lang).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int char16 = 0;
            int codePoint = 0;
            while (stream.incrementToken()) {
                // offsets rise: count code points on from the last word instead of from 0 each time
                if (offset.startOffset() < char16) {
                    char16 = 0;
                    codePoint = 0;
                }
                codePoint += Character.codePointCount(text, char16, offset.startOffset());
                char16 = offset.startOffset();
                int start = codePoint;
                int end = start + Character.codePointCount(text, offset.startOffset(), offset.endOffset());
                words.add(new AnalyzedWord(term.toString(), start, end));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return words;
    }

    @Override
    public String detectLanguage(String text) {
        return LanguageDetector.detect(text).code();
    }
}
