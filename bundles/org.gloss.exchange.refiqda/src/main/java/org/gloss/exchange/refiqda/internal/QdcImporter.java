package org.gloss.exchange.refiqda.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gloss.api.exchange.CodebookImporter;
import org.gloss.api.exchange.ImportReport;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.importing.FileErrors;
import org.gloss.exchange.refiqda.internal.QdaXml.Node;
import org.osgi.service.component.annotations.Component;

/** Imports a REFI-QDA codebook (.qdc) into an existing project, with the same checks as a project. */
@Component(service = CodebookImporter.class)
public class QdcImporter implements CodebookImporter {
    /** A codebook is small; anything larger than this is not one. */
    static final long MAX_BYTES = 64L << 20;

    @Override
    public String id() {
        return "qdc";
    }

    @Override
    public String displayName() {
        return "REFI-QDA codebook exchange (QDC)";
    }

    @Override
    public List<String> extensions() {
        return List.of("qdc");
    }

    @Override
    public ImportReport importCodebook(Path file, ProjectSession target) {
        List<ImportedProject.Code> codes = read(file);
        return new ProjectLoader(target, file.getFileName().toString(), new ArrayList<>()).loadCodebook(codes);
    }

    List<ImportedProject.Code> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw FileErrors.fileNotFound(file);
        }
        byte[] xml;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw RefiQdaErrors.entryTooLarge(file, file.getFileName().toString(), MAX_BYTES);
            }
            xml = Files.readAllBytes(file);
        } catch (IOException e) {
            throw FileErrors.unreadable(file, e.getMessage());
        }
        String what = file.getFileName().toString();
        QdaXml.fixNamespaceTypo(xml);
        Node root = QdaXml.parse(xml, what);
        if (!root.name().equals("CodeBook") || !Namespaces.CODEBOOK.equals(root.namespace())) {
            throw RefiQdaErrors.wrongRoot(what, "<CodeBook xmlns=\"" + Namespaces.CODEBOOK + "\">",
                    "<" + root.name() + " xmlns=\"" + root.namespace() + "\">");
        }
        GuidCheck.check(root, what);
        QdaXml.validate(xml, QdaXml.codebookSchema(), what);
        List<ImportedProject.Code> codes = new ArrayList<>();
        root.child("Codes").ifPresent(c -> collect(c, codes));
        return codes;
    }

    private static void collect(Node codesElement, List<ImportedProject.Code> codes) {
        CodeNodes.preorder(codesElement, (code, parentGuid) -> {
            String guid = GuidCheck.normalize(code.attr("guid"));
            String description = code.childText("Description").filter(d -> !d.isBlank()).orElse(null);
            codes.add(new ImportedProject.Code(guid, code.attr("name").strip(), parentGuid,
                    ProjectXmlReader.color(code.attr("color")), description));
            return guid;
        });
    }
}
