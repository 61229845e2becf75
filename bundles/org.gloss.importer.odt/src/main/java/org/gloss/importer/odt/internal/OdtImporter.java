package org.gloss.importer.odt.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamException;

import org.gloss.api.error.GlossException;
import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.importer.ImportedText;
import org.gloss.core.importing.FileImporter;
import org.gloss.core.importing.ImportChecks;
import org.gloss.core.importing.ImportErrors;
import org.osgi.service.component.annotations.Component;

/**
 * OpenDocument text files. An .odt is a zip; the text is in {@code content.xml}, read as a stream
 * (see {@link OdtContent}) through a guard that stops at a size and compression ratio no real
 * document reaches, so a zip bomb is refused before it fills memory.
 */
@Component(service = DocumentImporter.class)
public class OdtImporter extends FileImporter {
    static final String FORMAT = "ODT";

    /** content.xml of a 1,000-page book is a few tens of MB. */
    static final long MAX_CONTENT_BYTES = 256L * 1024 * 1024;

    /** Text XML compresses about 5-20 times; 100 times and more over 1 MB is a bomb. */
    static final long MAX_RATIO = 100;

    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    public OdtImporter() {
        super("odt", "OpenDocument text (StAX)", "odt");
    }

    @Override
    public ImportedText read(Path file) {
        ImportChecks.requireNonEmpty(file);
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            refuseEncrypted(zip, file);
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw ImportErrors.corrupt(file, FORMAT, "it has no content.xml");
            }
            try (InputStream in = new BombGuard(zip.getInputStream(content), content.getCompressedSize(), file)) {
                String text = new OdtContent().read(in);
                if (text.isEmpty()) {
                    throw ImportErrors.noText(file, FORMAT + " file");
                }
                return new ImportedText(text);
            }
        } catch (GlossException e) {
            throw e;
        } catch (ZipException e) {
            throw ImportErrors.corrupt(file, FORMAT, "not a zip archive: " + e.getMessage());
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw ImportChecks.failure(file, FORMAT, e);
        }
    }

    /** An encrypted package lists encryption data for its parts in the manifest. */
    private static void refuseEncrypted(ZipFile zip, Path file) throws IOException {
        ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
        if (manifest == null) {
            return;
        }
        try (InputStream in = new BombGuard(zip.getInputStream(manifest), manifest.getCompressedSize(), file)) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (xml.contains("encryption-data")) {
                throw ImportErrors.encrypted(file, FORMAT);
            }
        }
    }

    /** Counts what is unpacked and stops at the size or ratio limits. */
    static final class BombGuard extends FilterInputStream {
        private final long compressedSize;
        private final Path file;
        private long read;

        BombGuard(InputStream in, long compressedSize, Path file) {
            super(in);
            this.compressedSize = Math.max(compressedSize, 1);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_CONTENT_BYTES) {
                throw ImportErrors.zipBomb(file, "an entry unpacks to more than " + MAX_CONTENT_BYTES / (1024 * 1024) + " MB");
            }
            if (read > RATIO_GRACE_BYTES && read / compressedSize > MAX_RATIO) {
                throw ImportErrors.zipBomb(file, "an entry of " + compressedSize + " bytes unpacks more than "
                        + MAX_RATIO + " times larger");
            }
        }
    }
}
