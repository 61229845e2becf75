package org.gloss.search.lucene.internal.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gloss.analysis.internal.AnalysisEngine;
import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.DocumentCondition;
import org.gloss.api.analysis.DocumentNamed;
import org.gloss.api.analysis.WordCount;
import org.gloss.api.analysis.WordRequest;
import org.gloss.api.analysis.WordTable;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchScope;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeValue;
import org.gloss.model.IntervalSet;
import org.gloss.search.lucene.internal.LuceneSearchService;
import org.gloss.search.lucene.internal.ProjectIndexes;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Word counts on random projects: unstemmed counts against a naive tokenizer (runs of letters,
 * lower case, ё as е) over the same documents and code regions, Kazakh words and their keyboard
 * variants included; stemmed counts against the number of search hits of the word.
 */
class WordsPropertyTest {
    private static final Map<String, String[]> WORDS = Map.of(
            "en", "debt debts debted road roads the a Road".split(" "),
            "ru", "кредит кредиты кредитов долг долги долгов ёлка елка".split(" "),
            "kk", "қарыз қарыздың қарызға қол кол көл ел елдер".split(" "));
    /** The Kazakh words above as typed without Kazakh letters. */
    private static final Set<String> KEYBOARD_VARIANTS = Set.of("карыз", "карыздын", "карызга", "кол");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @Property(tries = 60)
    void countsAgreeWithNaiveTokensAndWithSearch(@ForAll("seeds") long seed) throws Exception {
        Random random = new Random(seed);
        Path dir = Files.createTempDirectory("gloss-words");
        ProjectIndexes indexes = new ProjectIndexes();
        LuceneSearchService search = new LuceneSearchService(indexes);
        try (ProjectSession project = new SqliteStoreProvider().create(dir.resolve("p.gloss").toString())) {
            int documents = 1 + random.nextInt(4);
            List<String> texts = new ArrayList<>();
            List<String> languages = new ArrayList<>();
            long code = project.codebook().add("c", null, null, null).id();
            long coder = project.coders().getOrCreate("ann").id();
            Map<Integer, List<int[]>> codings = new HashMap<>();
            for (int d = 0; d < documents; d++) {
                String language = List.of("en", "ru", "kk").get(random.nextInt(3));
                String text = text(random, language);
                texts.add(text);
                languages.add(language);
                long id = project.documents().add(new NewDocument("d" + d, text, null,
                        Map.of("language", AttributeValue.text(language)))).id();
                int length = text.codePointCount(0, text.length());
                for (int i = random.nextInt(3); i > 0 && length > 1; i--) {
                    int start = random.nextInt(length - 1);
                    int end = start + 1 + random.nextInt(length - start - 1);
                    project.codings().add(new NewCoding(id, code, coder, start, end, null));
                    codings.computeIfAbsent(d, k -> new ArrayList<>()).add(new int[] {start, end});
                }
            }
            LuceneWordFrequencies words = new LuceneWordFrequencies(indexes, new AnalysisEngine());
            for (int round = 0; round < 3; round++) {
                List<Integer> chosen = new ArrayList<>();
                List<DocumentCondition> conditions = new ArrayList<>();
                for (int d = 0; d < documents; d++) {
                    if (random.nextInt(3) > 0) {
                        chosen.add(d);
                        conditions.add(new DocumentNamed("d" + d));
                    }
                }
                if (chosen.isEmpty()) {
                    for (int d = 0; d < documents; d++) {
                        chosen.add(d);
                    }
                }
                boolean inCode = random.nextBoolean();
                Set<String> stop = random.nextBoolean() ? Set.of("Debt", "ЁЛКА") : Set.of();
                WordRequest request = new WordRequest(AnalysisFilter.ALL.withDocuments(conditions), inCode ? "c" : null, null,
                        false, List.of(), stop, 0);
                WordTable table = words.count(project, request);
                Map<String, long[]> expected = naive(texts, chosen, inCode ? codings : null, Set.of("debt", "елка"), !stop.isEmpty());
                Map<String, String> actual = new TreeMap<>();
                table.words().forEach(w -> actual.put(w.word(), w.count() + " in " + w.documents()));
                Map<String, String> wanted = new TreeMap<>();
                expected.forEach((w, c) -> wanted.put(w, c[0] + " in " + c[1]));
                assertThat(actual).as("unstemmed, documents " + chosen + (inCode ? " in code" : "") + " stop " + stop).isEqualTo(wanted);

                // stemmed, in English and Russian documents, against search hits (Kazakh ones are
                // left out: search finds keyboard variants on purpose, word counts do not count them)
                List<String> names = new ArrayList<>();
                List<DocumentCondition> enRu = new ArrayList<>();
                for (int d : chosen) {
                    if (!languages.get(d).equals("kk")) {
                        names.add("d" + d);
                        enRu.add(new DocumentNamed("d" + d));
                    }
                }
                if (names.isEmpty()) {
                    continue;
                }
                WordRequest stemmed = new WordRequest(AnalysisFilter.ALL.withDocuments(enRu), inCode ? "c" : null, null, true,
                        List.of(), Set.of(), 0);
                for (WordCount w : words.count(project, stemmed).words()) {
                    if (w.forms().stream().anyMatch(f -> KEYBOARD_VARIANTS.contains(f.form()))) {
                        continue; // a search for "кол" finds қол and көл too, on purpose
                    }
                    SearchScope scope = new SearchScope(names, Map.of(), inCode ? "c" : null, null, null);
                    int hits = search.search(project, SearchQuery.words(w.word()).withScope(scope)).size();
                    assertThat(w.count()).as("stemmed " + w + " in " + names).isEqualTo(hits);
                    assertThat(words.occurrences(project, stemmed, w.stem(), 0)).hasSize((int) w.count());
                }
            }
        } finally {
            indexes.close();
            deleteAll(dir);
        }
    }

