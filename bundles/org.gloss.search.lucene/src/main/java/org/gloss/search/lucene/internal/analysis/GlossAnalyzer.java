package org.gloss.search.lucene.internal.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Gloss's analysis: Unicode word breaking, lower case, diacritic folding (Latin, and Russian ё),
 * and optionally stemming by script. No stop words are removed, so every word of a phrase counts
 * and can be a hit. Every filter keeps token offsets, which become hit offsets.
 * <p>
 * Indexing and querying differ in one step: the index also holds each word with Kazakh letters
 * as typed without them ({@link KazakhVariantFilter}), a query is taken as typed. So "кол" finds
 * қол and көл, while "көл" finds only көл.
 */
public final class GlossAnalyzer extends Analyzer {
    /**
     * Bump when the analysis changes, so that indexes built with an older one are rebuilt.
     * 2: Kazakh stemming, one-way folding of the Kazakh letters.
     */
    public static final String VERSION = "gloss-analysis-2";

    private final Language stemming;
    private final boolean indexing;

    private GlossAnalyzer(Language stemming, boolean indexing) {
        this.stemming = stemming;
        this.indexing = indexing;
    }

    /** Words as written, only case- and diacritic-folded: for exact words, wildcards and fuzzy terms. */
    public static GlossAnalyzer unstemmed(boolean indexing) {
        return new GlossAnalyzer(null, indexing);
    }

    public static GlossAnalyzer stemmed(Language language, boolean indexing) {
        return new GlossAnalyzer(language, indexing);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = fold(tokenizer);
        if (indexing) {
            stream = new KazakhVariantFilter(stream);
        }
        if (stemming != null) {
            stream = new ScriptStemFilter(stream, stemming);
            if (indexing) {
                // a word and its keyboard variant often have the same stem (елдің, елдин → ел)
                stream = new RemoveDuplicatesTokenFilter(stream);
            }
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
