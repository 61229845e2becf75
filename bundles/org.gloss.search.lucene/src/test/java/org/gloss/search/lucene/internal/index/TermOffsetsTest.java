package org.gloss.search.lucene.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.gloss.api.search.IndexProgress;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.search.lucene.internal.query.QueryCompiler;
import org.gloss.search.lucene.internal.query.QueryCompiler.CompiledQuery;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading offsets by walking each term's postings once (and moving one phrase matcher per
 * segment from document to document) gives exactly the spans of Lucene's Matches API, for every
 * kind of query it is used for; other query parts still go to the Matches API.
 */
class TermOffsetsTest {
    @TempDir
    Path dir;

    @Test
    void walkingThePostingsFindsWhatTheMatchesApiFinds() throws Exception {
        Path location = dir.resolve("p.gloss");
        try (ProjectSession project = new SqliteStoreProvider().create(location.toString());
             ProjectIndex index = new ProjectIndex(IndexLocation.of(location.toString()))) {
            String[] english = {"debt", "debts", "loan", "loans", "China", "road", "roads", "credit", "the", "a"};
            String[] russian = {"кредит", "кредиты", "кредитов", "долг", "долги", "дорога", "Китай"};
            java.util.Random random = new java.util.Random(3);
            for (int i = 0; i < 40; i++) {
                StringBuilder text = new StringBuilder("😀 ");
                String[] words = i % 3 == 0 ? russian : english;
                for (int w = 0; w < 60; w++) {
                    text.append(words[random.nextInt(words.length)]).append(w % 9 == 8 ? ".\n\n" : " ");
                }
                project.documents().add(new NewDocument("doc" + i, text.toString()));
            }
            index.refresh(project, DocumentKey.of(project.documents()), IndexProgress.SILENT);

            for (String query : List.of("debt", "debt OR кредит", "debt AND China", "+road -loans", "deb*", "кред*",
                    "credit~", "lo?n", "(debt OR loan) AND NOT the", "debt AND (China OR дорога)", "[a TO c]",
                    "/lo.ns/", "\"debt China\"", "\"the road\"", "\"debt China\"~5", "\"China debt\"~3",
                    "\"debt debt\"~4", "\"debt the road\"~6", "\"долг дорога\"~3", "\"кредиты долги\"",
                    "debt OR \"two roads\"", "\"the road\" AND NOT loans", "\"loan road\"~2 OR кред*",
                    "+\"the a\" +China", "\"road the\"~1 -credit")) {
                for (boolean stemming : List.of(true, false)) {
                    CompiledQuery compiled = QueryCompiler.compile(query, stemming);
                    assertThat(TermOffsets.of(compiled.query(), java.util.Set.copyOf(compiled.textFields()))).as(query)
                            .isPresent();
                    Map<Long, List<CharSpan>> byTerms = sorted(index.find(compiled.query(), compiled.textFields(), id -> true));
                    Map<Long, List<CharSpan>> byMatches = sorted(index.find(compiled.query(), compiled.textFields(),
                            id -> true, true).spans());
                    assertThat(byTerms).as(query + " stemming " + stemming).isEqualTo(byMatches);
                    if (!query.contains("NOT") && !query.contains("-")) {
                        assertThat(byTerms).as(query).isNotEmpty();
                    }
                }
            }
            // a document filter applies to both ways
            CompiledQuery debt = QueryCompiler.compile("debt", true);
            assertThat(sorted(index.find(debt.query(), debt.textFields(), id -> id % 2 == 0)).keySet())
                    .allMatch(id -> id % 2 == 0).isNotEmpty();
        }
    }

    @Test
    void queryPartsOtherThanTermsPatternsAndPhrasesAreLeftToTheMatchesApi() {
        String field = IndexSchema.PLAIN;
        Query multiPhrase = new MultiPhraseQuery.Builder()
                .add(new Term[] {new Term(field, "debt"), new Term(field, "loan")})
                .add(new Term(field, "china")).build();
        assertThat(TermOffsets.of(multiPhrase, java.util.Set.of(field))).isEmpty();
        Query withAll = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(field, "debt")), BooleanClause.Occur.SHOULD)
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.SHOULD).build();
        assertThat(TermOffsets.of(withAll, java.util.Set.of(field))).isEmpty();
        for (String query : List.of("\"debt China\"", "\"debt China\"~5", "debt OR \"two roads\"")) {
            CompiledQuery compiled = QueryCompiler.compile(query, true);
            assertThat(TermOffsets.of(compiled.query(), java.util.Set.copyOf(compiled.textFields()))).as(query).isPresent();
        }
    }

    private static Map<Long, List<CharSpan>> sorted(Map<Long, List<CharSpan>> spans) {
        Map<Long, List<CharSpan>> sorted = new TreeMap<>();
        spans.forEach((id, list) -> {
            List<CharSpan> copy = new ArrayList<>(list);
            copy.sort(Comparator.comparingInt(CharSpan::start).thenComparingInt(CharSpan::end));
            sorted.put(id, copy);
        });
        return sorted;
    }
}
