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
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The match offsets of a query made only of words and word patterns (terms, wildcards, fuzzy
 * terms, combined with AND/OR/NOT), read by walking each matching term's postings once per
 * segment. For such queries Lucene's Matches API reports exactly these spans (every occurrence,
 * in a matching document, of every term that is not prohibited) but starts over for every
 * document: it looks up the terms again (and expands a wildcard again) per document, which
 * made broad queries slow. Phrases and proximity need positions in relation to each other, so
 * they are left to the Matches API ({@link #of} gives nothing).
 */
final class TermOffsets {
    private final List<Term> terms;
    private final List<MultiTermQuery> patterns;

    private TermOffsets(List<Term> terms, List<MultiTermQuery> patterns) {
        this.terms = terms;
        this.patterns = patterns;
    }

    /** The terms and patterns of a rewritten query in these fields, or empty if it has phrases or other parts. */
    static Optional<TermOffsets> of(Query rewritten, Set<String> fields) {
        Collector collector = new Collector(fields);
        rewritten.visit(collector);
        return collector.supported ? Optional.of(new TermOffsets(collector.terms, collector.patterns)) : Optional.empty();
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

    /** Walks the query: collects terms and patterns of the text fields, notices anything else. */
    private static final class Collector extends QueryVisitor {
        private final Set<String> fields;
        private final List<Term> terms = new ArrayList<>();
        private final List<MultiTermQuery> patterns = new ArrayList<>();
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
            if (!(query instanceof TermQuery)) {
                supported = false; // a phrase: its matches depend on the terms' positions
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
