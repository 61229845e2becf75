package org.gloss.export.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.exchange.CodebookImporter;
import org.gloss.api.exchange.ImportReport;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.exchange.Importers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gloss import-codebook P FILE.qdc}: adds a codebook file's codes to a project, all or nothing. */
@Command(name = "import-codebook", description = "Import a codebook file (REFI-QDA .qdc) into a project; "
        + "codes whose name exists are kept.")
public class ImportCodebookCommand implements Callable<Integer> {
    private final CommandContext context;
    @Parameters(index = "0", paramLabel = "P") String project;
    @Parameters(index = "1", paramLabel = "FILE") Path file;

    public ImportCodebookCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CodebookImporter importer = Importers.forFile(context.services(CodebookImporter.class), CodebookImporter::extensions, file);
        ImportReport report;
        try (ProjectSession session = context.openProject(project)) {
            report = importer.importCodebook(file, session);
        }
        report.warnings().forEach(w -> context.err().println("gloss: warning: " + w));
        context.out().println("imported " + report.codes() + " codes from " + file.getFileName());
        return 0;
    }
}
