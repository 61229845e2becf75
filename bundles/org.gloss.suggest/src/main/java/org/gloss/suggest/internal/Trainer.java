package org.gloss.suggest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.gloss.api.search.TextAnalysis;
import org.gloss.api.suggest.SuggestProgress;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.TrainingSet;

/**
 * Trains one calibrated classifier per code. Calibration needs decision values of units the
 * classifier did not see: the training documents are split into {@link #CALIBRATION_FOLDS} folds
 * (seeded, by document, so a document's units are never on both sides), a classifier is trained
 * without a fold and scores it, and so on for the next fold until {@link #ENOUGH_HELD_OUT} positive
 * and as many negative units have been scored (every fold in small projects; one in large ones,
 * where Platt's two parameters are determined well by one fold). Platt scaling is fitted to those
 * scores, and the final classifier is trained on everything. Each fit starts from the weights of the
 * one before (the first from zero): LIBLINEAR stops when the gradient is small relative to the
 * gradient at zero, so the start changes only how many Newton steps it takes, not the optimum it
 * reaches. Codes are trained in parallel; each one's result depends only on the data and the seed.
 */
final class Trainer {
    /** Fewer positive units than this teach nothing reliable. */
    static final int MIN_POSITIVES = 4;
    static final int CALIBRATION_FOLDS = 3;
    /** Held-out positive (and negative) units that suffice to fit Platt's two parameters. */
    static final int ENOUGH_HELD_OUT = 200;

    private Trainer() {
    }

    /** A trained code, or the reason it could not be trained. */
    record Outcome(CodeModel model, String skipped) {
    }

    static LocalModel train(TrainingSet set, SuggestSettings settings, TextAnalysis analysis) {
        return train(set, settings, analysis, SuggestProgress.NONE);
    }

    /** Checks for Cancel before each code (codes train in parallel; a cancelled run stops starting new ones). */
    static LocalModel train(TrainingSet set, SuggestSettings settings, TextAnalysis analysis, SuggestProgress progress) {
        progress.checkCancelled();
        TrainingExamples examples = new TrainingExamples(set, settings, analysis);
        FeatureSpace space = FeatureSpace.of(examples.distinctUnits);
        int[][] rows = examples.units.parallelStream().map(space::indices).toArray(int[][]::new);
        LogisticRegression regression = new LogisticRegression(rows, space.size());
        int[] fold = calibrationFolds(examples.documents, settings.seed());
        int documents = examples.documentCount();
        Outcome[] outcomes = new Outcome[examples.codes.size()];
        AtomicInteger trained = new AtomicInteger();
        IntStream.range(0, outcomes.length).parallel().forEach(c -> {
            progress.checkCancelled();
            outcomes[c] = trainCode(examples.codes.get(c), examples.positive[c], examples.examplesOf(c), rows, fold,
                    documents, regression);
            progress.progress((double) trained.incrementAndGet() / outcomes.length, "Trained '" + examples.codes.get(c) + "'");
        });
        progress.checkCancelled();
        Map<String, CodeModel> models = new LinkedHashMap<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (int c = 0; c < outcomes.length; c++) {
            if (outcomes[c].model() != null) {
                models.put(examples.codes.get(c), outcomes[c].model());
            } else {
                skipped.put(examples.codes.get(c), outcomes[c].skipped());
            }
        }
        return new LocalModel(models, skipped, space, settings, analysis);
    }

    /** @param members the examples of this code (null: all) */
    private static Outcome trainCode(String code, boolean[] positive, int[] members, int[][] rows, int[] fold, int documents,
                                     LogisticRegression regression) {
        int[] all = members != null ? members : IntStream.range(0, positive.length).toArray();
        int positives = 0;
        for (int u : all) {
            positives += positive[u] ? 1 : 0;
        }
        if (positives < MIN_POSITIVES) {
            return new Outcome(null, positives + " positive " + (positives == 1 ? "unit" : "units") + "; at least "
                    + MIN_POSITIVES + " needed");
        }
        if (positives == all.length) {
            return new Outcome(null, "every unit is coded with it: nothing shows when it does not apply");
        }
        if (documents < 2) {
            return new Outcome(null, "coded units in only one document; calibration needs at least two");
        }
        // out-of-fold decision values for calibration
        List<Double> decisions = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        int heldPositives = 0;
        LinearWeights start = null;
        int folds = Arrays.stream(fold).max().orElse(0) + 1;
        for (int f = 0; f < folds && (heldPositives < ENOUGH_HELD_OUT || labels.size() - heldPositives < ENOUGH_HELD_OUT); f++) {
            int[] train = indices(fold, all, f, false);
            int[] held = indices(fold, all, f, true);
            if (!bothLabels(train, positive)) {
                continue; // a fold holding all positives (or negatives) cannot be scored out of sample
            }
            LinearWeights partial = regression.train(train, positive, start);
            start = partial;
            for (int u : held) {
                decisions.add(partial.decision(rows[u]));
                labels.add(positive[u]);
                heldPositives += positive[u] ? 1 : 0;
            }
        }
        LinearWeights classifier = regression.train(members, positive, start);
        if (!labels.contains(true) || !labels.contains(false)) {
            // too few documents to hold any out: calibrate in sample (over-confident; rare, small projects)
            decisions.clear();
            labels.clear();
            for (int u : all) {
                decisions.add(classifier.decision(rows[u]));
                labels.add(positive[u]);
            }
        }
        double[] d = decisions.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] y = new boolean[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i);
        }
        return new Outcome(new CodeModel(code, classifier, PlattScaling.fit(d, y)), null);
    }

    /** Each example's calibration fold: its document's, documents shuffled by the seed and dealt round. */
    static int[] calibrationFolds(long[] documentOfExample, long seed) {
        long[] distinct = Arrays.stream(documentOfExample).distinct().sorted().toArray();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = distinct.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = distinct[i];
            distinct[i] = distinct[j];
            distinct[j] = t;
        }
        int folds = Math.max(1, Math.min(CALIBRATION_FOLDS, distinct.length));
        Map<Long, Integer> foldOf = new LinkedHashMap<>();
        for (int i = 0; i < distinct.length; i++) {
            foldOf.put(distinct[i], i % folds);
        }
        return Arrays.stream(documentOfExample).mapToInt(d -> foldOf.get(d)).toArray();
    }

    private static int[] indices(int[] fold, int[] members, int f, boolean inFold) {
        return java.util.Arrays.stream(members).filter(u -> (fold[u] == f) == inFold).toArray();
    }

    private static boolean bothLabels(int[] subset, boolean[] positive) {
        boolean pos = false;
        boolean neg = false;
        for (int u : subset) {
            pos |= positive[u];
            neg |= !positive[u];
        }
        return pos && neg;
    }
}
