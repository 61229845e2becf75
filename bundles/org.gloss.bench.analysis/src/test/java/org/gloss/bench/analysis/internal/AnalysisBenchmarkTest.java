package org.gloss.bench.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.gloss.analysis.internal.AnalysisEngine;
import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs and prints every figure (on a small project; the figures come from 'gloss bench analysis'). */
class AnalysisBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void printsEveryFigure() throws Exception {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        SqliteStoreProvider store = new SqliteStoreProvider();
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
                return type == AnalysisService.class ? (List<S>) List.of(new AnalysisEngine()) : List.of();
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
        double scale = Double.parseDouble(System.getProperty("gloss.bench.scale", "0.01"));
        new AnalysisBenchmark().run(context, dir, scale, out);
        System.out.print(text);
        assertThat(text.toString()).contains("project: ", "read for analysis", "co-occurrence, every pair of 200 codes",
                "slowest code query", "NEAR/1s", "matrix codes x", "frequencies by code", "targets: ");
    }
}
