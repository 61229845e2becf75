package org.gloss.bench.exchange.internal;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.exchange.ImportReport;
import org.gloss.api.exchange.ProjectImporter;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.exchange.Exporters;
import org.gloss.model.AttributeValue;
import org.gloss.model.Code;
import org.osgi.service.component.annotations.Component;

/**
 * Export and exchange figures on a generated project with 100,000 codings (at scale 1): time and
 * peak heap of each installed exporter (the targets: QDPX under 2 s, XLSX under 500 MB
 * heap), and the QDPX import of the exported file. Peak heap is the sum of the heap pools' peaks
 * during the step, after a GC; it includes the project data the step loads.
 */
@Component(service = Benchmark.class)
public class ExportBenchmark implements Benchmark {
    private static final String[] WORDS = ("debt loan road China neighbour village school credit market generation "
            + "долг кредит дорога сосед поколение қарыз жол ауыл 😀 𠀀 two-way concern railway pipeline contract").split(" ");
    private static final List<String> FORMATS = List.of("csv", "xlsx", "qdpx", "html", "matrix");

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String description() {
        return "export 100,000 codings as CSV, XLSX, QDPX, HTML and matrix; import the QDPX";
    }

    @Override
    public void run(CommandContext context, Path work, double scale, PrintWriter out) throws Exception {
        int documents = Math.max(2, (int) Math.round(100 * scale));
        int codings = Math.max(10, (int) Math.round(100_000 * scale));
        Path projectFile = work.resolve("bench.gloss");
        long t0 = System.nanoTime();
        try (ProjectSession project = context.createProject(projectFile.toString())) {
            generate(project, documents, codings, new Random(42));
        }
        out.printf("generated %d documents, %d codings in %.2f s%n", documents, codings, seconds(t0));
        out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        List<Exporter> exporters = context.services(Exporter.class);
        Path qdpx = null;
        for (String format : FORMATS) {
            if (exporters.stream().noneMatch(e -> e.id().equals(format))) {
                out.println(format + ": not installed");
                continue;
            }
            Exporter exporter = Exporters.byId(exporters, format);
            Path file = work.resolve("bench." + format);
            Measurement m = measure(() -> {
                try (ProjectSession project = context.openProject(projectFile.toString());
                     OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    exporter.export(project, ExportRequest.all(), stream);
                }
                return null;
            });
            out.printf("export %-6s %7.2f s (cpu %6.2f s)  peak heap %5d MB  file %6.1f MB%n", format, m.seconds, m.cpuSeconds,
                    m.peakMb, Files.size(file) / 1e6);
            out.flush();
            if (format.equals("qdpx")) {
                qdpx = file;
            }
        }
        List<ProjectImporter> importers = context.services(ProjectImporter.class);
        if (qdpx != null && !importers.isEmpty()) {
            Path source = qdpx;
            ProjectImporter importer = importers.stream().filter(i -> i.extensions().contains("qdpx")).findFirst().orElseThrow();
            ImportReport[] report = new ImportReport[1];
            Measurement m = measure(() -> {
                try (ProjectSession target = context.createProject(work.resolve("imported.gloss").toString())) {
                    report[0] = importer.importProject(source, target);
                }
                return null;
            });
            out.printf("import qdpx   %7.2f s (cpu %6.2f s)  peak heap %5d MB  (%s)%n", m.seconds, m.cpuSeconds, m.peakMb,
                    report[0].summary());
        }
    }

    private static void generate(ProjectSession project, int documents, int codings, Random random) {
        project.inTransaction(() -> {
            List<Long> docIds = new ArrayList<>();
            List<Integer> lengths = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                String text = text(random, 20_000);
                docIds.add(project.documents().add(new NewDocument(String.format("doc%04d", i), text, null,
                        Map.of("group", AttributeValue.text("g" + (i % 4)), "age", AttributeValue.infer(String.valueOf(20 + i % 50))))).id());
                lengths.add(text.codePointCount(0, text.length()));
            }
            List<Long> codeIds = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Code top = project.codebook().add("theme " + i, null, String.format("#%06X", random.nextInt(1 << 24)), "theme " + i + " description");
                codeIds.add(top.id());
                for (int j = 0; j < 3; j++) {
                    codeIds.add(project.codebook().add("theme " + i + "." + j, top.id(), null, null).id());
                }
            }
            List<Long> coderIds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                coderIds.add(project.coders().getOrCreate("coder" + i).id());
            }
            List<NewCoding> batch = new ArrayList<>(codings);
            for (int i = 0; i < codings; i++) {
                int doc = random.nextInt(documents);
                int start = random.nextInt(lengths.get(doc) - 500);
                batch.add(new NewCoding(docIds.get(doc), codeIds.get(random.nextInt(codeIds.size())),
                        coderIds.get(random.nextInt(coderIds.size())), start, start + 1 + random.nextInt(400),
                        i % 10 == 0 ? "memo " + i : null));
            }
            project.codings().addAll(batch);
        });
    }

    private static String text(Random random, int length) {
        StringBuilder sb = new StringBuilder(length + 20);
        while (sb.length() < length) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
        }
        return sb.toString();
    }

    /** Wall time, this thread's CPU time (robust when other processes compete for the cores) and peak heap. */
    private record Measurement(double seconds, double cpuSeconds, long peakMb) {
    }

    private interface Step {
        Void run() throws Exception;
    }

    private static Measurement measure(Step step) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        step.run();
        double seconds = seconds(t0);
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measurement(seconds, cpu, peak >> 20);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