    private static String text(Random random, String language) {
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            String[] list = random.nextInt(5) == 0 ? WORDS.get(List.of("en", "ru", "kk").get(random.nextInt(3))) : WORDS.get(language);
            String word = list[random.nextInt(list.length)];
            if (random.nextInt(4) == 0) {
                word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            }
            text.append(word).append(List.of(" ", ". ", ", ", "; ").get(random.nextInt(4)));
        }
        return text.toString().strip();
    }

    /** word (lower case, ё as е) to {count, documents}, counting words inside the regions when given. */
    private static Map<String, long[]> naive(List<String> texts, List<Integer> chosen, Map<Integer, List<int[]>> regions,
                                             Set<String> stop, boolean useStop) {
        Map<String, long[]> counts = new HashMap<>();
        for (int d : chosen) {
            String text = texts.get(d);
            IntervalSet allowed = null;
            if (regions != null) {
                List<int[]> spans = regions.getOrDefault(d, List.of());
                if (spans.isEmpty()) {
                    continue;
                }
                int[] pairs = new int[spans.size() * 2];
                for (int i = 0; i < spans.size(); i++) {
                    pairs[2 * i] = spans.get(i)[0];
                    pairs[2 * i + 1] = spans.get(i)[1];
                }
                allowed = IntervalSet.of(pairs);
            }
            Set<String> seen = new HashSet<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                int start = text.codePointCount(0, m.start());
                int end = text.codePointCount(0, m.end());
                if (allowed != null && !allowed.covers(start, end)) {
                    continue;
                }
                String word = m.group().toLowerCase(Locale.ROOT).replace('ё', 'е');
                if (useStop && stop.contains(word)) {
                    continue;
                }
                long[] c = counts.computeIfAbsent(word, w -> new long[2]);
                c[0]++;
                if (seen.add(word)) {
                    c[1]++;
                }
            }
        }
        return counts;
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    static void deleteAll(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
