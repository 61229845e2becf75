package org.gloss.agreement.internal;

import java.util.List;

import org.gloss.api.cli.CommandContribution;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.ProjectCommand;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gloss adjudicate}: bulk decisions into a consensus coder, every decision logged. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=adjudicate")
@Command(name = "adjudicate", description = "Give a consensus coder the accepted codings of the compared coders "
        + "(their own codings never change); every decision goes to the adjudication log.")
public class AdjudicateCommand extends ProjectCommand {
    @Mixin CoderOptions coderOptions;
    @Option(names = "--into", defaultValue = "consensus", paramLabel = "CODER") String consensus;
    @Option(names = "--accept", defaultValue = "agreed", paramLabel = "agreed|union|CODER",
            description = "agreed: text all coders coded; union: text any coder coded; CODER: that coder's codings") String accept;
    @Option(names = "--code", paramLabel = "C") List<String> codes;
    @Option(names = "--doc", paramLabel = "D") List<String> documents;
    @Option(names = "--all-documents", description = "also documents some compared coder has not coded at all "
            + "(by default they are left out)") boolean allDocuments;
    @Option(names = "--by", paramLabel = "NAME", description = "who decides (default: the user name)") String decidedBy;
    @Option(names = "--note", paramLabel = "TEXT") String note;

    @Override
    protected void run(ProjectSession session) {
        String by = decidedBy != null ? decidedBy : System.getProperty("user.name", "unknown");
        Study study = StudyLoader.load(session, coderOptions.names(), codes, documents, allDocuments);
        Adjudicator.Result result = new Adjudicator(session, study, accept, consensus, by, note).run();
        context().out().printf("%s: %d coding(s) added; %d span(s) accepted, %d rejected (rule %s)%n", consensus,
                result.codingsAdded(), result.accepted(), result.rejected(), accept);
    }
}
