package org.gloss.chart.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gloss.api.agreement.AgreementFigures;
import org.gloss.api.agreement.AgreementStudies;
import org.gloss.api.agreement.Disagreement;
import org.gloss.api.agreement.MeasureValue;
import org.gloss.api.agreement.ScopeFigures;
import org.gloss.api.agreement.StudyOptions;
import org.gloss.api.agreement.StudyScope;
import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.TextScope;
import org.gloss.api.chart.Chart;
import org.gloss.api.chart.ChartInput;
import org.gloss.api.chart.ChartItem;
import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartOption;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.chart.Rgb;
import org.gloss.api.error.GlossException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Inter-coder agreement: one bar per code (or per document) with the agreement engine's
 * coefficient and its bootstrap interval as whiskers, the reliability figure a methods section
 * needs. Per document, each document is a study of its own (its figures pooled over its codes).
 */
@Component(service = ChartKind.class)
public class AgreementChart implements ChartKind {
    static final String DEFAULT_MEASURE = "krippendorff_alpha";
    private static final List<ChartOption> OPTIONS = List.of(
            new ChartOption("measure", "the coefficient (an installed agreement measure's id, e.g. krippendorff_alpha, cohen_kappa, gwet_ac1)",
                    List.of(), DEFAULT_MEASURE),
            new ChartOption("per", "one bar per code or per document", List.of("code", "document"), "code"),
            new ChartOption("unit", "what is compared", List.of("char", "document", "sentence", "paragraph", "turn"), "char"),
            new ChartOption("bootstrap", "bootstrap resamples for the 95 % intervals (0: none)", List.of(), "1000"),
            new ChartOption("seed", "the bootstrap's seed", List.of(), "1"));

    @Reference
    private AgreementStudies studies;

    public AgreementChart() {
    }

    /** With a given agreement service (tests have no service registry). */
    public AgreementChart(AgreementStudies studies) {
        this.studies = studies;
    }

    @Override
    public String id() {
        return "agreement";
    }

    @Override
    public String title() {
        return "Inter-coder agreement";
    }

    @Override
    public String description() {
        return "per-code (or per-document) agreement coefficient bars with 95 % bootstrap intervals";
    }

    @Override
    public List<ChartInput> needs() {
        return List.of(ChartInput.CODERS);
    }

    @Override
    public List<ChartOption> options() {
        return OPTIONS;
    }

    @Override
    public Chart draw(ChartProject project, ChartRequest request) {
        ChartSupport.check(this, request);
        String measure = request.option("measure", DEFAULT_MEASURE);
        boolean perDocument = request.option("per", "code").equals("document");
        StudyScope scope = scope(project, request);
        StudyOptions options = options(request);
        AgreementFigures figures = studies.figures(project.session(), scope, options, List.of());
        Map<String, Rgb> colours = ChartSupport.codeColours(project.session());
        List<ChartItem> items = new ArrayList<>();
        List<Bars.Bar> bars = new ArrayList<>();
        String measureName = measure;
        if (perDocument) {
            for (String document : figures.documents()) {
                AgreementFigures one = studies.figures(project.session(), new StudyScope(scope.coders(), List.of(), List.of(document),
                        scope.allDocuments()), options, List.of());
                MeasureValue value = value(one.overall(), measure, one);
                measureName = value.displayName();
                ChartItem item = new ChartItem("document:" + document, document, List.of(), List.of(document), measureName,
                        value.value(), value.low(), value.high(), -1, -1);
                items.add(item);
                bars.add(new Bars.Bar(document, null, List.of(new Bars.Part(item.id(), safe(value.value()), Palette.series(0))),
                        value.low(), value.high()));
            }
        } else {
            for (Map.Entry<String, ScopeFigures> code : figures.codes().entrySet()) {
                MeasureValue value = value(code.getValue(), measure, figures);
                measureName = value.displayName();
                ChartItem item = new ChartItem("code:" + code.getKey(), code.getKey(), List.of(code.getKey()), figures.documents(),
                        measureName, value.value(), value.low(), value.high(), -1, -1);
                items.add(item);
                bars.add(new Bars.Bar(code.getKey(), null, List.of(new Bars.Part(item.id(), safe(value.value()),
                        colours.getOrDefault(code.getKey(), Palette.NEUTRAL_CODE))), value.low(), value.high()));
            }
        }
        double min = 0;
        for (ChartItem item : items) {
            min = Math.min(min, Math.min(safe(item.value()), Double.isNaN(item.low()) ? 0 : item.low()));
        }
        min = min < 0 ? Math.floor(min * 10) / 10 : 0;
        String title = title() + ": " + measureName + " per " + (perDocument ? "document" : "code");
        String note = "coders: " + String.join(", ", scope.coders()) + " · " + figures.documents().size() + " documents compared"
                + (figures.documentsLeftOut().isEmpty() ? "" : " (" + figures.documentsLeftOut().size() + " not coded by every coder left out)")
                + " · unit: " + options.unit() + (options.resamples() > 0 ? " · 95 % bootstrap intervals, " + options.resamples()
                + " resamples, seed " + options.seed() : " · no intervals");
        SceneBuilder scene = new SceneBuilder(request.width(), request.height());
        Frame.Plot plot = Frame.draw(scene, title, note, List.of(), Bars.AXIS_ROOM);
        Bars.draw(scene, plot, bars, min, 1, measureName, false);
        return new Chart(id(), title, note, items, scene.build());
    }

    private static double safe(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static MeasureValue value(ScopeFigures figures, String measure, AgreementFigures all) {
        return figures.values().stream().filter(v -> v.measureId().equals(measure)).findFirst()
                .orElseThrow(() -> new GlossException("unknown agreement measure '" + measure + "' (installed: " + String.join(", ",
                        all.overall().values().stream().map(MeasureValue::measureId).distinct().toList()) + ")"));
    }

    private StudyScope scope(ChartProject project, ChartRequest request) {
        List<String> documents = List.of();
        if (!request.filter().documents().isEmpty()) {
            TextScope inScope = project.analysis().textScope(request.filter().withCoders(List.of()), null, null);
            documents = inScope.documents().stream().map(TextScope.ScopedDocument::name).toList();
            if (documents.isEmpty()) {
                throw new GlossException("no document meets the filter: there is nothing to compare");
            }
        }
        return new StudyScope(request.coders(), List.of(), documents, false);
    }

    private static StudyOptions options(ChartRequest request) {
        return new StudyOptions(request.option("unit", "char"), ChartSupport.intOption(request, "bootstrap", 1000, 0, 100_000),
                ChartSupport.intOption(request, "seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE), 0.95, false);
    }

    @Override
    public List<AnalysisSegment> segments(ChartProject project, ChartRequest request, ChartItem item) {
        StudyScope scope = scope(project, request);
        StudyScope one = item.id().startsWith("document:")
                ? new StudyScope(scope.coders(), List.of(), item.documents(), false)
                : scope.withCode(item.codes().get(0));
        List<AnalysisSegment> segments = new ArrayList<>();
        for (Disagreement d : studies.disagreements(project.session(), one)) {
            segments.add(new AnalysisSegment(d.documentId(), d.document(), d.start(), d.end(), d.text(), "", "", List.of(d.code()),
                    String.join(", ", d.coders()), null));
        }
        return segments;
    }
}
