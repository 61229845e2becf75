package org.gloss.importer.pdf.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.gloss.api.error.GlossException;
import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.importer.ImportOptions;
import org.gloss.api.importer.ImportedText;
import org.gloss.core.importing.FileErrors;
import org.gloss.core.importing.FileImporter;
import org.gloss.core.importing.ImportChecks;
import org.gloss.core.importing.ImportErrors;
import org.gloss.core.importing.LibraryContext;
import org.gloss.core.importing.StoredText;
import org.osgi.service.component.annotations.Component;

/**
 * PDF files through Apache PDFBox. The text is in reading order: lines by position, two-column
 * pages column by column (see {@link PageWords}), one line per line and a blank line between
 * pages. With {@link ImportOptions#REFLOW} the lines become paragraphs (see {@link Reflow}).
 */
@Component(service = DocumentImporter.class)
public class PdfImporter extends FileImporter {
    static final String FORMAT = "PDF";

    public PdfImporter() {
        super("pdf", "PDF (Apache PDFBox; --reflow for paragraphs)", "pdf");
    }

    @Override
    public ImportedText read(Path file) {
        return read(file, ImportOptions.NONE);
    }

    @Override
    public ImportedText read(Path file, ImportOptions options) {
        ImportChecks.requireNonEmpty(file);
        checkEnvelope(file);
        // commons-logging (in the PDFBox library bundle) finds its configuration through the
        // context class loader: log to java.util.logging
        return LibraryContext.call(PDDocument.class, () -> load(file, options));
    }

    private ImportedText load(Path file, ImportOptions options) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<List<PdfLine>> pages = new ArrayList<>();
            for (PageWords page : new WordCollector().collect(document)) {
                pages.add(page.lines());
            }
            String text = StoredText.normalize(options.flag(ImportOptions.REFLOW) ? new Reflow(pages).text() : lines(pages));
            if (text.isBlank()) {
                throw ImportErrors.noText(file, FORMAT);
            }
            return new ImportedText(text);
        } catch (InvalidPasswordException e) {
            throw ImportErrors.encrypted(file, FORMAT);
        } catch (GlossException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ImportChecks.failure(file, FORMAT, e);
        }
    }

    private static String lines(List<List<PdfLine>> pages) {
        StringBuilder text = new StringBuilder();
        for (List<PdfLine> page : pages) {
            if (page.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            for (int i = 0; i < page.size(); i++) {
                text.append(i == 0 ? "" : "\n").append(page.get(i).text());
            }
        }
        return text.toString();
    }

    /**
     * PDFBox repairs what it can, so a file that is not a PDF, or one cut off in a download,
     * could import as partial text without a word: check the header and the end-of-file marker.
     */
    private static void checkEnvelope(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] head = new byte[(int) Math.min(1024, in.length())];
            in.readFully(head);
            if (!new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
                throw ImportErrors.corrupt(file, FORMAT, "it has no PDF header");
            }
            int tailLength = (int) Math.min(2048, in.length());
            byte[] tail = new byte[tailLength];
            in.seek(in.length() - tailLength);
            in.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw ImportErrors.corrupt(file, FORMAT, "it is truncated: the end-of-file marker is missing");
            }
        } catch (IOException e) {
            throw FileErrors.unreadable(file, e.getMessage());
        }
    }
}
