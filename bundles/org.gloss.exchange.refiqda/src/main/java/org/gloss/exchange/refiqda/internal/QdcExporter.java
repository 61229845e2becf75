package org.gloss.exchange.refiqda.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.ProjectSession;
import org.osgi.service.component.annotations.Component;

/** The codebook as a REFI-QDA codebook exchange file (.qdc): hierarchy, colours, descriptions. */
@Component(service = Exporter.class)
public class QdcExporter implements Exporter {
    @Override
    public String id() {
        return "qdc";
    }

    @Override
    public String displayName() {
        return "REFI-QDA codebook exchange (QDC)";
    }

    @Override
    public String fileExtension() {
        return "qdc";
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public void export(ProjectSession project, ExportRequest request, OutputStream out) throws IOException {
        export(project, request, out, warning -> { });
    }

    @Override
    public void export(ProjectSession project, ExportRequest request, OutputStream out,
                       java.util.function.Consumer<String> warnings) throws IOException {
        CodeTreeXml codes = new CodeTreeXml(project.codebook().list(), Guids.of(project));
        if (codes.isEmpty()) {
            // The schema requires at least one Code; an empty codebook has no valid QDC form.
            throw RefiQdaErrors.emptyCodebook();
        }
        XmlOut written;
        try (XmlOut xml = new XmlOut(out, Namespaces.CODEBOOK)) {
            written = xml;
            xml.root("CodeBook", Namespaces.CODEBOOK, Namespaces.CODEBOOK_XSD_URL);
            xml.attribute("origin", Namespaces.ORIGIN);
            codes.write(xml, Map.of());
            xml.end();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the codebook: " + e.getMessage(), e);
        }
        if (written.lossWarning() != null) {
            warnings.accept(written.lossWarning());
        }
    }
}
