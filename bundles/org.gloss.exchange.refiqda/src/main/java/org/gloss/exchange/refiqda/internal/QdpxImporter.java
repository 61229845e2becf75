package org.gloss.exchange.refiqda.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.gloss.api.exchange.ImportReport;
import org.gloss.api.exchange.ProjectImporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.importing.FileErrors;
import org.gloss.exchange.refiqda.internal.QdaXml.Node;
import org.osgi.service.component.annotations.Component;

/**
 * Imports a REFI-QDA project (.qdpx) into a new project. The archive is untrusted: it is read
 * with limits, its XML refused if it has a DOCTYPE, checked for GUIDs and validated against the
 * bundled Project.xsd, and read completely before the first write.
 */
@Component(service = ProjectImporter.class)
public class QdpxImporter implements ProjectImporter {
    private final SafeArchive.Limits limits;

    public QdpxImporter() {
        this(SafeArchive.Limits.DEFAULT);
    }

    QdpxImporter(SafeArchive.Limits limits) {
        this.limits = limits;
    }

    @Override
    public String id() {
        return "qdpx";
    }

    @Override
    public String displayName() {
        return "REFI-QDA project exchange (QDPX)";
    }

    @Override
    public List<String> extensions() {
        return List.of("qdpx");
    }

    @Override
    public ImportReport importProject(Path file, ProjectSession target) {
        return importProject(file, target, Set.of());
    }

    @Override
    public ImportReport importProject(Path file, ProjectSession target, Set<String> options) {
        ImportedProject project = read(file, options.contains(ALLOW_EXTERNAL_SOURCES));
        return new ProjectLoader(target, file.getFileName().toString(), project.warnings).loadProject(project);
    }

    /** Reads and checks everything, refusing source texts from outside the archive; writes nothing. */
    ImportedProject read(Path file) {
        return read(file, false);
    }

    /** Reads and checks everything; writes nothing. */
    ImportedProject read(Path file, boolean allowExternalSources) {
        if (!Files.isRegularFile(file)) {
            throw FileErrors.fileNotFound(file);
        }
        SafeArchive archive = SafeArchive.read(file, limits);
        byte[] xml = archive.required(QdpxLayout.PROJECT_ENTRY);
        boolean typo = QdaXml.fixNamespaceTypo(xml);
        Node root = QdaXml.parse(xml, ProjectXmlReader.WHAT);
        if (!root.name().equals("Project") || !Namespaces.PROJECT.equals(root.namespace())) {
            throw RefiQdaErrors.wrongRoot(ProjectXmlReader.WHAT, "<Project xmlns=\"" + Namespaces.PROJECT + "\">",
                    "<" + root.name() + " xmlns=\"" + root.namespace() + "\">");
        }
        Set<String> guids = GuidCheck.check(root, ProjectXmlReader.WHAT);
        QdaXml.validate(xml, QdaXml.projectSchema(), ProjectXmlReader.WHAT);
        List<String> externalReads = new java.util.ArrayList<>();
        SourceTexts texts = new SourceTexts(archive, root.attr("basePath"), allowExternalSources, externalReads::add);
        ImportedProject project = new ProjectXmlReader(root, guids, texts).read();
        project.warnings.addAll(0, externalReads);
        if (typo) {
            project.warnings.add(0, "the file uses the namespace typo '1:0'; read as QDA-XML 1.0");
        }
        return project;
    }
}
