package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gloss.agreement.internal.AgreementErrors;
import org.gloss.api.agreement.AgreementFigures;
import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.agreement.AgreementStudies;
import org.gloss.api.agreement.Disagreement;
import org.gloss.api.agreement.MeasureValue;
import org.gloss.api.agreement.ScopeFigures;
import org.gloss.api.agreement.SpanDecisionRequest;
import org.gloss.api.agreement.SpanDecisionResult;
import org.gloss.api.agreement.StudyScope;
import org.gloss.api.store.ProjectSession;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The inter-coder comparison service: figures with whatever agreement measures are installed
 * (they come and go with their bundles), disagreements and single decisions. The commands
 * {@code disagreements} and {@code adjudicate-span} use it too.
 */
@Component(service = AgreementStudies.class)
public class AgreementStudiesService implements AgreementStudies {
    private final List<AgreementMeasure> measures = new CopyOnWriteArrayList<>();

    public AgreementStudiesService() {
    }

    /** With a fixed set of measures (for tests, which are not bundles and have no service registry). */
    public AgreementStudiesService(List<AgreementMeasure> measures) {
        this.measures.addAll(measures);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addMeasure(AgreementMeasure measure) {
        measures.add(measure);
    }

    void removeMeasure(AgreementMeasure measure) {
        measures.remove(measure);
    }

    @Override
    public AgreementFigures figures(ProjectSession session, StudyScope scope) {
        if (measures.isEmpty()) {
            throw AgreementErrors.noMeasures();
        }
        AgreementEngine engine = new AgreementEngine(List.copyOf(measures), AgreementOptions.defaults(UnitLevel.CHAR).withResamples(0));
        AgreementReport report = engine.run(load(session, scope));
        Map<String, ScopeFigures> codes = new LinkedHashMap<>();
        report.codes.forEach((code, figures) -> codes.put(code, scopeFigures(engine.measures(), figures)));
        return new AgreementFigures(report.coders, codes, scopeFigures(engine.measures(), report.overall));
    }

    private static ScopeFigures scopeFigures(List<AgreementMeasure> measures, Figures figures) {
        List<MeasureValue> values = new ArrayList<>();
        for (AgreementMeasure measure : measures) {
            Object value = figures.values.get(measure.id());
            if (value instanceof Map<?, ?> byPair) {
                byPair.forEach((pair, v) -> values.add(new MeasureValue(measure.id(), measure.displayName(), (String) pair,
                        (Double) v)));
            } else if (value instanceof Double v) {
                values.add(new MeasureValue(measure.id(), measure.displayName(), null, v));
            }
        }
        return new ScopeFigures(figures.units, figures.prevalence, values);
    }

    @Override
    public List<Disagreement> disagreements(ProjectSession session, StudyScope scope) {
        return Disagreements.of(load(session, scope));
    }

    @Override
    public SpanDecisionResult decide(ProjectSession session, SpanDecisionRequest request) {
        Study study = StudyLoader.load(session, request.coders(), List.of(request.code()), List.of(request.document()));
        return SpanDecision.decide(session, study, request);
    }

    private static Study load(ProjectSession session, StudyScope scope) {
        return StudyLoader.load(session, scope.coders(), scope.codes(), scope.documents());
    }
}
