package org.gloss.bench.search.internal;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.error.GlossException;
import org.gloss.api.search.IndexProgress;
import org.gloss.api.search.IndexReport;
import org.gloss.api.search.SearchPage;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchResults;
import org.gloss.api.search.SearchService;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Document;
import org.osgi.service.component.annotations.Component;

/**
 * The search figures of issue 7 on a generated corpus (10,000 documents, about 100 MB of mixed
 * English and Russian at scale 1): full index build, query latency by query type (the whole
 * service call: staleness check, Lucene, offsets and KWIC cut from the index's copy of the text), incremental
 * update of one document, and the index size on disk.
 */
@Component(service = Benchmark.class)
public class SearchBenchmark implements Benchmark {
    private static final int DOCUMENT_BYTES = 10_000;
    private static final int WARM_UP = 20;
    /** Rows the workbench's search view shows at first. */
    private static final int PAGE = 200;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String description() {
        return "index 10,000 documents (~100 MB en/ru), word/phrase/wildcard/proximity query latency, one-document update";
    }

    @Override
    public void run(CommandContext context, Path work, double scale, PrintWriter out) throws Exception {
        SearchService service = context.services(SearchService.class).stream().findFirst()
                .orElseThrow(() -> new GlossException("no search service is installed (the org.gloss.search.lucene bundle is missing)"));
        int documents = Math.max(10, (int) Math.round(10_000 * scale));
        SearchCorpus corpus = new SearchCorpus(7);
        Path location = work.resolve("bench.gloss");
        List<String> phrases = new ArrayList<>();
        List<String> nearby = new ArrayList<>();
        long bytes = 0;
        try (ProjectSession project = context.createProject(location.toString())) {
            long t0 = System.nanoTime();
            long[] total = {0};
            project.inTransaction(() -> {
                for (int i = 0; i < documents; i++) {
                    boolean russian = i % 5 >= 3; // 60% English, 40% Russian
                    String text = corpus.document(russian, DOCUMENT_BYTES);
                    total[0] += text.getBytes(StandardCharsets.UTF_8).length;
                    if (i % 20 == 0) {
                        phrases.add(words(text, corpus.random(), 1));
                        nearby.add(words(text, corpus.random(), 3));
                    }
                    project.documents().add(new NewDocument(String.format("doc%05d", i), text));
                }
            });
            bytes = total[0];
            out.printf("corpus: %d documents, %.1f MB UTF-8, stored in %.1f s%n", documents, bytes / 1e6, seconds(t0));
            out.flush();

            t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            IndexReport build = service.refresh(project, IndexProgress.SILENT);
            double buildSeconds = seconds(t0);
            double buildCpu = (processCpuNanos() - cpu0) / 1e9;
            out.printf("full index build: %d documents in %.1f s = %.1f MB/s (%.0f docs/s); process CPU %.1f s = %.1f MB per CPU-s;"
                            + " index %s, %.1f MB on disk%n",
                    build.documents(), buildSeconds, bytes / 1e6 / buildSeconds, build.documents() / buildSeconds,
                    buildCpu, bytes / 1e6 / buildCpu, build.reason(), service.indexSize(project) / 1e6);
            out.flush();

            Random random = corpus.random();
            latency(out, "word", 100, service, project, () -> corpus.queryWord(random.nextBoolean()));
            latency(out, "phrase", 100, service, project, () -> "\"" + phrases.get(random.nextInt(phrases.size())) + "\"");
            latency(out, "wildcard", 100, service, project, () -> {
                String word = corpus.queryWord(random.nextBoolean());
                return word.substring(0, Math.min(word.length(), 4)) + "*";
            });
            latency(out, "proximity", 100, service, project, () -> "\"" + nearby.get(random.nextInt(nearby.size())) + "\"~5");
            latency(out, "common word", 20, service, project, () -> random.nextBoolean() ? "the" : "кредит");
            storeListing(out, project);

            Document one = project.documents().add(new NewDocument("added", corpus.document(true, DOCUMENT_BYTES)));
            t0 = System.nanoTime();
            IndexReport added = service.refresh(project, IndexProgress.SILENT);
            double addMillis = seconds(t0) * 1000;
            project.documents().remove(one.id());
            t0 = System.nanoTime();
            IndexReport removed = service.refresh(project, IndexProgress.SILENT);
            double removeMillis = seconds(t0) * 1000;
            t0 = System.nanoTime();
            service.refresh(project, IndexProgress.SILENT);
            double checkMillis = seconds(t0) * 1000;
            out.printf("incremental update: add one document %.0f ms (%d added), remove one %.0f ms (%d removed); "
                            + "up-to-date check %.1f ms%n", addMillis, added.added(), removeMillis, removed.removed(), checkMillis);
            out.printf("index size on disk: %.1f MB (%.2f x the text)%n", service.indexSize(project) / 1e6,
                    (double) service.indexSize(project) / bytes);
        }
    }

