package org.gloss.importer.html.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gloss.api.error.GlossException;
import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.importer.ImportedText;
import org.gloss.core.importing.FileErrors;
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
public class HtmlImporter implements DocumentImporter {
    static final String FORMAT = "HTML";

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String displayName() {
        return "Web pages (jsoup)";
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm", "xhtml");
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
            Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
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
}
