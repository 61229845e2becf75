package org.gloss.search.lucene.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ExactPhraseMatcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SloppyPhraseMatcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The match offsets of a query made of words, word patterns and phrases (terms, wildcards, fuzzy
 * terms, "exact phrases" and "proximity"~N, combined with AND/OR/NOT), read by walking each
 * matching term's postings once per segment. For such queries Lucene's Matches API reports
 * exactly these spans (every occurrence, in a matching document, of every term and every phrase
 * match that is not prohibited) but starts over for every document: it looks up the terms again
 * (and expands a wildcard again, and opens new postings for a phrase's words) per document, which
 * made broad queries slow. A phrase's matches come from Lucene's own phrase matchers (exact or
 * sloppy, as {@code PhraseWeight.matches} uses them), made once per segment and moved from
 * document to document. Anything else in a query leaves it to the Matches API ({@link #of}
 * gives nothing).
 */
final class TermOffsets {
    private final List<Term> terms;
    private final List<MultiTermQuery> patterns;
    private final List<PhraseQuery> phrases;

    private TermOffsets(List<Term> terms, List<MultiTermQuery> patterns, List<PhraseQuery> phrases) {
        this.terms = terms;
        this.patterns = patterns;
        this.phrases = phrases;
    }

    /** The terms, patterns and phrases of a rewritten query in these fields, or empty if it has other parts. */
    static Optional<TermOffsets> of(Query rewritten, Set<String> fields) {
        if (hasNestedAndOrNot(rewritten, true)) {
            // as in "(debt AND China) OR credit": whether the words of the inner AND are matches
            // depends on the document, which only the Matches API checks
            return Optional.empty();
        }
        Collector collector = new Collector(fields);
        rewritten.visit(collector);
        return collector.supported
                ? Optional.of(new TermOffsets(collector.terms, collector.patterns, collector.phrases))
                : Optional.empty();
    }

    /** Whether a boolean query below the top level has required or prohibited clauses. */
    private static boolean hasNestedAndOrNot(Query query, boolean top) {
        Query q = query instanceof BoostQuery boost ? boost.getQuery() : query;
        if (!(q instanceof BooleanQuery bool)) {
            return false;
        }
        for (BooleanClause clause : bool.clauses()) {
            if (!top && clause.getOccur() != BooleanClause.Occur.SHOULD) {
                return true;
            }
            if (hasNestedAndOrNot(clause.getQuery(), false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the spans of every term occurrence in the given documents of a segment.
     *
     * @param docs        segment-local document numbers, ascending
     * @param documentIds the store id of each of {@code docs}
     */
    void collect(LeafReader reader, int[] docs, long[] documentIds, Map<Long, List<CharSpan>> spans) throws IOException {
        if (docs.length == 0) {
            return;
        }
        PostingsEnum reuse = null;
        for (Term term : terms) {
            Terms indexed = reader.terms(term.field());
            if (indexed == null) {
                continue;
            }
            TermsEnum each = indexed.iterator();
            if (each.seekExact(term.bytes())) {
                reuse = each.postings(reuse, PostingsEnum.OFFSETS);
                walk(reuse, docs, documentIds, spans);
            }
        }
        for (MultiTermQuery pattern : patterns) {
            Terms indexed = reader.terms(pattern.getField());
            if (indexed == null) {
                continue;
            }
            TermsEnum each = pattern.getTermsEnum(indexed);
            while (each.next() != null) {
                reuse = each.postings(reuse, PostingsEnum.OFFSETS);
                walk(reuse, docs, documentIds, spans);
            }
        }
        for (PhraseQuery phrase : phrases) {
            collect(reader, phrase, docs, documentIds, spans);
        }
    }

    /** Adds the spans of a phrase's matches in the given documents of a segment. */
    private static void collect(LeafReader reader, PhraseQuery phrase, int[] docs, long[] documentIds,
                                Map<Long, List<CharSpan>> spans) throws IOException {
        Terms indexed = reader.terms(phrase.getField());
        if (indexed == null) {
            return;
        }
        Term[] words = phrase.getTerms();
        int[] positions = phrase.getPositions();
        PostingsEnum[] postings = new PostingsEnum[words.length];
        PhraseQuery.PostingsAndFreq[] ordered = new PhraseQuery.PostingsAndFreq[words.length];
        for (int i = 0; i < words.length; i++) {
            TermsEnum each = indexed.iterator();
            if (!each.seekExact(words[i].bytes())) {
                return; // a word missing from the segment: the phrase has no match in it
            }
            postings[i] = each.postings(null, PostingsEnum.OFFSETS);
            ordered[i] = new PhraseQuery.PostingsAndFreq(postings[i], new SlowImpactsEnum(postings[i]), positions[i],
                    words[i]);
        }
        PhraseSpans matcher = PhraseSpans.of(ordered, phrase.getSlop());
        for (int i = 0; i < docs.length; i++) {
            if (!onDocument(postings, docs[i])) {
                continue; // the document matched the query through another clause
            }
            matcher.reset();
            List<CharSpan> found = null;
            while (matcher.nextMatch()) {
                int start = matcher.startOffset();
                int end = matcher.endOffset();
                if (start >= 0 && end > start) {
                    if (found == null) {
                        found = spans.computeIfAbsent(documentIds[i], k -> new ArrayList<>());
                    }
                    found.add(new CharSpan(start, end));
                }
            }
        }
    }

    /** Moves every word's postings to the document; whether all of them have it. */
    private static boolean onDocument(PostingsEnum[] postings, int doc) throws IOException {
        boolean all = true;
        for (PostingsEnum p : postings) {
            int at = p.docID() < doc ? p.advance(doc) : p.docID();
            all &= at == doc;
        }
        return all;
    }

    /**
     * Lucene's phrase matcher of a phrase, exact or sloppy, made as {@code PhraseWeight} makes it
     * for the Matches API (same order of the words, offsets captured), so that it finds the same
     * matches. Their offset methods are only public on the two concrete classes.
     */
    private static final class PhraseSpans {
        /** Scores are not used; the matchers only need one to exist. */
        private static final Similarity.SimScorer NO_SCORES = new Similarity.SimScorer() {
            @Override
            public float score(float freq, long norm) {
                return 1f;
            }
        };
        private final ExactPhraseMatcher exact;
        private final SloppyPhraseMatcher sloppy;

        private PhraseSpans(ExactPhraseMatcher exact, SloppyPhraseMatcher sloppy) {
            this.exact = exact;
            this.sloppy = sloppy;
        }

        static PhraseSpans of(PhraseQuery.PostingsAndFreq[] postings, int slop) {
            if (slop == 0) {
                ArrayUtil.timSort(postings);
                return new PhraseSpans(new ExactPhraseMatcher(postings, ScoreMode.COMPLETE_NO_SCORES, NO_SCORES, 0f), null);
            }
            return new PhraseSpans(null,
                    new SloppyPhraseMatcher(postings, slop, ScoreMode.COMPLETE_NO_SCORES, NO_SCORES, 0f, true));
        }

        void reset() throws IOException {
            if (exact != null) {
                exact.reset();
            } else {
                sloppy.reset();
            }
        }

        boolean nextMatch() throws IOException {
            return exact != null ? exact.nextMatch() : sloppy.nextMatch();
        }

        int startOffset() throws IOException {
            return exact != null ? exact.startOffset() : sloppy.startOffset();
        }

        int endOffset() throws IOException {
            return exact != null ? exact.endOffset() : sloppy.endOffset();
        }
    }

    /** Leapfrogs one term's postings with the matching documents. */
    private static void walk(PostingsEnum postings, int[] docs, long[] documentIds, Map<Long, List<CharSpan>> spans)
            throws IOException {
        int i = 0;
        int doc = postings.nextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS && i < docs.length) {
            if (doc < docs[i]) {
                doc = postings.advance(docs[i]);
            } else if (doc > docs[i]) {
                i++;
            } else {
                List<CharSpan> found = spans.computeIfAbsent(documentIds[i], k -> new ArrayList<>());
                for (int n = postings.freq(); n > 0; n--) {
                    postings.nextPosition();
                    int start = postings.startOffset();
                    int end = postings.endOffset();
                    if (start >= 0 && end > start) {
                        found.add(new CharSpan(start, end));
                    }
                }
                i++;
                doc = postings.nextDoc();
            }
        }
    }

    /** Walks the query: collects terms, patterns and phrases of the text fields, notices anything else. */
    private static final class Collector extends QueryVisitor {
        private final Set<String> fields;
        private final List<Term> terms = new ArrayList<>();
        private final List<MultiTermQuery> patterns = new ArrayList<>();
        private final List<PhraseQuery> phrases = new ArrayList<>();
        private boolean supported = true;

        Collector(Set<String> fields) {
            this.fields = fields;
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            // prohibited clauses give no matches
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }

        @Override
        public void consumeTerms(Query query, Term... consumed) {
            if (query instanceof PhraseQuery phrase) {
                if (fields.contains(phrase.getField())) {
                    phrases.add(phrase);
                }
                return;
            }
            if (!(query instanceof TermQuery)) {
                supported = false; // e.g. a multi-phrase or synonym query: left to the Matches API
                return;
            }
            for (Term term : consumed) {
                if (fields.contains(term.field())) {
                    terms.add(term);
                }
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            if (!(query instanceof MultiTermQuery pattern)) {
                supported = false;
                return;
            }
            if (fields.contains(field)) {
                patterns.add(pattern);
            }
        }

        @Override
        public void visitLeaf(Query query) {
            supported = false; // a query part that is neither a term nor a pattern
        }
    }
}
