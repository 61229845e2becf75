package org.gloss.agreement.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gloss.agreement.internal.AgreementErrors;
import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.cli.CommandContribution;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.ProjectCommand;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gloss agree}: inter-coder agreement with every installed agreement measure. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=agree")
@Command(name = "agree", description = "Inter-coder agreement per code and overall, with bootstrap intervals "
        + "(definitions: docs/agreement.md).")
public class AgreeCommand extends ProjectCommand {
    enum Format { table, json, csv, html }

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin CoderOptions coderOptions;
    @Mixin SetOptions setOptions = new SetOptions();
    @Option(names = "--code", paramLabel = "C", description = "code(s) to measure (default: all); repeatable") List<String> codes;
    @Option(names = "--doc", paramLabel = "D", description = "document(s) in scope (default: all); repeatable") List<String> documents;
    @Option(names = "--unit", defaultValue = "char", paramLabel = "char|segment|document|sentence|paragraph|turn") String unit;
    @Option(names = "--min-overlap", defaultValue = "90", paramLabel = "PERCENT",
            description = "segment units: overlap needed to match, in %% of the joint extent (default 90)") double minOverlap;
    @Option(names = "--all-documents", description = "also documents some compared coder has not coded at all "
            + "(by default they are left out: not yet coded is not coded as absent)") boolean allDocuments;
    @Option(names = "--all-codes", description = "also codes no compared coder used (by default listed as not used "
            + "and left out of the figures)") boolean allCodes;
    @Option(names = "--coded-only", description = "only units that at least one coder coded with any code in scope") boolean codedOnly;
    @Option(names = "--by-document", description = "add figures per document") boolean byDocument;
    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "N", description = "bootstrap resamples (0: no intervals)") int resamples;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S") long seed;
    @Option(names = "--bootstrap-by", defaultValue = "unit", paramLabel = "unit|document",
            description = "resample units (default) or whole documents (cluster bootstrap)") String bootstrapBy;
    @Option(names = "--confidence", defaultValue = "95", paramLabel = "PERCENT") double confidence;
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv|html") Format format;
    @Option(names = "--out", paramLabel = "FILE", description = "write the report to a file (required for html)") Path outFile;

    private List<AgreementMeasure> measures;
    private AgreementOptions options;

    @Override
    protected void checkArguments() {
        UnitLevel level;
        try {
            level = UnitLevel.parse(unit);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--unit must be char, segment, document, sentence, paragraph or turn, got '" + unit + "'");
        }
        if (!(minOverlap > 0 && minOverlap <= 100)) {
            throw AgreementErrors.badMinOverlap(minOverlap);
        }
        if (!(confidence > 0 && confidence < 100)) {
            throw AgreementErrors.badConfidence(confidence);
        }
        if (resamples < 0) {
            throw AgreementErrors.negativeResamples(resamples);
        }
        if (format == Format.html && outFile == null) {
            throw AgreementErrors.htmlNeedsOut();
        }
        measures = new ArrayList<>(context().services(AgreementMeasure.class));
        if (measures.isEmpty()) {
            throw AgreementErrors.noMeasures();
        }
        if (!bootstrapBy.equals("unit") && !bootstrapBy.equals("document")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--bootstrap-by must be unit or document, got '" + bootstrapBy + "'");
        }
        options = new AgreementOptions(level, minOverlap / 100, codedOnly, byDocument, resamples, seed,
                confidence / 100, bootstrapBy.equals("document"), allCodes);
    }

    @Override
    protected void run(ProjectSession session) {
        Study study = StudyLoader.load(session, coderOptions.names(), codes, setOptions.documents(session, documents), allDocuments);
        AgreementReport report = new AgreementEngine(measures, options).run(study);
        ReportOutput.write(context(), format, outFile, report, options,
                () -> new ReportOutput.HtmlExtras(HtmlReport.disagreementExcerpts(study, 5), adjudicationLog(session)));
    }

    private static List<AdjudicationDecision> adjudicationLog(ProjectSession session) {
        try {
            return session.adjudications().list();
        } catch (GlossException storeKeepsNoLog) {
            return List.of();
        }
    }
}
