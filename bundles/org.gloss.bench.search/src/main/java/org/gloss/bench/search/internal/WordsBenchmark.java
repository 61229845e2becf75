package org.gloss.bench.search.internal;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.WordFrequencies;
import org.gloss.api.analysis.WordRequest;
import org.gloss.api.analysis.WordTable;
import org.gloss.api.bench.Benchmark;
import org.gloss.api.error.GlossException;
import org.gloss.api.search.IndexProgress;
import org.gloss.api.search.SearchService;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.cli.CommandContext;
import org.osgi.service.component.annotations.Component;

/**
 * Word frequencies of issue 16 on the search benchmark's corpus (10,000 documents, about 100 MB
 * of English and Russian at scale 1), counted from the index's terms: the whole corpus stemmed
 * and unstemmed, with each document's stop list, one code's segments, and the keyword-in-context
 * lines behind one word. The index is built first (timed by 'gloss bench search').
 */
@Component(service = Benchmark.class)
public class WordsBenchmark implements Benchmark {
    private static final int DOCUMENT_BYTES = 10_000;
    private static final int RUNS = 5;

    @Override
    public String name() {
        return "words";
    }

    @Override
    public String description() {
        return "word frequencies of 10,000 documents (~100 MB en/ru) from the search index's terms";
    }

    @Override
    public void run(CommandContext context, Path work, double scale, PrintWriter out) throws Exception {
        WordFrequencies words = context.services(WordFrequencies.class).stream().findFirst()
                .orElseThrow(() -> new GlossException("word frequencies are not installed (see 'gloss plugins')"));
        SearchService search = context.services(SearchService.class).stream().findFirst()
                .orElseThrow(() -> new GlossException("search is not installed (see 'gloss plugins')"));
        int documents = Math.max(10, (int) Math.round(10_000 * scale));
        SearchCorpus corpus = new SearchCorpus(7);
        try (ProjectSession project = context.createProject(work.resolve("words.gloss").toString())) {
            long[] bytes = {0};
            project.inTransaction(() -> {
                long code = project.codebook().add("debt concern", null, null, null).id();
                long coder = project.coders().getOrCreate("aida").id();
                Random random = new Random(3);
                List<NewCoding> codings = new ArrayList<>();
                for (int i = 0; i < documents; i++) {
                    String text = corpus.document(i % 5 >= 3, DOCUMENT_BYTES);
                    bytes[0] += text.getBytes(StandardCharsets.UTF_8).length;
                    long id = project.documents().add(new NewDocument(String.format("doc%05d", i), text)).id();
                    int length = text.codePointCount(0, text.length());
                    for (int k = 0; k < 2; k++) { // two segments of 200 to 1,000 code points per document
                        int start = random.nextInt(length - 1_000);
                        codings.add(new NewCoding(id, code, coder, start, start + 200 + random.nextInt(800), null));
                    }
                }
                project.codings().addAll(codings);
            });
            long t0 = System.nanoTime();
            search.refresh(project, IndexProgress.SILENT);
            out.printf(Locale.ROOT, "corpus: %d documents, %.1f MB UTF-8; index built in %.1f s%n", documents, bytes[0] / 1e6,
                    (System.nanoTime() - t0) / 1e9);
            out.flush();
            WordTable[] last = new WordTable[1];
            double stemmed = report(out, "all words, stemmed (target < 3 s)", () -> last[0] = words.count(project, WordRequest.all()));
            out.printf(Locale.ROOT, "  %d word occurrences, %d distinct words; most frequent: %s %d%n", last[0].totalWords(),
                    last[0].distinct(), last[0].words().get(0).word(), last[0].words().get(0).count());
            report(out, "all words, unstemmed", () -> words.count(project, WordRequest.all().withStemming(false)));
            report(out, "all words, stemmed, each document's stop list", () -> words.count(project,
                    WordRequest.all().withStopLists(List.of("auto"), Set.of())));
            report(out, "words in one code's segments (2 per document)", () -> words.count(project,
                    WordRequest.all().withScope(AnalysisFilter.ALL, "debt concern", null)));
            String stem = last[0].words().get(50).stem();
            int[] lines = new int[1];
            report(out, "keyword-in-context lines behind one word", () -> lines[0] = words.occurrences(project, WordRequest.all(), stem, 40).size());
            out.printf(Locale.ROOT, "  %d lines for '%s'%n", lines[0], last[0].words().get(50).word());
            out.printf(Locale.ROOT, "target: all words of the corpus < 3 s (process CPU median): %s%n", stemmed < 3000 ? "met" : "NOT met");
        }
    }

    /**
     * Prints the medians of {@link #RUNS} runs after one warm-up: the thread's CPU time, the
     * process's (garbage collection and other threads included) and wall time, which a shared
     * machine inflates. Returns the process CPU median, the figure the target is judged by.
     */
    private static double report(PrintWriter out, String what, Supplier<?> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        work.get();
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        double[] process = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long p0 = processCpuNanos();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.get();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            process[i] = (processCpuNanos() - p0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        Arrays.sort(process);
        out.printf(Locale.ROOT, "%s: median %.0f ms thread CPU, %.0f ms process CPU, %.0f ms wall (min %.0f), %d runs%n", what,
                cpu[RUNS / 2], process[RUNS / 2], wall[RUNS / 2], wall[0], RUNS);
        out.flush();
        return process[RUNS / 2];
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
