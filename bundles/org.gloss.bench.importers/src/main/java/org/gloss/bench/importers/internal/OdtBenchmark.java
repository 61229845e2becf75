package org.gloss.bench.importers.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.importer.ImportOptions;
import org.osgi.service.component.annotations.Component;

/** {@code gloss bench odt}: 200 generated OpenDocument texts of about 20 KB. */
@Component(service = Benchmark.class)
public class OdtBenchmark implements Benchmark {
    private static final String OFFICE_NAMESPACE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT_NAMESPACE = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    @Override
    public String name() {
        return "odt";
    }

    @Override
    public String description() {
        return "import 200 generated ODT files of about 20 KB";
    }

    @Override
    public void run(CommandContext context, Path work, double scale, PrintWriter out) throws Exception {
        int count = Math.max(2, (int) Math.round(200 * scale));
        Random random = new Random(9);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder("<text:h>Interview ").append(i).append("</text:h>");
            for (int p = 0; p < 40; p++) {
                body.append("<text:p>");
                for (int w = 0; w < 140; w++) {
                    body.append(GeneratedText.word(random)).append(' ');
                }
                body.append("</text:p>");
            }
            Path file = work.resolve("interview" + i + ".odt");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new ZipEntry("mimetype"));
                zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
                zip.putNextEntry(new ZipEntry("content.xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                        + " xmlns:office=\"" + OFFICE_NAMESPACE + "\" xmlns:text=\"" + TEXT_NAMESPACE + "\">"
                        + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>")
                        .getBytes(StandardCharsets.UTF_8));
            }
            files.add(file);
        }
        ImportMeasurement.measure(context, work, count + " ODT files", files, ImportOptions.NONE, out);
    }
}
