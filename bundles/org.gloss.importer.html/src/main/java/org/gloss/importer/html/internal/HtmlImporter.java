package org.gloss.importer.html.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.gloss.api.error.GlossException;
import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.importer.ImportedText;
import org.gloss.core.importing.FileErrors;
import org.gloss.core.importing.FileImporter;
import org.gloss.core.importing.ImportChecks;
import org.gloss.core.importing.ImportErrors;
import org.gloss.core.importing.StoredText;
import org.gloss.model.AttributeValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.osgi.service.component.annotations.Component;

/**
 * Web pages saved as HTML, through jsoup. The text is the page's main content (see
 * {@link HtmlText}); the page title becomes the attribute {@code title}. A page is read as the
 * charset it declares (BOM or {@code <meta charset>}); one that declares none must be UTF-8.
 */
@Component(service = DocumentImporter.class)
public class HtmlImporter extends FileImporter {
    static final String FORMAT = "HTML";

    public HtmlImporter() {
        super("html", "Web pages (jsoup)", "html", "htm", "xhtml");
    }

    @Override
    public ImportedText read(Path file) {
        ImportChecks.requireNonEmpty(file);
        Document page = parse(file);
        String text = new HtmlText().text(page);
        if (text.isEmpty()) {
            throw ImportErrors.noText(file, FORMAT + " page");
        }
        String title = StoredText.normalize(page.title()).strip();
        return new ImportedText(text, title.isEmpty() ? Map.of() : Map.of("title", AttributeValue.text(title)));
    }

    private static Document parse(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Document page = Jsoup.parse(new ByteArrayInputStream(withoutInternalSubset(bytes)), null, "");
            boolean declared = !page.charset().equals(StandardCharsets.UTF_8);
            if (!declared) {
                StoredText.decodeUtf8(bytes, file); // undeclared must be UTF-8: fails naming the bad byte
            }
            return page;
        } catch (NoSuchFileException e) {
            throw FileErrors.fileNotFound(file);
        } catch (GlossException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ImportChecks.failure(file, FORMAT, e);
        }
    }

    /**
     * The bytes without a DOCTYPE's internal subset ({@code <!DOCTYPE html [ <!ENTITY ...> ]>}, as
     * XHTML may have): jsoup's HTML parser ends the DOCTYPE at the first '>' and would keep the
     * rest, "]>", as text of the page. The subset's entities are never expanded either way.
     */
    static byte[] withoutInternalSubset(byte[] bytes) {
        int doctype = indexOfIgnoreCase(bytes, "<!DOCTYPE", 0);
        if (doctype < 0 || doctype > 4096) {
            return bytes;
        }
        int open = -1;
        for (int i = doctype; i < bytes.length && bytes[i] != '>'; i++) {
            if (bytes[i] == '[') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return bytes;
        }
        for (int i = open + 1; i < bytes.length; i++) {
            if (bytes[i] == ']') {
                int j = i + 1;
                while (j < bytes.length && (bytes[j] == ' ' || bytes[j] == '\t' || bytes[j] == '\r' || bytes[j] == '\n')) {
                    j++;
                }
                if (j < bytes.length && bytes[j] == '>') {
                    byte[] cut = new byte[bytes.length - (j - open)];
                    System.arraycopy(bytes, 0, cut, 0, open);
                    System.arraycopy(bytes, j, cut, open, bytes.length - j);
                    return cut;
                }
            }
        }
        return bytes;
    }

    private static int indexOfIgnoreCase(byte[] bytes, String ascii, int from) {
        outer:
        for (int i = from; i <= bytes.length - ascii.length(); i++) {
            for (int k = 0; k < ascii.length(); k++) {
                if (Character.toUpperCase((char) (bytes[i + k] & 0xFF)) != ascii.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
