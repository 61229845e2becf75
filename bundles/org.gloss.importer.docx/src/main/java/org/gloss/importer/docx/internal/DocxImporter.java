package org.gloss.importer.docx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.importer.ImportedText;
import org.gloss.core.importing.FileErrors;
import org.gloss.core.importing.FileImporter;
import org.gloss.core.importing.ImportChecks;
import org.gloss.core.importing.ImportErrors;
import org.gloss.core.importing.LibraryContext;
import org.osgi.service.component.annotations.Component;

/**
 * Word {@code .docx} files through Apache POI: the body's paragraphs, headings, lists and tables,
 * then footnotes and endnotes (see {@link DocxText}). Refuses password-protected files, old
 * binary {@code .doc} files and zip bombs with one line each.
 */
@Component(service = DocumentImporter.class)
public class DocxImporter extends FileImporter {
    static final String FORMAT = "DOCX";

    /** No part of a real document's package is anywhere near this when unpacked. */
    static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;

    /** Compressed/uncompressed below this is refused as a zip bomb (POI's default is 0.01 too). */
    static final double MIN_INFLATE_RATIO = 0.01;

    public DocxImporter() {
        super("docx", "Word documents (Apache POI)", "docx");
    }

    @Override
    public ImportedText read(Path file) {
        ImportChecks.requireNonEmpty(file);
        // the Log4j API that POI logs to finds its configuration (log nowhere) through the context
        // class loader, when the first POI class loads: everything POI runs inside
        return LibraryContext.call(DocxImporter.class, () -> {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
            refuseOle2(file);
            return load(file);
        });
    }

    private static ImportedText load(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XWPFDocument document = new XWPFDocument(pkg)) {
            String text = new DocxText(document).text();
            if (text.isEmpty()) {
                throw ImportErrors.noText(file, FORMAT);
            }
            return new ImportedText(text);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            // POI reports damaged packages with many runtime exception types
            // (NotOfficeXmlFileException, POIXMLException, InvalidOperationException, ...)
            throw ImportChecks.failure(file, FORMAT, e);
        }
    }

    /**
     * An encrypted .docx is an OLE2 container, as is an old binary .doc: tell the user which one
     * they have instead of "not a zip file".
     */
    private static void refuseOle2(Path file) {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            if (FileMagic.valueOf(in) != FileMagic.OLE2) {
                return;
            }
        } catch (IOException e) {
            throw FileErrors.unreadable(file, e.getMessage());
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw ImportErrors.encrypted(file, FORMAT);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.gloss.api.error.GlossException g) {
                throw g;
            }
            throw ImportErrors.corrupt(file, FORMAT, "an OLE2 container that is not a Word document");
        }
        throw ImportErrors.corrupt(file, FORMAT, "an old binary Word .doc file; save it as .docx");
    }

}
