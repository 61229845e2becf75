package org.gloss.export.cli.internal;

import java.nio.file.Path;
import java.util.Set;

import org.gloss.api.cli.CommandContribution;
import org.gloss.api.exchange.ImportReport;
import org.gloss.api.exchange.ProjectImporter;
import org.gloss.core.cli.GlossCommand;
import org.gloss.core.exchange.Importers;
import org.gloss.core.exchange.NewProjectFile;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gloss import-project FILE.qdpx --out P.gloss}: reads another tool's (or Gloss's) project
 * file into a new project. The project is built in a temporary file and moved into place only
 * when the import succeeded, so a refused file leaves nothing behind.
 */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=import-project")
@Command(name = "import-project", description = "Import a whole project file (REFI-QDA .qdpx) into a new Gloss project.")
public class ImportProjectCommand extends GlossCommand {
    @Parameters(index = "0", paramLabel = "FILE") Path file;
    @Option(names = "--out", required = true, paramLabel = "P") Path target;
    @Option(names = "--allow-external-sources", description = "read source texts the file names outside itself "
            + "(absolute:// paths, basePath); refused by default, each read is reported")
    boolean allowExternalSources;

    @Override
    public Integer call() {
        ProjectImporter importer = Importers.forFile(context().services(ProjectImporter.class), ProjectImporter::extensions, file);
        ImportReport report = new NewProjectFile(context()::createProject, target).build(session -> importer.importProject(file, session,
                allowExternalSources ? Set.of(ProjectImporter.ALLOW_EXTERNAL_SOURCES) : Set.of()));
        report.warnings().forEach(w -> context().err().println("gloss: warning: " + w));
        context().out().println("imported " + file.getFileName() + " into " + target + ": " + report.summary());
        return 0;
    }
}
