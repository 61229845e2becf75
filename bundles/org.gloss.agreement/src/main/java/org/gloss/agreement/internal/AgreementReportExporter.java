package org.gloss.agreement.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.agreement.internal.AgreementErrors;
import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.ExportScope;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Coder;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The HTML agreement report as an exporter, so it is listed by {@code gloss export --list} and in
 * the workbench's Export menu next to the other formats. It is the report of
 * {@code gloss agree --format html}: per-code table coloured by strength, disagreement excerpts
 * and the adjudication log. Without {@code -O coders=A,B} it compares every coder who has
 * codings in scope, except the consensus coder (whose codings are decisions, not judgements).
 */
@Component(service = Exporter.class)
public class AgreementReportExporter implements Exporter {
    static final String CONSENSUS = "consensus";

    @Reference
    private InstalledMeasures measures;

    public AgreementReportExporter() {
    }

    /** With a fixed set of measures (tests are not bundles and have no service registry). */
    AgreementReportExporter(List<AgreementMeasure> measures) {
        this.measures = new InstalledMeasures(measures);
    }

    @Override
    public String id() {
        return "agreement";
    }

    @Override
    public String displayName() {
        return "Inter-coder agreement report (HTML)";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("coders", "coders to compare, comma separated (default: every coder with codings except 'consensus')");
        options.put("unit", "char (default), segment, document, sentence, paragraph or turn");
        options.put("min-overlap", "segment units: overlap needed to match, in % (default 90)");
        options.put("bootstrap", "bootstrap resamples for the intervals (default 1000; 0: none)");
        options.put("seed", "bootstrap seed (default 1)");
        options.put("all-documents", "true: also documents some compared coder has not coded at all (default false: left out)");
        options.put("all-codes", "true: also codes no compared coder used (default false: listed as not used)");
        options.put("bootstrap-by", "unit (default) or document: resample whole documents (a cluster bootstrap; gives u-alpha an interval)");
        return options;
    }

    @Override
    public void export(ProjectSession project, ExportRequest request, OutputStream out) throws IOException {
        List<AgreementMeasure> now = measures.current();
        ExportScope scope = request.scope();
        if (scope.coder() != null) {
            throw new GlossException("the agreement report compares coders: choose them with -O coders=A,B, not --coder");
        }
        AgreementOptions options = options(request);
        Study study = StudyLoader.load(project, coders(project, request),
                scope.code() == null ? null : List.of(scope.code()),
                scope.document() == null ? null : List.of(scope.document()), flag(request, "all-documents"));
        AgreementReport report = new AgreementEngine(now, options).run(study);
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        HtmlReport.write(writer, report, options, HtmlReport.disagreementExcerpts(study, 5), adjudicationLog(project));
        writer.flush();
    }

    private static AgreementOptions options(ExportRequest request) {
        UnitLevel level;
        String unit = request.option("unit", "char");
        try {
            level = UnitLevel.parse(unit);
        } catch (IllegalArgumentException e) {
            throw new GlossException("unit must be char, segment, document, sentence, paragraph or turn, got '" + unit + "'");
        }
        double minOverlap = number(request, "min-overlap", "90");
        if (!(minOverlap > 0 && minOverlap <= 100)) {
            throw AgreementErrors.badMinOverlap(minOverlap);
        }
        int resamples = (int) number(request, "bootstrap", "1000");
        if (resamples < 0) {
            throw AgreementErrors.negativeResamples(resamples);
        }
        long seed = (long) number(request, "seed", "1");
        String by = request.option("bootstrap-by", "unit").strip().toLowerCase(java.util.Locale.ROOT);
        if (!by.equals("unit") && !by.equals("document")) {
            throw new GlossException("option bootstrap-by must be unit or document, got '" + by + "'");
        }
        AgreementOptions defaults = AgreementOptions.defaults(level);
        return new AgreementOptions(level, minOverlap / 100, false, false, resamples, seed, defaults.confidence(),
                by.equals("document"), flag(request, "all-codes"));
    }

    private static boolean flag(ExportRequest request, String option) {
        String value = request.option(option, "false").strip().toLowerCase(java.util.Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new GlossException("option " + option + " must be true or false, got '" + value + "'");
        }
        return value.equals("true");
    }

    private static double number(ExportRequest request, String option, String defaultValue) {
        String value = request.option(option, defaultValue);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new GlossException("option " + option + " must be a number, got '" + value + "'");
        }
    }

    private static List<String> coders(ProjectSession project, ExportRequest request) {
        String given = request.options().get("coders");
        if (given != null) {
            return Arrays.stream(given.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return project.coders().list().stream()
                .filter(coder -> !coder.name().equals(CONSENSUS))
                .filter(coder -> !project.codings().list(new CodingFilter(null, null, coder.id())).isEmpty())
                .map(Coder::name)
                .toList();
    }

    private static List<AdjudicationDecision> adjudicationLog(ProjectSession session) {
        try {
            return session.adjudications().list();
        } catch (GlossException storeKeepsNoLog) {
            return List.of();
        }
    }
}
