package org.gloss.bench.importers.internal;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.importer.ImportOptions;
import org.gloss.core.importing.LibraryContext;
import org.osgi.service.component.annotations.Component;

/** {@code gloss bench docx}: a folder of 1,000 Word files of about 20 KB each (target: under 30 s). */
@Component(service = Benchmark.class)
public class DocxBenchmark implements Benchmark {

    @Override
    public String name() {
        return "docx";
    }

    @Override
    public String description() {
        return "import 1,000 generated DOCX files of about 20 KB (target < 30 s)";
    }

    @Override
    public void run(CommandContext context, Path work, double scale, PrintWriter out) throws Exception {
        int count = Math.max(2, (int) Math.round(1000 * scale));
        Random random = new Random(6);
        List<Path> files = new ArrayList<>();
        LibraryContext.call(XWPFDocument.class, () -> {
            try {
                for (int i = 0; i < count; i++) {
                    Path file = work.resolve(String.format("interview%04d.docx", i));
                    write(file, random);
                    files.add(file);
                }
                return null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        out.printf("generated %d DOCX files, %.1f KB each on average%n", count, bytes / 1024.0 / count);
        ImportMeasurement.measure(context, work, count + " DOCX (~20 KB each)", files, ImportOptions.NONE, out);
        ImportMeasurement.measureCommandLine(work, count + " DOCX", files, out);
    }

    /** About 20 KB on disk: 40 paragraphs of some 140 words, compressed. */
    private static void write(Path file, Random random) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Interview " + file.getFileName());
            for (int p = 0; p < 40; p++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 140; w++) {
                    text.append(GeneratedText.word(random)).append(w % 12 == 11 ? ". " : " ");
                }
                doc.createParagraph().createRun().setText(text.toString().strip());
            }
            doc.write(out);
        }
    }
}
