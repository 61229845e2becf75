package org.gloss.bench.suggest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.suggest.CodeSuggester;
import org.gloss.search.lucene.internal.analysis.LuceneTextAnalysis;
import org.gloss.suggest.internal.LocalSuggester;
import org.junit.jupiter.api.Test;

/** The benchmark runs at a small scale and prints its figures (speed is judged by running it, not here). */
class SuggestBenchmarkTest {
    @Test
    void printsTrainingAndSuggestionFigures() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        CommandContext context = new CommandContext() {
            public ProjectSession openProject(String location) {
                throw new UnsupportedOperationException();
            }

            public ProjectSession createProject(String location) {
                throw new UnsupportedOperationException();
            }

            @SuppressWarnings("unchecked")
            public <S> List<S> services(Class<S> type) {
                return type == CodeSuggester.class ? (List<S>) List.of(new LocalSuggester(new LuceneTextAnalysis())) : List.of();
            }

            public PrintWriter out() {
                return out;
            }

            public PrintWriter err() {
                return out;
            }
        };
        new SuggestBenchmark().run(context, null, 0.01, out);
        assertThat(text.toString()).contains("training: 1000 codings over 50 documents, 20 codes")
                .containsPattern("train: median [0-9.]+ s wall \\(min [0-9.]+ s\\), [0-9.]+ s process CPU \\(min [0-9.]+ s\\) of 3 runs")
                .containsPattern("suggest: median [0-9.]+ s wall \\(min [0-9.]+ s\\), [0-9.]+ s process CPU \\(min [0-9.]+ s\\) of 3 runs, "
                        + "[1-9][0-9]* suggestions");
    }
}
