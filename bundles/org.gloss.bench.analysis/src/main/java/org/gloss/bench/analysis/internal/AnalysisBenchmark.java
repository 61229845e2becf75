package org.gloss.bench.analysis.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.CodeQuery;
import org.gloss.api.analysis.CooccurrenceRequest;
import org.gloss.api.analysis.FrequencyBy;
import org.gloss.api.analysis.FrequencyRequest;
import org.gloss.api.analysis.MatrixColumns;
import org.gloss.api.analysis.MatrixRequest;
import org.gloss.api.analysis.MatrixValue;
import org.gloss.api.analysis.ProjectAnalysis;
import org.gloss.api.analysis.Proximity;
import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;
import org.osgi.service.component.annotations.Component;

/**
 * {@code gloss bench analysis}: the figures on generated data (200 codes, 100,000 codings,
 * 5,000 documents at scale 1): reading the project for analysis, co-occurrence of every pair of
 * codes, code queries of every operator, code x document and crosstab matrices, frequencies.
 * The analyses are timed on a project already read (what the workbench holds); reading it is
 * timed on its own.
 */
@Component(service = Benchmark.class)
public class AnalysisBenchmark implements Benchmark {
    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    @Override
    public String name() {
        return "analysis";
    }

    @Override
    public String description() {
        return "co-occurrence, code queries, matrices, frequencies (200 codes, 100,000 codings, 5,000 documents)";
    }

    @Override
    public void run(CommandContext context, Path work, double scale, PrintWriter out) {
        AnalysisService service = context.services(AnalysisService.class).stream().findFirst()
                .orElseThrow(() -> new GlossException("no analysis service is installed (the org.gloss.analysis bundle is missing)"));
        try (ProjectSession project = context.createProject(work.resolve("bench.gloss").toString())) {
            long t0 = System.nanoTime();
            List<String> codes = SyntheticProject.write(project, scale, 16);
            out.printf(Locale.ROOT, "project: %d documents, %d codes, %d codings, written in %.1f s%n",
                    project.documents().list().size(), codes.size(), project.codings().count(), (System.nanoTime() - t0) / 1e9);
            out.flush();
            report(out, "read for analysis (documents, codebook, codings) and query one code", Timer.time(1, 5,
                    () -> service.open(project).query(CodeQuery.of("=\"theme 0.0\""))));
            ProjectAnalysis analysis = service.open(project);

            Timer.Timing cooccurrence = Timer.time(WARM_UP, RUNS, () -> analysis.cooccurrence(CooccurrenceRequest.all()));
            report(out, "co-occurrence, every pair of " + codes.size() + " codes, overlap (target < 300 ms)", cooccurrence);
            report(out, "co-occurrence, near:100", Timer.time(WARM_UP, RUNS, () -> analysis.cooccurrence(
                    new CooccurrenceRequest(List.of(), null, new Proximity(Proximity.Kind.NEAR, 100)))));
            report(out, "co-occurrence, same coder", Timer.time(WARM_UP, RUNS, () -> analysis.cooccurrence(
                    new CooccurrenceRequest(List.of(), AnalysisFilter.ALL.withSameCoder(true), Proximity.OVERLAP))));
            report(out, "co-occurrence, document", Timer.time(WARM_UP, RUNS, () -> analysis.cooccurrence(
                    new CooccurrenceRequest(List.of(), null, Proximity.DOCUMENT))));
            out.flush();

            double slowest = 0;
            String[] queries = {
                "\"theme 1\" AND \"theme 2\"",
                "\"theme 1\" OR \"theme 2\" OR \"theme 3\"",
                "\"theme 1\" NOT \"theme 2\"",
                "NOT \"theme 4\"",
                "\"theme 1\" OVERLAPS \"theme 2\"",
                "\"theme 1.1\" WITHIN \"theme 2\"",
                "\"theme 1\" NEAR/50 \"theme 2\"",
                "\"theme 1\" FOLLOWED BY/200 \"theme 2\"",
                "(\"theme 1\" AND \"theme 2\") OR (=\"theme 3\" NOT \"theme 4\") OVERLAPS \"theme 5\"",
            };
            for (String query : queries) {
                int[] found = new int[1];
                Timer.Timing timing = Timer.time(WARM_UP, RUNS, () -> found[0] = analysis.query(new CodeQuery(query, null, 0)).segments().size());
                slowest = Math.max(slowest, timing.cpuMedian());
                report(out, "query " + query + " (" + found[0] + " segments, with their texts)", timing);
            }
            out.printf(Locale.ROOT, "slowest code query: median %.1f ms thread CPU (target < 100 ms): %s%n", slowest,
                    slowest < 100 ? "met" : "NOT met");
            ProjectAnalysis fresh = service.open(project);
            Timer.Timing sentences = Timer.time(0, 1, () -> fresh.query(new CodeQuery("\"theme 1\" NEAR/1s \"theme 2\"", null, 0)));
            report(out, "query \"theme 1\" NEAR/1s \"theme 2\", first run (finds the sentences of every document)", sentences);
            report(out, "query \"theme 1\" NEAR/1s \"theme 2\", sentences known", Timer.time(WARM_UP, RUNS,
                    () -> fresh.query(new CodeQuery("\"theme 1\" NEAR/1s \"theme 2\"", null, 0))));
            out.flush();

            Timer.Timing matrix = Timer.time(WARM_UP, RUNS, () -> analysis.matrix(MatrixRequest.codesByDocuments()));
            report(out, "matrix codes x " + project.documents().list().size() + " documents, segments (target < 200 ms)", matrix);
            report(out, "matrix codes x documents, coded code points", Timer.time(WARM_UP, RUNS,
                    () -> analysis.matrix(MatrixRequest.codesByDocuments().withValue(MatrixValue.CHARS))));
            report(out, "matrix codes x coders, share, with sub-codes", Timer.time(WARM_UP, RUNS, () -> analysis.matrix(
                    new MatrixRequest(List.of(), true, MatrixColumns.CODERS, null, MatrixValue.SHARE, null, null))));
            report(out, "frequencies by code (words per segment on first run: reads every text)", Timer.time(0, 1,
                    () -> fresh.frequencies(FrequencyRequest.by(FrequencyBy.CODE))));
            report(out, "frequencies by code, words known", Timer.time(1, 3, () -> fresh.frequencies(FrequencyRequest.by(FrequencyBy.CODE))));
            out.printf(Locale.ROOT, "targets: co-occurrence < 300 ms: %s; matrix < 200 ms: %s%n",
                    cooccurrence.cpuMedian() < 300 ? "met" : "NOT met", matrix.cpuMedian() < 200 ? "met" : "NOT met");
        }
    }

    private static void report(PrintWriter out, String what, Timer.Timing timing) {
        out.println(what + ": " + timing.describe());
        out.flush();
    }
}
