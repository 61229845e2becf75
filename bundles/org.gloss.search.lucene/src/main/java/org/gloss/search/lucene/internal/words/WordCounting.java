package org.gloss.search.lucene.internal.words;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.gloss.api.analysis.WordCount;
import org.gloss.api.analysis.WordForm;
import org.gloss.api.analysis.WordRequest;
import org.gloss.api.analysis.WordTable;
import org.gloss.model.IntervalSet;
import org.gloss.search.lucene.internal.analysis.Language;
import org.gloss.search.lucene.internal.analysis.WordForms;
import org.gloss.search.lucene.internal.index.IndexSchema;

/**
 * Counts words from the index's own terms and postings (nothing is tokenized again): every word
 * of the unstemmed field is a form; with stemming, forms with the same stem (as the index stems
 * them in each document's language) are one word. Two corrections make the counts exact: a word
 * with Kazakh letters is indexed twice at one place (as written and as typed without them), so a
 * form's occurrences that are such variants are subtracted; and in regions (a code's segments, a
 * speaker's turns) only occurrences lying inside a region count, as search decides it.
 */
final class WordCounting {
    /** How a form is stemmed: by script, and for Cyrillic by the document's language. */
    static final int AS_WRITTEN_OR_LATIN = 0;
    static final int CYRILLIC_IN_KAZAKH = 1;
    static final int CYRILLIC_OTHER = 2;

    private final WordRequest request;
    private final ScopedIndex scoped;
    private final StopWords stops;
    private final WordForms forms = new WordForms();

    WordCounting(WordRequest request, ScopedIndex scoped, StopWords stops) {
        this.request = request;
        this.scoped = scoped;
        this.stops = stops;
    }

    /** A form in one stemming class. */
    record FormKey(String word, int stemming) {
    }

    /** What was counted of a form. */
    private static final class FormStats {
        long count;
        int documents;
        /** Global document numbers, kept when the form's word has several forms or Kazakh variants. */
        IntList docs;
        /** Occurrences in each of {@link #docs}, kept for Kazakh variant corrections. */
        IntList counts;
    }

    /** The class a form of a document of this language is stemmed in. */
    int stemmingClass(String word, Language language) {
        if (!request.stemming() || !WordForms.isCyrillic(word)) {
            return AS_WRITTEN_OR_LATIN;
        }
        return language == Language.KAZAKH ? CYRILLIC_IN_KAZAKH : CYRILLIC_OTHER;
    }

    String stem(FormKey form) {
        if (!request.stemming() || !WordForms.isStemmable(form.word())) {
            return form.word();
        }
        Language language = switch (form.stemming()) {
            case CYRILLIC_IN_KAZAKH -> Language.KAZAKH;
            case CYRILLIC_OTHER -> Language.RUSSIAN;
            default -> Language.ENGLISH;
        };
        return forms.stem(form.word(), language);
    }

    /** The vocabulary: which forms could occur, their stems, and which words have Kazakh variants. */
    private final class Vocabulary {
        final Map<String, Integer> groupSizes = new HashMap<>();
        final Map<FormKey, String> stems = new HashMap<>();
        /** Variant (as typed without Kazakh letters) to the words it stands for. */
        final Map<String, List<String>> sources = new HashMap<>();
        final Set<String> variants = new HashSet<>();

