package org.gloss.exchange.refiqda.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamException;

import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.exchange.ExportData;
import org.gloss.model.Document;
import org.osgi.service.component.annotations.Component;

/**
 * The whole project as a REFI-QDA project exchange file (.qdpx): a zip with project.qde and each
 * document's stored text as {@code sources/<guid>.txt} (UTF-8, no BOM, LF line breaks, so the
 * positions count exactly what the file holds). Scope options restrict the codings written.
 */
@Component(service = Exporter.class)
public class QdpxExporter implements Exporter {
    @Override
    public String id() {
        return "qdpx";
    }

    @Override
    public String displayName() {
        return "REFI-QDA project exchange (QDPX)";
    }

    @Override
    public String fileExtension() {
        return "qdpx";
    }

    @Override
    public String mediaType() {
        return "application/zip";
    }

    @Override
    public void export(ProjectSession project, ExportRequest request, OutputStream out) throws IOException {
        export(project, request, out, warning -> { });
    }

    @Override
    public void export(ProjectSession project, ExportRequest request, OutputStream out,
                       java.util.function.Consumer<String> warnings) throws IOException {
        ExportData data = ExportData.load(project, request);
        Guids guids = Guids.of(project);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(QdpxLayout.PROJECT_ENTRY));
        try {
            String lost = new ProjectXmlWriter(data, guids, projectName(project)).write(new NonClosing(zip));
            if (lost != null) {
                warnings.accept(lost);
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write project.qde: " + e.getMessage(), e);
        }
        zip.closeEntry();
        for (Document document : data.documents()) {
            zip.putNextEntry(new ZipEntry(QdpxLayout.sourceEntry(guids.source(document.id()))));
            zip.write(data.text(document.id()).text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    static String projectName(ProjectSession project) {
        String fileName = Path.of(project.location()).getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The XML writer closes its stream at the end; the zip entry must stay open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
