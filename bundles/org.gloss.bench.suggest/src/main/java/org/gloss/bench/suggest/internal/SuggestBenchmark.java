package org.gloss.bench.suggest.internal;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.error.GlossException;
import org.gloss.api.suggest.CodeSuggester;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.SuggestionModel;
import org.gloss.api.suggest.SuggestionUnit;
import org.gloss.api.suggest.TrainingDocument;
import org.gloss.api.suggest.TrainingSet;
import org.osgi.service.component.annotations.Component;

/**
 * {@code gloss bench suggest}: the local suggester trained on 100,000 codings over 5,000 generated
 * documents (20 codes), then suggesting for 1,000 generated documents of 20 KB, as the command
 * does it (documents in parallel). Each step prints wall time and the process's CPU time (training
 * and suggesting use every core; under load the CPU time is the figure to compare, decision 56).
 */
@Component(service = Benchmark.class)
public class SuggestBenchmark implements Benchmark {
    static final int TRAINING_DOCUMENTS = 5000;
    static final int SENTENCES_PER_DOCUMENT = 20;
    static final int TARGET_DOCUMENTS = 1000;
    static final int TARGET_LENGTH = 20_000;

    @Override
    public String name() {
        return "suggest";
    }

    @Override
    public String description() {
        return "local code suggester: training on 100,000 codings over 5,000 documents, suggesting for 1,000 x 20 KB";
    }

    @Override
    public void run(CommandContext context, Path workDirectory, double scale, PrintWriter out) {
        CodeSuggester suggester = context.services(CodeSuggester.class).stream().filter(s -> s.id().equals("local"))
                .findFirst().orElseThrow(() -> new GlossException("the local suggester is not installed (bundle org.gloss.suggest)"));
        BenchmarkCorpus corpus = new BenchmarkCorpus(42);
        int trainingDocuments = Math.max(4, (int) Math.round(TRAINING_DOCUMENTS * scale));
        List<TrainingDocument> documents = new ArrayList<>(trainingDocuments);
        for (int d = 0; d < trainingDocuments; d++) {
            documents.add(corpus.training(d + 1, SENTENCES_PER_DOCUMENT));
        }
        TrainingSet training = new TrainingSet(BenchmarkCorpus.codes(), documents);
        int codings = documents.stream().mapToInt(d -> d.codings().size()).sum();
        int targets = Math.max(1, (int) Math.round(TARGET_DOCUMENTS * scale));
        List<SuggestionDocument> targetDocuments = new ArrayList<>(targets);
        for (int d = 0; d < targets; d++) {
            targetDocuments.add(corpus.target(100_000 + d, TARGET_LENGTH));
        }
        long targetChars = targetDocuments.stream().mapToLong(d -> d.text().length()).sum();
        out.printf(Locale.ROOT, "training: %d codings over %d documents, %d codes, sentence units; suggesting for %d documents"
                + " (%.1f MB of text); %d cores%n", codings, trainingDocuments, BenchmarkCorpus.CODES, targets,
                targetChars / 1e6, Runtime.getRuntime().availableProcessors());
        SuggestSettings settings = new SuggestSettings(SuggestionUnit.SENTENCE, 0, 1);
        int runs = 3;
        double[][] train = new double[2][runs];
        double[][] suggest = new double[2][runs];
        long suggestions = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            long c0 = processCpuNanos();
            SuggestionModel model = suggester.train(training, settings);
            train[0][r] = (System.nanoTime() - t0) / 1e9;
            train[1][r] = (processCpuNanos() - c0) / 1e9;
            long t1 = System.nanoTime();
            long c1 = processCpuNanos();
            suggestions = targetDocuments.parallelStream().mapToLong(d -> model.suggest(d, 0.5).size()).sum();
            suggest[0][r] = (System.nanoTime() - t1) / 1e9;
            suggest[1][r] = (processCpuNanos() - c1) / 1e9;
        }
        out.printf(Locale.ROOT, "train: %s; target under 20 s: %s%n", figures(train, runs), median(train[0]) < 20 ? "met" : "NOT met");
        out.printf(Locale.ROOT, "suggest: %s, %d suggestions; target under 10 s: %s%n", figures(suggest, runs), suggestions,
                median(suggest[0]) < 10 ? "met" : "NOT met");
    }

    /** "median 12.30 s wall (min 11.90 s), 23.10 s process CPU (min 22.80 s) of 3 runs". */
    private static String figures(double[][] wallAndCpu, int runs) {
        return String.format(Locale.ROOT, "median %.2f s wall (min %.2f s), %.2f s process CPU (min %.2f s) of %d runs",
                median(wallAndCpu[0]), min(wallAndCpu[0]), median(wallAndCpu[1]), min(wallAndCpu[1]), runs);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    /** CPU time of the whole process (every thread: training and suggesting use every core), 0 if unknown. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
