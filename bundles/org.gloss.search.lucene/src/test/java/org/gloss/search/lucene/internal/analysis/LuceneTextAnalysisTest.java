package org.gloss.search.lucene.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gloss.api.search.AnalyzedWord;
import org.junit.jupiter.api.Test;

/** The search's analysis as a service: stems by language with code-point offsets. */
class LuceneTextAnalysisTest {
    private final LuceneTextAnalysis analysis = new LuceneTextAnalysis();

    @Test
    void wordsAreFoldedAndStemmedWithCodePointOffsets() {
        String text = "😀 Debts of Ürümqi";
        List<AnalyzedWord> words = analysis.words(text, "en");
        // the emoji is a word of its own for Lucene's tokenizer; it is one code point, two UTF-16 units
        assertThat(words).containsExactly(new AnalyzedWord("😀", 0, 1), new AnalyzedWord("debt", 2, 7), new AnalyzedWord("of", 8, 10),
                new AnalyzedWord("urumqi", 11, 17));
    }

    @Test
    void theDocumentsLanguageChoosesTheStemmer() {
        assertThat(analysis.words("қарыздың", "kk")).extracting(AnalyzedWord::term).containsExactly("қарыз");
        assertThat(analysis.detectLanguage("Қарыз өсуде, әрі қарай қиын болады")).isEqualTo("kk");
        assertThat(analysis.words("кредиты", null)).extracting(AnalyzedWord::term).containsExactly("кредит");
    }
}
