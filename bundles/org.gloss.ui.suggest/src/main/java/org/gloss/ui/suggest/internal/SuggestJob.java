package org.gloss.ui.suggest.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.gloss.api.store.ProjectSession;
import org.gloss.api.suggest.CodeSuggester;
import org.gloss.api.suggest.SuggestProgress;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.Suggestion;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.SuggestionModel;
import org.gloss.api.suggest.TrainingSet;
import org.gloss.core.suggest.MachineCodings;
import org.gloss.core.suggest.ProjectMaterial;
import org.gloss.core.suggest.SuggestErrors;
import org.gloss.ui.workbench.api.ProgressMonitor;

/**
 * "Suggest codes…" off the FX thread: reads the training material (the teachers' codings and the
 * standing rejections), trains (Cancel checked between codes), suggests document by document
 * (Cancel checked between documents) and writes the machine coder's codings in one transaction,
 * as {@code gloss suggest} does. Nothing is written when cancelled.
 */
final class SuggestJob {
    /** What a run did, for the status bar. */
    record Outcome(String machineCoder, int learned, int codes, int written, int replaced, int documents,
                   List<String> notLearned) {
    }

    /** The seed {@code gloss suggest} uses by default: the workbench suggests what the command line would. */
    static final long SEED = 1;

    private SuggestJob() {
    }

    static Outcome run(ProjectSession session, CodeSuggester suggester, SuggestRequest request, ProgressMonitor monitor) {
        MachineCodings.checkName(request.machineCoder(), request.learnFrom());
        if (request.learnFrom().isEmpty()) {
            throw SuggestErrors.noLearnFrom();
        }
        List<String> teachers = List.copyOf(new LinkedHashSet<>(request.learnFrom()));
        monitor.progress(-1, "Reading the codings of " + String.join(", ", teachers));
        ProjectMaterial material = ProjectMaterial.load(session, teachers, request.codes(), List.of());
        TrainingSet training = material.trainingSet(teachers, id -> true);
        if (training.documents().isEmpty()) {
            throw SuggestErrors.nothingToLearn(teachers);
        }
        SuggestSettings settings = new SuggestSettings(request.unit(), 0, SEED, request.options());
        SuggestionModel model = suggester.train(training, settings, Progress.of(monitor, 0, 0.7));
        if (model.codes().isEmpty()) {
            throw SuggestErrors.noCodeLearnable(String.join("; ", model.skipped().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").toList()));
        }
        List<SuggestionDocument> targets = targets(session, material, request.documents());
        SuggestProgress suggesting = Progress.of(monitor, 0.7, 0.95);
        List<Suggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            suggesting.checkCancelled();
            suggesting.progress((double) i / targets.size(), "Suggesting for " + targets.get(i).name());
            suggestions.addAll(model.suggest(targets.get(i), request.minScore()));
        }
        if (monitor.isCancelled()) {
            throw new CancellationException("cancelled");
        }
        monitor.progress(0.97, "Writing " + suggestions.size() + " suggestions as " + request.machineCoder());
        MachineCodings.Written written = MachineCodings.write(session, request.machineCoder(), suggestions,
                new LinkedHashSet<>(targets.stream().map(SuggestionDocument::id).toList()), material.codeIds(),
                suggester.id() + ": " + model.provenance());
        return new Outcome(request.machineCoder(), model.codes().size(), material.codes().size(), written.added(),
                written.replaced(), targets.size(), List.copyOf(model.skipped().keySet()));
    }

    private static List<SuggestionDocument> targets(ProjectSession session, ProjectMaterial material, List<String> documents) {
        if (documents.isEmpty()) {
            return material.documents();
        }
        List<SuggestionDocument> targets = new ArrayList<>();
        for (String name : new LinkedHashSet<>(documents)) {
            targets.add(material.document(session.documents().get(name).id()));
        }
        return targets;
    }
}
