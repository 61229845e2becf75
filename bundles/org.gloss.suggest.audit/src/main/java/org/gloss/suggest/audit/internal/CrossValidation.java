package org.gloss.suggest.audit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.gloss.api.suggest.CodeSpan;
import org.gloss.api.suggest.CodeSuggester;
import org.gloss.api.suggest.EvaluationRequest;
import org.gloss.api.suggest.Suggestion;
import org.gloss.api.suggest.SuggestProgress;
import org.gloss.api.suggest.SuggestionModel;
import org.gloss.api.suggest.TrainingSet;
import org.gloss.core.suggest.ProjectMaterial;

/**
 * One cross-validated run: for each fold, the suggester is trained on the teachers' documents
 * outside the fold (all of them, or a seeded share for the learning curve) and suggests for the
 * fold's documents. Every evaluated document is suggested for exactly once, by a model that never
 * saw it.
 */
final class CrossValidation {
    /** The machine's codings of the evaluated documents, by document id, and what it could not learn. */
    record Result(Map<Long, List<CodeSpan>> machine, Map<String, String> skipped, double trainingDocuments) {
    }

    /** Records which documents each fold trained on, so tests can prove nothing leaks. */
    interface TrainingWitness {
        void trained(int fold, Set<Long> trainingDocuments, List<Long> heldOut);
    }

    private CrossValidation() {
    }

    static Result run(CodeSuggester suggester, ProjectMaterial material, EvaluationRequest request, Folds folds,
                      double share, TrainingWitness witness) {
        return run(suggester, material, request, folds, share, witness, new Steps(SuggestProgress.NONE, folds.count()));
    }

    /** Each fold is one of {@code steps}; Cancel is checked before each fold and between its codes. */
    static Result run(CodeSuggester suggester, ProjectMaterial material, EvaluationRequest request, Folds folds,
                      double share, TrainingWitness witness, Steps steps) {
        Map<Long, List<CodeSpan>> machine = new LinkedHashMap<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        Set<Long> teachable = new HashSet<>();
        request.learnFrom().forEach(coder -> teachable.addAll(material.workedOn(coder)));
        double trainingDocuments = 0;
        for (int fold = 0; fold < folds.count(); fold++) {
            final int f = fold;
            List<Long> candidates = material.documents().stream().map(d -> d.id())
                    .filter(id -> teachable.contains(id) && !folds.heldOut(id, f)).toList();
            Set<Long> training = new HashSet<>(subsample(candidates, share, request.settings().seed() * 31 + fold));
            List<Long> heldOut = folds.documents(fold);
            if (witness != null) {
                witness.trained(fold, Set.copyOf(training), heldOut);
            }
            trainingDocuments += training.size();
            TrainingSet set = material.trainingSet(request.learnFrom(), training::contains);
            if (set.documents().isEmpty()) {
                skipped.putIfAbsent("(all codes)", "fold " + (fold + 1) + " has no training document");
                continue;
            }
            steps.progress().checkCancelled();
            steps.progress().progress(steps.fraction(), "Fold " + (fold + 1) + " of " + folds.count() + ", "
                    + Math.round(share * 100) + "% of the training documents");
            SuggestionModel model = suggester.train(set, request.settings(), steps.cancelOnly());
            model.skipped().forEach((code, reason) -> skipped.putIfAbsent(code, reason + " (fold " + (f + 1) + ")"));
            for (long document : heldOut) {
                List<CodeSpan> spans = new ArrayList<>();
                for (Suggestion s : model.suggest(material.document(document), request.minScore())) {
                    spans.add(new CodeSpan(s.code(), s.start(), s.end()));
                }
                machine.put(document, spans);
            }
            steps.done();
        }
        return new Result(machine, skipped, trainingDocuments / folds.count());
    }

    /** A seeded share of the documents (at least two, or all there are), in their original order. */
    static List<Long> subsample(List<Long> documents, double share, long seed) {
        if (share >= 1) {
            return documents;
        }
        int keep = Math.min(documents.size(), Math.max(2, (int) Math.ceil(share * documents.size())));
        List<Long> shuffled = new ArrayList<>(documents);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Long t = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, t);
        }
        Set<Long> kept = new HashSet<>(shuffled.subList(0, keep));
        return documents.stream().filter(kept::contains).toList();
    }
}
