package org.gloss.core.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.importer.ImportOptions;
import org.gloss.api.importer.ImportedText;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.Document;
import org.gloss.model.SourceFile;

/** Imports a source file as a new document: chooses the importer, names and records provenance. */
public final class DocumentImports {
    private DocumentImports() {
    }

    /** A document's name is its file name without the extension. */
    public static String documentName(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    public static String extension(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    public static Optional<DocumentImporter> importerFor(Collection<DocumentImporter> importers, Path file) {
        String ext = extension(file);
        return importers.stream().filter(i -> i.extensions().contains(ext)).findFirst();
    }

    /**
     * Reads the file and adds it as one document, all or nothing. A duplicate name is always an
     * error; duplicate content is one unless {@code allowDuplicate}.
     */
    public static Document importFile(ProjectSession project, Collection<DocumentImporter> importers, Path file,
                                      boolean allowDuplicate) {
        return importFile(project, importers, file, allowDuplicate, ImportOptions.NONE);
    }

    /** As {@link #importFile(ProjectSession, Collection, Path, boolean)}, with the user's import options. */
    public static Document importFile(ProjectSession project, Collection<DocumentImporter> importers, Path file,
                                      boolean allowDuplicate, ImportOptions options) {
        InputFiles.requireRegularFile(file);
        DocumentImporter importer = options.value(ImportOptions.IMPORTER)
                .map(id -> importers.stream().filter(i -> i.id().equals(id)).findFirst()
                        .orElseThrow(() -> ImportErrors.unknownImporter(id)))
                .orElseGet(() -> importerFor(importers, file).orElseThrow(() -> FileErrors.noImporter(file)));
        String name = documentName(file);
        if (project.documents().find(name).isPresent()) {
            throw ProjectErrors.duplicateDocumentName(name);
        }
        SourceFile source = describe(file, importer.id());
        ImportedText imported = importer.read(file, options);
        String text = storedText(imported, importer);
        // whatever the importer: a document needs text to code (README: empty input is an error)
        if (text.isEmpty()) {
            throw ImportErrors.empty(file);
        }
        if (!StoredText.hasContent(text)) {
            throw ImportErrors.noVisibleText(file);
        }
        NewDocument document = new NewDocument(name, text, source, imported.attributes(), imported.turns());
        if (!allowDuplicate) {
            project.documents().findByContentHash(document.contentHash()).ifPresent(existing -> {
                throw ProjectErrors.duplicateDocumentContent(name, existing.name());
            });
        }
        return project.documents().add(document);
    }

    /**
     * The stored-text rules hold whatever importer read the file (a plugin may forget them). Turns
     * point into the text as the importer returned it, so such text must already be normalized.
     */
    private static String storedText(ImportedText imported, DocumentImporter importer) {
        String normalized = StoredText.normalize(imported.text());
        if (!imported.turns().isEmpty() && !normalized.equals(imported.text())) {
            throw new IllegalStateException("importer " + importer.id()
                    + " returned turns for text that is not normalized with StoredText.normalize");
        }
        return normalized;
    }

    private static SourceFile describe(Path file, String importerId) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new SourceFile(file.getFileName().toString(), bytes.length, NewDocument.sha256(bytes), importerId);
        } catch (IOException e) {
            throw FileErrors.unreadable(file, e.getMessage());
        }
    }
}
