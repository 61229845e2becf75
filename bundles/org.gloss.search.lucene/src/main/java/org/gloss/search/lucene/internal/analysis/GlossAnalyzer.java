package org.gloss.search.lucene.internal.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Gloss's analysis: Unicode word breaking, lower case, diacritic folding (Latin and Cyrillic),
 * and optionally stemming by script. No stop words are removed, so every word of a phrase counts
 * and can be a hit. Every filter keeps token offsets, which become hit offsets.
 */
public final class GlossAnalyzer extends Analyzer {
    /** Bump when the analysis changes, so that indexes built with an older one are rebuilt. */
    public static final String VERSION = "gloss-analysis-1";

    private final Language stemming;

    private GlossAnalyzer(Language stemming) {
        this.stemming = stemming;
    }

    /** Words as written, only case- and diacritic-folded: for exact words, wildcards and fuzzy terms. */
    public static GlossAnalyzer unstemmed() {
        return new GlossAnalyzer(null);
    }

    public static GlossAnalyzer stemmed(Language language) {
        return new GlossAnalyzer(language);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = fold(tokenizer);
        if (stemming != null) {
            stream = new ScriptStemFilter(stream, stemming);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return fold(in);
    }

    private static TokenStream fold(TokenStream in) {
        return new CyrillicFoldingFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in)));
    }
}
