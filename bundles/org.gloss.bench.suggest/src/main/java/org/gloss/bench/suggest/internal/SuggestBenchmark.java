package org.gloss.bench.suggest.internal;

import java.io.PrintWriter;
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
 * does it (documents in parallel). Times are wall-clock medians (training uses every core).
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
        double[] train = new double[runs];
        double[] suggest = new double[runs];
        long suggestions = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            SuggestionModel model = suggester.train(training, settings);
            train[r] = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            suggestions = targetDocuments.parallelStream().mapToLong(d -> model.suggest(d, 0.5).size()).sum();
            suggest[r] = (System.nanoTime() - t1) / 1e9;
        }
        Arrays.sort(train);
        Arrays.sort(suggest);
        out.printf(Locale.ROOT, "train: median %.2f s (min %.2f s) of %d runs; target under 20 s: %s%n", train[runs / 2], train[0],
                runs, train[runs / 2] < 20 ? "met" : "NOT met");
        out.printf(Locale.ROOT, "suggest: median %.2f s (min %.2f s), %d suggestions; target under 10 s: %s%n", suggest[runs / 2],
                suggest[0], suggestions, suggest[runs / 2] < 10 ? "met" : "NOT met");
    }
}
