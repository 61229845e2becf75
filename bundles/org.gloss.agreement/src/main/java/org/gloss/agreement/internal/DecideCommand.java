package org.gloss.agreement.internal;

import java.util.List;

import org.gloss.agreement.internal.AgreementErrors;
import org.gloss.api.agreement.SpanDecisionRequest;
import org.gloss.api.agreement.SpanDecisionRequest.Choice;
import org.gloss.api.agreement.SpanDecisionResult;
import org.gloss.api.cli.CommandContribution;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.ProjectCommand;
import org.gloss.model.TextSpan;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gloss adjudicate-span}: one decision on one disagreement (what a comparison view does per click). */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=adjudicate-span")
@Command(name = "adjudicate-span", description = "Decide one disagreement: within [start, end) of a document and code, "
        + "give the consensus coder one coder's coding, both, neither, or an edited extent; the decision is logged.")
public class DecideCommand extends ProjectCommand {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin CoderOptions coderOptions;
    @Option(names = "--doc", required = true, paramLabel = "D") String document;
    @Option(names = "--code", required = true, paramLabel = "C") String code;
    @Option(names = "--start", required = true, paramLabel = "S") int start;
    @Option(names = "--end", required = true, paramLabel = "E") int end;
    @Option(names = "--choose", paramLabel = "CODER|both|neither", defaultValue = "both") String choice;
    @Option(names = "--extent", paramLabel = "S-E", description = "accept this edited extent instead") String extent;
    @Option(names = "--into", defaultValue = "consensus", paramLabel = "CODER") String consensus;
    @Option(names = "--by", paramLabel = "NAME") String decidedBy;
    @Option(names = "--note", paramLabel = "TEXT") String note;

    private TextSpan edited;
    private Choice kind;

    @Override
    protected void checkArguments() {
        if (extent != null) {
            String[] parts = extent.split("-");
            try {
                edited = new TextSpan(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            } catch (RuntimeException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--extent must be START-END, got '" + extent + "'");
            }
        }
        kind = edited != null ? Choice.EXTENT
                : choice.equals("both") ? Choice.BOTH : choice.equals("neither") ? Choice.NEITHER : Choice.CODER;
    }

    @Override
    protected void run(ProjectSession session) {
        String by = decidedBy != null ? decidedBy : System.getProperty("user.name", "unknown");
        SpanDecisionResult result = ComparisonService.of(context()).decide(session, new SpanDecisionRequest(coderOptions.names(),
                document, code, span(), kind, kind == Choice.CODER ? choice : null, edited, consensus, by, note));
        context().out().printf("%s: %s, %d coding(s) added%n", consensus,
                result.logged().outcome().name().toLowerCase(java.util.Locale.ROOT), result.added().size());
    }

    private TextSpan span() {
        if (start < 0 || end <= start) {
            throw AgreementErrors.invalidSpan(document, start, end);
        }
        return new TextSpan(start, end);
    }
}
