package org.gloss.agreement.internal;

import java.util.List;
import java.util.concurrent.Callable;

import org.gloss.agreement.internal.AgreementErrors;
import org.gloss.api.agreement.SpanDecisionRequest;
import org.gloss.api.agreement.SpanDecisionRequest.Choice;
import org.gloss.api.agreement.SpanDecisionResult;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.TextSpan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss adjudicate-span}: one decision on one disagreement (what a comparison view does per click). */
@Command(name = "adjudicate-span", description = "Decide one disagreement: within [start, end) of a document and code, "
        + "give the consensus coder one coder's coding, both, neither, or an edited extent; the decision is logged.")
final class DecideCommand implements Callable<Integer> {
    private final CommandContext context;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "P") String project;
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

    DecideCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        TextSpan edited = null;
        if (extent != null) {
            String[] parts = extent.split("-");
            try {
                edited = new TextSpan(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            } catch (RuntimeException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--extent must be START-END, got '" + extent + "'");
            }
        }
        Choice kind = edited != null ? Choice.EXTENT
                : choice.equals("both") ? Choice.BOTH : choice.equals("neither") ? Choice.NEITHER : Choice.CODER;
        String by = decidedBy != null ? decidedBy : System.getProperty("user.name", "unknown");
        try (ProjectSession session = context.openProject(project)) {
            SpanDecisionResult result = ComparisonService.of(context).decide(session, new SpanDecisionRequest(coderOptions.names(),
                    document, code, span(), kind, kind == Choice.CODER ? choice : null, edited, consensus, by, note));
            context.out().printf("%s: %s, %d coding(s) added%n", consensus,
                    result.logged().outcome().name().toLowerCase(java.util.Locale.ROOT), result.added().size());
        }
        return 0;
    }

    private TextSpan span() {
        if (start < 0 || end <= start) {
            throw AgreementErrors.invalidSpan(document, start, end);
        }
        return new TextSpan(start, end);
    }
}
