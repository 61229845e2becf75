package org.gloss.importer.text.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.importer.ImportedText;
import org.gloss.core.importing.FileErrors;
import org.gloss.core.importing.StoredText;
import org.osgi.service.component.annotations.Component;

/** Plain text and Markdown, read as strict UTF-8; Markdown is kept as written (its markup is text). */
@Component(service = DocumentImporter.class)
public class PlainTextImporter implements DocumentImporter {
    @Override
    public String id() {
        return "text";
    }

    @Override
    public String displayName() {
        return "Plain text and Markdown (UTF-8)";
    }

    @Override
    public List<String> extensions() {
        return List.of("txt", "md");
    }

    @Override
    public ImportedText read(Path file) {
        try {
            return new ImportedText(StoredText.fromUtf8(Files.readAllBytes(file), file));
        } catch (NoSuchFileException e) {
            throw FileErrors.fileNotFound(file);
        } catch (IOException e) {
            throw FileErrors.unreadable(file, e.getMessage());
        }
    }
}
