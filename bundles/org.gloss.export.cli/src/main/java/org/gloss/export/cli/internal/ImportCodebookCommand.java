package org.gloss.export.cli.internal;

import java.nio.file.Path;

import org.gloss.api.cli.CommandContribution;
import org.gloss.api.exchange.CodebookImporter;
import org.gloss.api.exchange.ImportReport;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.ProjectCommand;
import org.gloss.core.exchange.Importers;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gloss import-codebook P FILE.qdc}: adds a codebook file's codes to a project, all or nothing. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=import-codebook")
@Command(name = "import-codebook", description = "Import a codebook file (REFI-QDA .qdc) into a project; "
        + "codes whose name exists are kept.")
public class ImportCodebookCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "FILE") Path file;
    private CodebookImporter importer;

    @Override
    protected void checkArguments() {
        importer = Importers.forFile(context().services(CodebookImporter.class), CodebookImporter::extensions, file);
    }

    @Override
    protected void run(ProjectSession session) {
        ImportReport report = importer.importCodebook(file, session);
        report.warnings().forEach(w -> context().err().println("gloss: warning: " + w));
        context().out().println("imported " + report.codes() + " codes from " + file.getFileName());
    }
}
