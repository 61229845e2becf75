package org.gloss.suggest.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gloss.api.agreement.AgreementFigures;
import org.gloss.api.agreement.AgreementStudies;
import org.gloss.api.agreement.MeasureValue;
import org.gloss.api.agreement.StudyOptions;
import org.gloss.api.agreement.StudyScope;
import org.gloss.api.agreement.VirtualCoder;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.suggest.CodeAudit;
import org.gloss.api.suggest.CodeDescription;
import org.gloss.api.suggest.CodeSpan;
import org.gloss.api.suggest.CodeSuggester;
import org.gloss.api.suggest.EvaluationReport;
import org.gloss.api.suggest.EvaluationRequest;
import org.gloss.api.suggest.LearningPoint;
import org.gloss.api.suggest.PrecisionRecall;
import org.gloss.api.suggest.SuggestProgress;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.core.suggest.MachineCodings;
import org.gloss.core.suggest.ProjectMaterial;
import org.gloss.core.suggest.SuggestErrors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The audit of a suggester (docs/suggestions.md): cross-validation by document, the agreement
 * engine's figures for the machine and the humans together, precision and recall, and the
 * learning curve.
 */
@Component(service = org.gloss.api.suggest.SuggestionEvaluation.class)
public class SuggestionEvaluationService implements org.gloss.api.suggest.SuggestionEvaluation {
    /** Shares of each fold's training documents the learning curve trains on. */
    static final double[] LEARNING_CURVE = {0.1, 0.25, 0.5, 1.0};
    static final String LEARNING_CURVE_MEASURE = "cohen_kappa";

    private final AgreementStudies agreement;
    private final List<CodeSuggester> suggesters = new CopyOnWriteArrayList<>();
    private CrossValidation.TrainingWitness witness;

    @Activate
    public SuggestionEvaluationService(@Reference AgreementStudies agreement) {
        this.agreement = agreement;
    }

