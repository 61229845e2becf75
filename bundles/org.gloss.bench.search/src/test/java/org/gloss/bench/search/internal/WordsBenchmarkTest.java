package org.gloss.bench.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.gloss.analysis.internal.AnalysisEngine;
import org.gloss.api.analysis.WordFrequencies;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.search.SearchService;
import org.gloss.api.store.ProjectSession;
import org.gloss.search.lucene.internal.LuceneSearchService;
import org.gloss.search.lucene.internal.ProjectIndexes;
import org.gloss.search.lucene.internal.words.LuceneWordFrequencies;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words benchmark runs and prints its figures (small; the figures come from 'gloss bench words'). */
class WordsBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void printsEveryFigure() throws Exception {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        SqliteStoreProvider store = new SqliteStoreProvider();
        ProjectIndexes indexes = new ProjectIndexes();
        CommandContext context = new CommandContext() {
            @Override
            public ProjectSession openProject(String location) {
                return store.open(location);
            }

            @Override
            public ProjectSession createProject(String location) {
                return store.create(location);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <S> List<S> services(Class<S> type) {
                if (type == WordFrequencies.class) {
                    return (List<S>) List.of(new LuceneWordFrequencies(indexes, new AnalysisEngine()));
                }
                return type == SearchService.class ? (List<S>) List.of(new LuceneSearchService(indexes)) : List.of();
            }

            @Override
            public PrintWriter out() {
                return out;
            }

            @Override
            public PrintWriter err() {
                return out;
            }
        };
        try {
            new WordsBenchmark().run(context, dir, Double.parseDouble(System.getProperty("gloss.bench.scale", "0.01")), out);
        } finally {
            indexes.close();
        }
        System.out.print(text);
        assertThat(text.toString()).contains("corpus: ", "all words, stemmed", "unstemmed", "stop list", "one code's segments",
                "keyword-in-context lines", "target: ");
    }
}
