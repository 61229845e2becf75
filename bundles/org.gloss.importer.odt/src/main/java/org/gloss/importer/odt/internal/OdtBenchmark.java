package org.gloss.importer.odt.internal;

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
import org.gloss.core.importing.ImportBenchmarks;
import org.osgi.service.component.annotations.Component;

/** {@code gloss bench odt}: 200 generated OpenDocument texts of about 20 KB. */
@Component(service = Benchmark.class)
public class OdtBenchmark implements Benchmark {
    private static final String[] WORDS = ("debt loan road neighbour village school credit market generation "
            + "долг кредит дорога сосед поколение қарыз жол ауыл әке өмір 😀 two-way concern contract").split(" ");

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
                    body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                body.append("</text:p>");
            }
            Path file = work.resolve("interview" + i + ".odt");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new ZipEntry("mimetype"));
                zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
                zip.putNextEntry(new ZipEntry("content.xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                        + " xmlns:office=\"" + OdtContent.OFFICE + "\" xmlns:text=\"" + OdtContent.TEXT + "\">"
                        + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>")
                        .getBytes(StandardCharsets.UTF_8));
            }
            files.add(file);
        }
        ImportBenchmarks.measure(context, work, count + " ODT files", files, ImportOptions.NONE, out);
    }
}