    /** Outside a framework (tests): with these suggesters. */
    public SuggestionEvaluationService(AgreementStudies agreement, List<CodeSuggester> suggesters) {
        this.agreement = agreement;
        this.suggesters.addAll(suggesters);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSuggester(CodeSuggester suggester) {
        suggesters.add(suggester);
    }

    void removeSuggester(CodeSuggester suggester) {
        suggesters.remove(suggester);
    }

    /** Tests watch which documents each fold trains on. */
    void witness(CrossValidation.TrainingWitness witness) {
        this.witness = witness;
    }

    @Override
    public EvaluationReport evaluate(ProjectSession session, EvaluationRequest request) {
        return evaluate(session, request, SuggestProgress.NONE);
    }

    /**
     * The folds of the full run and of each learning-curve point are the steps of the progress;
     * Cancel is checked between folds and between the codes each fold trains.
     */
    @Override
    public EvaluationReport evaluate(ProjectSession session, EvaluationRequest request, SuggestProgress progress) {
        CodeSuggester suggester = find(request.suggester());
        if (request.learnFrom().isEmpty()) {
            throw SuggestErrors.noLearnFrom();
        }
        if (request.against().isEmpty()) {
            throw SuggestErrors.noAgainst();
        }
        for (String human : request.against()) {
            if (MachineCodings.isMachine(human)) {
                throw SuggestErrors.machineAmongAgainst(human);
            }
        }
        Set<String> coders = new LinkedHashSet<>(request.learnFrom());
        coders.addAll(request.against());
        ProjectMaterial material = ProjectMaterial.load(session, List.copyOf(coders), request.codes(), request.documents());
        List<Long> evaluated = evaluatedDocuments(material, request.against());
        if (evaluated.isEmpty()) {
            throw SuggestErrors.nothingToEvaluate(request.against());
        }
        if (request.folds() < 2 || request.folds() > evaluated.size()) {
            throw SuggestErrors.badFolds(request.folds(), evaluated.size());
        }
        Folds folds = Folds.split(evaluated, request.folds(), request.settings().seed());
        String machine = machineName(session, suggester.id());
        List<String> documentNames = evaluated.stream().map(id -> material.document(id).name()).toList();
        StudyScope scope = new StudyScope(studyCoders(machine, request.against()),
                material.codes().stream().map(CodeDescription::name).toList(), documentNames);

        Steps steps = new Steps(progress, LEARNING_CURVE.length * folds.count() + 1);
        CrossValidation.Result full = CrossValidation.run(suggester, material, request, folds, 1.0, witness, steps);
        progress.checkCancelled();
        progress.progress(steps.fraction(), "Agreement of the machine with " + String.join(", ", request.against()));
        AgreementFigures figures = agreement.figures(session, scope, new StudyOptions(request.settings().unit().key(),
                request.resamples(), request.settings().seed(), request.confidence(), true),
                List.of(virtual(machine, full.machine(), material)));

        List<CodeAudit> codes = new ArrayList<>();
        Map<String, UnitCounts> overallCounts = new LinkedHashMap<>();
        for (CodeDescription code : material.codes()) {
            List<PrecisionRecall> byHuman = new ArrayList<>();
            for (String human : request.against()) {
                UnitCounts counts = counts(material, request, evaluated, full.machine(), human, code.name());
                overallCounts.computeIfAbsent(human, h -> new UnitCounts()).add(counts);
                byHuman.add(counts.against(human));
            }
            codes.add(new CodeAudit(code.name(), figures.codes().get(code.name()), byHuman));
        }
        List<PrecisionRecall> overallPr = request.against().stream().map(h -> overallCounts.get(h).against(h)).toList();
        CodeAudit overall = new CodeAudit(null, figures.overall(), overallPr);

        List<LearningPoint> curve = new ArrayList<>();
        for (double share : LEARNING_CURVE) {
            CrossValidation.Result run = share >= 1 ? full : CrossValidation.run(suggester, material, request, folds, share, null, steps);
            progress.checkCancelled();
            AgreementFigures point = share >= 1 ? figures : agreement.figures(session, scope,
                    new StudyOptions(request.settings().unit().key(), 0, request.settings().seed(), request.confidence(), true),
                    List.of(virtual(machine, run.machine(), material)));
            Map<String, Double> byHuman = new LinkedHashMap<>();
            for (String human : request.against()) {
                byHuman.put(human, pairValue(point.overall().values(), machine, human));
            }
            curve.add(new LearningPoint(share, run.trainingDocuments(), byHuman));
        }
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        evaluated.forEach(id -> foldOf.put(material.document(id).name(), folds.foldOf(id)));
        return new EvaluationReport(request, machine, documentNames, foldOf, codes, overall, LEARNING_CURVE_MEASURE, curve,
                full.skipped());
    }

    private CodeSuggester find(String id) {
        for (CodeSuggester s : suggesters) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw SuggestErrors.unknownSuggester(id, suggesters.stream().map(CodeSuggester::id).sorted().toList());
    }

    /** The documents in scope every human in {@code against} worked on, in the store's order. */
    private static List<Long> evaluatedDocuments(ProjectMaterial material, List<String> against) {
        List<Long> evaluated = new ArrayList<>();
        for (SuggestionDocument d : material.documents()) {
            if (against.stream().allMatch(h -> material.workedOn(h).contains(d.id()))) {
                evaluated.add(d.id());
            }
        }
        return evaluated;
    }

    private static List<String> studyCoders(String machine, List<String> against) {
        List<String> coders = new ArrayList<>();
        coders.add(machine);
        coders.addAll(against);
        return coders;
    }

    /** The cross-validated machine's name in the figures: not a coder of the project. */
    private static String machineName(ProjectSession session, String suggesterId) {
        String base = MachineCodings.PREFIX + suggesterId + " (cross-validated)";
        String name = base;
        for (int n = 2; session.coders().find(name).isPresent(); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static VirtualCoder virtual(String name, Map<Long, List<CodeSpan>> machine, ProjectMaterial material) {
        List<VirtualCoder.Span> spans = new ArrayList<>();
        machine.forEach((document, codings) -> codings.forEach(c ->
                spans.add(new VirtualCoder.Span(document, material.codeIds().get(c.code()), c.start(), c.end()))));
        return new VirtualCoder(name, spans);
    }

    private static UnitCounts counts(ProjectMaterial material, EvaluationRequest request, List<Long> evaluated,
                                     Map<Long, List<CodeSpan>> machine, String human, String code) {
        UnitCounts counts = new UnitCounts();
        for (long document : evaluated) {
            counts.add(material.document(document), request.settings().unit(), code,
                    machine.getOrDefault(document, List.of()), material.codings(human, document));
        }
        return counts;
    }

    /** A pairwise measure's value for the pair machine|human; NaN if the measure is not installed. */
    static double pairValue(List<MeasureValue> values, String machine, String human) {
        String pair = machine + "|" + human;
        return values.stream().filter(v -> v.measureId().equals(LEARNING_CURVE_MEASURE) && pair.equals(v.pair()))
                .mapToDouble(MeasureValue::value).findFirst().orElse(Double.NaN);
    }
}
