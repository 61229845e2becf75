package org.gloss.agreement.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.gloss.agreement.internal.AgreementErrors;
import org.gloss.api.agreement.Disagreement;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.store.AdjudicationDecision;

/** Writes a report in the chosen format, to standard output or to a file. */
final class ReportOutput {
    /** What only the HTML report shows, computed only when it is asked for. */
    record HtmlExtras(List<Disagreement> excerpts, List<AdjudicationDecision> log) {
    }

    private ReportOutput() {
    }

    static void write(CommandContext context, AgreeCommand.Format format, Path file, AgreementReport report,
                      AgreementOptions options, Supplier<HtmlExtras> extras) {
        if (file == null) {
            render(context.out(), format, report, options, extras);
            context.out().flush();
            return;
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            render(out, format, report, options, extras);
        } catch (IOException e) {
            throw AgreementErrors.cannotWrite(file, e.getMessage());
        }
        context.out().println("wrote " + file);
    }

    private static void render(PrintWriter out, AgreeCommand.Format format, AgreementReport report, AgreementOptions options,
                               Supplier<HtmlExtras> extras) {
        switch (format) {
            case json -> ReportJson.write(out, report, options);
            case csv -> ReportText.csv(out, report);
            case html -> {
                HtmlExtras x = extras.get();
                HtmlReport.write(out, report, options, x.excerpts(), x.log());
            }
            default -> ReportText.table(out, report);
        }
    }
}
