package org.gloss.importer.text.internal;

import java.nio.file.Path;

import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.importer.ImportedText;
import org.gloss.core.importing.FileImporter;
import org.gloss.core.importing.ImportChecks;
import org.gloss.core.importing.StoredText;
import org.osgi.service.component.annotations.Component;

/** Plain text and Markdown, read as strict UTF-8; Markdown is kept as written (its markup is text). */
@Component(service = DocumentImporter.class)
public class PlainTextImporter extends FileImporter {
    public PlainTextImporter() {
        super("text", "Plain text and Markdown (UTF-8)", "txt", "md");
    }

    @Override
    public ImportedText read(Path file) {
        return new ImportedText(StoredText.fromUtf8(ImportChecks.readAllBytes(file), file));
    }
}
