package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.agreement.internal.AgreementErrors;
import org.gloss.api.agreement.AgreementFigures;
import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.agreement.AgreementStudies;
import org.gloss.api.agreement.CodingTable;
import org.gloss.api.agreement.Disagreement;
import org.gloss.api.agreement.MeasureValue;
import org.gloss.api.agreement.ScopeFigures;
import org.gloss.api.agreement.SpanDecisionRequest;
import org.gloss.api.agreement.SpanDecisionResult;
import org.gloss.api.agreement.StudyOptions;
import org.gloss.api.agreement.StudyScope;
import org.gloss.api.agreement.VirtualCoder;
import org.gloss.api.store.ProjectSession;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The inter-coder comparison service: figures with whatever agreement measures are installed
 * (they come and go with their bundles), disagreements and single decisions. The commands
 * {@code disagreements} and {@code adjudicate-span} use it too.
 */
@Component(service = AgreementStudies.class)
public class AgreementStudiesService implements AgreementStudies {
    @Reference
    private InstalledMeasures measures;

    public AgreementStudiesService() {
    }

    /** With a fixed set of measures (for tests, which are not bundles and have no service registry). */
    public AgreementStudiesService(List<AgreementMeasure> measures) {
        this.measures = new InstalledMeasures(measures);
    }

    @Override
    public AgreementFigures figures(ProjectSession session, StudyScope scope) {
        List<AgreementMeasure> now = measures.current();
        return figures(now, load(session, scope), AgreementOptions.defaults(UnitLevel.CHAR).withResamples(0));
    }

    @Override
    public AgreementFigures figures(CodingTable codings, int resamples) {
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples must not be negative: " + resamples);
        }
        return figures(measures.current(), TableStudy.of(codings),
                AgreementOptions.defaults(UnitLevel.CHAR).withResamples(resamples));
    }

    private static AgreementFigures figures(List<AgreementMeasure> measures, Study study, AgreementOptions options) {
        AgreementEngine engine = new AgreementEngine(measures, options);
        AgreementReport report = engine.run(study);
        Map<String, ScopeFigures> codes = new LinkedHashMap<>();
        report.codes.forEach((code, figures) -> codes.put(code, scopeFigures(engine.measures(), figures)));
        Map<String, List<String>> leftOut = new LinkedHashMap<>();
        report.documentsLeftOut.forEach(left -> leftOut.put(left.document(), left.notCodedBy()));
        return new AgreementFigures(report.coders, codes, scopeFigures(engine.measures(), report.overall), report.documents,
                leftOut, report.codesNotUsed);
    }

    @Override
    public AgreementFigures figures(ProjectSession session, StudyScope scope, StudyOptions options,
                                    List<VirtualCoder> virtualCoders) {
        List<AgreementMeasure> now = measures.current();
        UnitLevel level;
        try {
            level = UnitLevel.parse(options.unit());
        } catch (IllegalArgumentException e) {
            throw AgreementErrors.badUnit(options.unit());
        }
        if (level == UnitLevel.SEGMENT) {
            throw AgreementErrors.badUnit(options.unit()); // segments are matched per pair: no units to pool
        }
        AgreementOptions engineOptions = new AgreementOptions(level, 0.9, false, false, options.resamples(), options.seed(),
                options.confidence(), options.bootstrapByDocument());
        return figures(now, StudyLoader.load(session, scope.coders(), scope.codes(), scope.documents(), scope.allDocuments(),
                virtualCoders), engineOptions);
    }

    private static ScopeFigures scopeFigures(List<AgreementMeasure> measures, Figures figures) {
        List<MeasureValue> values = new ArrayList<>();
        for (AgreementMeasure measure : measures) {
            Object value = figures.values.get(measure.id());
            if (value instanceof Map<?, ?> byPair) {
                byPair.forEach((pair, v) -> values.add(measureValue(measure, (String) pair, (Double) v, figures)));
            } else if (value instanceof Double v) {
                values.add(measureValue(measure, null, v, figures));
            }
        }
        return new ScopeFigures(figures.units, figures.prevalence, values);
    }

    private static MeasureValue measureValue(AgreementMeasure measure, String pair, double value, Figures figures) {
        double[] interval = figures.interval(measure.id(), pair);
        return interval == null ? new MeasureValue(measure.id(), measure.displayName(), pair, value)
                : new MeasureValue(measure.id(), measure.displayName(), pair, value, interval[0], interval[1]);
    }

    @Override
    public List<Disagreement> disagreements(ProjectSession session, StudyScope scope) {
        return Disagreements.of(load(session, scope));
    }

    @Override
    public SpanDecisionResult decide(ProjectSession session, SpanDecisionRequest request) {
        // the request names its document: it is decided even if a coder has not coded it otherwise
        Study study = StudyLoader.load(session, request.coders(), List.of(request.code()), List.of(request.document()), true);
        return SpanDecision.decide(session, study, request);
    }

    private static Study load(ProjectSession session, StudyScope scope) {
        return StudyLoader.load(session, scope.coders(), scope.codes(), scope.documents(), scope.allDocuments());
    }
}