    private static void latency(PrintWriter out, String kind, int runs, SearchService service, ProjectSession project,
                                Supplier<String> queries) {
        Timings full = new Timings(runs);
        Timings page = new Timings(runs);
        long hits = 0;
        for (int i = 0; i < WARM_UP + runs; i++) {
            SearchQuery query = SearchQuery.words(queries.get());
            boolean measured = i >= WARM_UP;
            SearchResults results = full.time(measured, () -> service.search(project, query));
            SearchPage first = page.time(measured, () -> service.searchPage(project, query, PAGE, IndexProgress.SILENT));
            if (first.totalHits() != results.size()) {
                throw new IllegalStateException("page count " + first.totalHits() + " != " + results.size() + " for " + query);
            }
            if (measured) {
                hits += results.size();
            }
        }
        out.printf("%-12s wall p50 %6.1f ms  p95 %6.1f ms | CPU p50 %6.1f ms  p95 %6.1f ms | %.0f hits/query (%d queries; target p95 < 50 ms)%n",
                kind + ":", full.wallPercentile(50), full.wallPercentile(95), full.cpuPercentile(50), full.cpuPercentile(95),
                (double) hits / runs, runs);
        out.printf("%-12s wall p50 %6.1f ms  p95 %6.1f ms | CPU p50 %6.1f ms  p95 %6.1f ms | first %d hits + exact counts (search view)%n",
                "  page:", page.wallPercentile(50), page.wallPercentile(95), page.cpuPercentile(50), page.cpuPercentile(95), PAGE);
        out.flush();
    }

    /** Wall-clock and thread CPU times of measured calls. */
    private static final class Timings {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final double[] wall;
        private final double[] cpu;
        private int count;

        Timings(int runs) {
            wall = new double[runs];
            cpu = new double[runs];
        }

        <T> T time(boolean measured, Supplier<T> call) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            T result = call.get();
            if (measured) {
                wall[count] = (System.nanoTime() - t0) / 1e6;
                cpu[count] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
                count++;
            }
            return result;
        }

        double wallPercentile(int p) {
            return percentile(wall, p);
        }

        double cpuPercentile(int p) {
            return percentile(cpu, p);
        }

        private double percentile(double[] values, int p) {
            double[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            int index = p == 50 ? count / 2 : (int) Math.ceil(count * p / 100.0) - 1;
            return sorted[index];
        }
    }

    /**
     * Every search lists the store's documents (for its scope and the index's staleness check):
     * this part of the latency belongs to the store, not to Lucene.
     */
    private static void storeListing(PrintWriter out, ProjectSession project) {
        double[] millis = new double[21];
        for (int i = 0; i < millis.length; i++) {
            long t0 = System.nanoTime();
            project.documents().list();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        out.printf("the store's full document listing (documents().list(); searches use cheaper listings): p50 %.1f ms, max %.1f ms%n",
                millis[10], millis[20]);
        out.flush();
    }

    /** Two words of the text, {@code distance} words apart (1: adjacent, a phrase). */
    private static String words(String text, Random random, int distance) {
        String[] words = text.split("[\\s.,]+");
        int at = random.nextInt(Math.max(1, words.length - distance));
        return words[at] + " " + words[Math.min(at + distance, words.length - 1)];
    }

    /** CPU time of the whole process (indexing threads, merges, GC): the machine may be shared. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