        Vocabulary(DirectoryReader reader) throws IOException {
            boolean kazakh = false;
            boolean other = false;
            for (LeafReaderContext leaf : reader.leaves()) {
                int[] positions = scoped.positions(leaf);
                Language[] languages = scoped.languages(leaf);
                for (int doc = 0; doc < positions.length; doc++) {
                    if (positions[doc] >= 0) {
                        kazakh |= languages[doc] == Language.KAZAKH;
                        other |= languages[doc] != Language.KAZAKH;
                    }
                }
            }
            Set<String> words = new HashSet<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(IndexSchema.PLAIN);
                if (terms == null) {
                    continue;
                }
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    words.add(term.utf8ToString());
                }
            }
            for (String word : words) {
                if (WordForms.hasKazakhLetters(word)) {
                    sources.computeIfAbsent(WordForms.withoutKazakhLetters(word), v -> new ArrayList<>()).add(word);
                }
                boolean cyrillic = request.stemming() && WordForms.isCyrillic(word);
                if (!cyrillic) {
                    add(new FormKey(word, AS_WRITTEN_OR_LATIN));
                } else {
                    if (kazakh) {
                        add(new FormKey(word, CYRILLIC_IN_KAZAKH));
                    }
                    if (other) {
                        add(new FormKey(word, CYRILLIC_OTHER));
                    }
                }
            }
            for (String variant : sources.keySet()) {
                if (words.contains(variant)) {
                    variants.add(variant);
                }
            }
        }

        private void add(FormKey form) {
            String stem = stem(form);
            stems.put(form, stem);
            groupSizes.merge(stem, 1, Integer::sum);
        }

        /** Whether a form needs its documents listed: its word has several forms, or takes part in Kazakh variants. */
        boolean tracked(FormKey form) {
            return groupSizes.getOrDefault(stems.get(form), 1) > 1 || variants.contains(form.word())
                    || WordForms.hasKazakhLetters(form.word());
        }
    }

    WordTable count(DirectoryReader reader) throws IOException {
        Vocabulary vocabulary = new Vocabulary(reader);
        Map<FormKey, FormStats> stats = new HashMap<>();
        /** Occurrences of words with Kazakh letters, stop words included, per form: their variants are subtracted. */
        Map<FormKey, FormStats> sources = new HashMap<>();
        PostingsEnum postings = null;
        int flags = scoped.anyRegions() ? PostingsEnum.OFFSETS : PostingsEnum.FREQS;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(IndexSchema.PLAIN);
            if (terms == null) {
                continue;
            }
            int[] positions = scoped.positions(leaf);
            Language[] languages = scoped.languages(leaf);
            TermsEnum each = terms.iterator();
            FormStats[] counted = new FormStats[3];
            FormStats[] variants = new FormStats[3];
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                String word = term.utf8ToString();
                boolean kazakhLetters = WordForms.hasKazakhLetters(word);
                boolean stopWord = stops.always(word);
                if (stopWord && !kazakhLetters) {
                    continue;
                }
                java.util.Arrays.fill(counted, null);
                java.util.Arrays.fill(variants, null);
                boolean cyrillic = WordForms.isCyrillic(word);
                postings = each.postings(postings, flags);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    int position = positions[doc];
                    if (position < 0) {
                        continue;
                    }
                    int n = occurrences(postings, scoped.regions(position));
                    if (n == 0) {
                        continue;
                    }
                    // the stemming class, looked up without making a key per posting
                    int stemming = !request.stemming() || !cyrillic ? AS_WRITTEN_OR_LATIN
                            : languages[doc] == Language.KAZAKH ? CYRILLIC_IN_KAZAKH : CYRILLIC_OTHER;
                    int global = leaf.docBase + doc;
                    if (kazakhLetters) {
                        if (variants[stemming] == null) {
                            variants[stemming] = sources.computeIfAbsent(new FormKey(word, stemming), f -> tracked());
                        }
                        add(variants[stemming], global, n, true);
                    }
                    if (!stopWord && !(stops.perLanguage() && stops.in(word, languages[doc]))) {
                        FormStats c = counted[stemming];
                        if (c == null) {
                            FormKey form = new FormKey(word, stemming);
                            c = stats.get(form);
                            if (c == null) {
                                c = vocabulary.tracked(form) ? tracked() : new FormStats();
                                stats.put(form, c);
                            }
                            counted[stemming] = c;
                        }
                        add(c, global, n, c.docs != null);
                    }
                }
            }
        }
        subtractVariants(stats, sources, vocabulary);
        return table(stats, vocabulary);
    }

    private static FormStats tracked() {
        FormStats s = new FormStats();
        s.docs = new IntList();
        s.counts = new IntList();
        return s;
    }

    private static void add(FormStats s, int doc, int n, boolean list) {
        s.count += n;
        s.documents++;
        if (list) {
            s.docs.add(doc);
            s.counts.add(n);
        }
    }

    /** Occurrences of the current posting's term in the document, only those inside the regions when there are any. */
    private static int occurrences(PostingsEnum postings, IntervalSet regions) throws IOException {
        if (regions == null) {
            return postings.freq();
        }
        int n = 0;
        for (int i = postings.freq(); i > 0; i--) {
            postings.nextPosition();
            int start = postings.startOffset();
            int end = postings.endOffset();
            if (start >= 0 && end > start && regions.covers(start, end)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A form that is also the Kazakh-keyboard variant of other forms was counted where it is
     * written and where it only stands for them: subtract, document by document, their occurrences.
     */
    private static void subtractVariants(Map<FormKey, FormStats> stats, Map<FormKey, FormStats> sources, Vocabulary vocabulary) {
        for (Map.Entry<FormKey, FormStats> e : stats.entrySet()) {
            FormKey form = e.getKey();
            List<String> words = vocabulary.sources.get(form.word());
            if (words == null) {
                continue;
            }
            Map<Integer, Integer> variantCounts = new HashMap<>();
            for (String source : words) {
                FormStats s = sources.get(new FormKey(source, form.stemming()));
                if (s != null) {
                    for (int i = 0; i < s.docs.size(); i++) {
                        variantCounts.merge(s.docs.get(i), s.counts.get(i), Integer::sum);
                    }
                }
            }
            FormStats s = e.getValue();
            IntList docs = new IntList();
            IntList counts = new IntList();
            long total = 0;
            for (int i = 0; i < s.docs.size(); i++) {
                int genuine = s.counts.get(i) - variantCounts.getOrDefault(s.docs.get(i), 0);
                if (genuine > 0) {
                    docs.add(s.docs.get(i));
                    counts.add(genuine);
                    total += genuine;
                }
            }
            s.docs = docs;
            s.counts = counts;
            s.count = total;
            s.documents = docs.size();
        }
        stats.values().removeIf(s -> s.count == 0);
    }

    /**
     * Every occurrence counted for the word with this stem, as (document position in scope, UTF-16
     * start, end), in scope order and text order.
     */
    List<int[]> occurrences(DirectoryReader reader, String stem) throws IOException {
        Vocabulary vocabulary = new Vocabulary(reader);
        Set<FormKey> wanted = new HashSet<>();
        Set<String> words = new java.util.TreeSet<>();
        vocabulary.stems.forEach((form, s) -> {
            if (s.equals(stem)) {
                wanted.add(form);
                words.add(form.word());
            }
        });
        List<int[]> found = new ArrayList<>();
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(IndexSchema.PLAIN);
            if (terms == null) {
                continue;
            }
            int[] positions = scoped.positions(leaf);
            Language[] languages = scoped.languages(leaf);
            for (String word : words) {
                // where a word with Kazakh letters stands, its keyboard variant is not an occurrence of its own
                Set<Long> variantPlaces = new HashSet<>();
                for (String source : vocabulary.sources.getOrDefault(word, List.of())) {
                    TermsEnum each = terms.iterator();
                    if (each.seekExact(new BytesRef(source))) {
                        postings = each.postings(postings, PostingsEnum.OFFSETS);
                        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                            for (int i = postings.freq(); i > 0; i--) {
                                postings.nextPosition();
                                variantPlaces.add(((long) doc << 32) | postings.startOffset());
                            }
                        }
                    }
                }
                TermsEnum each = terms.iterator();
                if (!each.seekExact(new BytesRef(word))) {
                    continue;
                }
                postings = each.postings(postings, PostingsEnum.OFFSETS);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    int position = positions[doc];
                    if (position < 0 || !wanted.contains(new FormKey(word, stemmingClass(word, languages[doc])))
                            || stops.in(word, languages[doc])) {
                        continue;
                    }
                    IntervalSet regions = scoped.regions(position);
                    for (int i = postings.freq(); i > 0; i--) {
                        postings.nextPosition();
                        int start = postings.startOffset();
                        int end = postings.endOffset();
                        if (start < 0 || end <= start || (regions != null && !regions.covers(start, end))
                                || variantPlaces.contains(((long) doc << 32) | start)) {
                            continue;
                        }
                        found.add(new int[] {position, start, end});
                    }
                }
            }
        }
        found.sort(Comparator.<int[]>comparingInt(o -> o[0]).thenComparingInt(o -> o[1]));
        return found;
    }

    private WordTable table(Map<FormKey, FormStats> stats, Vocabulary vocabulary) {
        Map<String, List<Map.Entry<FormKey, FormStats>>> groups = new HashMap<>();
        for (Map.Entry<FormKey, FormStats> e : stats.entrySet()) {
            groups.computeIfAbsent(vocabulary.stems.get(e.getKey()), g -> new ArrayList<>()).add(e);
        }
        int maxDoc = 0;
        for (FormStats s : stats.values()) {
            if (s.docs != null) {
                for (int i = 0; i < s.docs.size(); i++) {
                    maxDoc = Math.max(maxDoc, s.docs.get(i) + 1);
                }
            }
        }
        int[] seenBy = new int[maxDoc];
        java.util.Arrays.fill(seenBy, -1);
        List<WordCount> words = new ArrayList<>(groups.size());
        long total = 0;
        int groupNumber = 0;
        for (Map.Entry<String, List<Map.Entry<FormKey, FormStats>>> group : groups.entrySet()) {
            Map<String, Long> formCounts = new HashMap<>();
            long count = 0;
            int documents;
            if (group.getValue().size() == 1) {
                FormStats s = group.getValue().get(0).getValue();
                documents = s.documents;
            } else {
                documents = 0;
                for (Map.Entry<FormKey, FormStats> form : group.getValue()) {
                    IntList docs = form.getValue().docs;
                    for (int i = 0; i < docs.size(); i++) {
                        if (seenBy[docs.get(i)] != groupNumber) {
                            seenBy[docs.get(i)] = groupNumber;
                            documents++;
                        }
                    }
                }
            }
            for (Map.Entry<FormKey, FormStats> form : group.getValue()) {
                formCounts.merge(form.getKey().word(), form.getValue().count, Long::sum);
                count += form.getValue().count;
            }
            groupNumber++;
            List<WordForm> ordered = formCounts.entrySet().stream()
                    .map(f -> new WordForm(f.getKey(), f.getValue()))
                    .sorted(Comparator.comparingLong(WordForm::count).reversed().thenComparing(WordForm::form))
                    .toList();
            words.add(new WordCount(ordered.get(0).form(), group.getKey(), count, documents, ordered));
            total += count;
        }
        words.sort(Comparator.comparingLong(WordCount::count).reversed().thenComparing(WordCount::word)
                .thenComparing(WordCount::stem));
        int distinct = words.size();
        List<WordCount> shown = request.top() > 0 && words.size() > request.top() ? words.subList(0, request.top()) : words;
        return new WordTable(request, shown, total, distinct, scoped.scope.documents().size());
    }
}
