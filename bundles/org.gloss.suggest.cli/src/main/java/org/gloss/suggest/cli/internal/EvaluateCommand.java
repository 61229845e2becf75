package org.gloss.suggest.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.gloss.api.store.ProjectSession;
import org.gloss.api.suggest.EvaluationReport;
import org.gloss.api.suggest.EvaluationRequest;
import org.gloss.api.suggest.SuggestionEvaluation;
import org.gloss.core.cli.ProjectCommand;
import org.gloss.core.suggest.SuggestErrors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gloss suggest evaluate}: the audit of a suggester, cross-validated by document. Reads the project only. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Cross-validate a suggester by document and "
        + "report its agreement with each human beside the humans' own, precision and recall per code and a learning "
        + "curve (docs/suggestions.md).")
public class EvaluateCommand extends ProjectCommand {
    enum Format { table, json }

    @Mixin SuggestOptions options;
    @Option(names = "--against", required = true, split = ",", paramLabel = "A,B",
            description = "the human coders the machine is compared with")
    List<String> against = new ArrayList<>();
    @Option(names = "--doc", paramLabel = "D", description = "document(s) in scope (default: all); repeatable")
    List<String> documents = new ArrayList<>();
    @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "cross-validation folds (default 5)")
    int folds;
    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "N",
            description = "bootstrap resamples of documents for the intervals (0: none; default 1000)")
    int resamples;
    @Option(names = "--confidence", defaultValue = "95", paramLabel = "PERCENT") double confidence;
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json") Format format;

    @Override
    protected void checkArguments() {
        if (resamples < 0) {
            throw SuggestErrors.badResamples(resamples);
        }
        if (!(confidence > 0 && confidence < 100)) {
            throw SuggestErrors.badConfidence(confidence);
        }
    }

    @Override
    protected void run(ProjectSession session) {
        EvaluationRequest request = new EvaluationRequest(options.suggester, List.copyOf(new LinkedHashSet<>(options.learnFrom)),
                List.copyOf(new LinkedHashSet<>(against)), options.codes, documents, options.settings(), options.minScore,
                folds, resamples, confidence / 100);
        SuggestionEvaluation evaluation = context().services(SuggestionEvaluation.class).stream().findFirst()
                .orElseThrow(SuggestErrors::noEvaluation);
        EvaluationReport report = evaluation.evaluate(session, request);
        if (format == Format.json) {
            EvaluationJson.write(context().out(), report);
        } else {
            EvaluationTable.write(context().out(), report);
        }
    }
}
