package org.gloss.bench.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.CodedSegments;
import org.osgi.service.component.annotations.Component;

/**
 * The foundation's figures, measured as a user meets them: each step runs {@code bin/gloss} as a
 * separate process (so JVM and framework start are included), plus in-process timings of the
 * store calls themselves.
 */
@Component(service = Benchmark.class)
public class StoreBenchmark implements Benchmark {
    private static final String[] WORDS = ("debt loan road China neighbour village school credit market generation "
            + "долг кредит дорога сосед поколение қарыз жол ауыл 😀 two-way concern railway pipeline contract").split(" ");

    @Override
    public String name() {
        return "store";
    }

    @Override
    public String description() {
        return "import 1,000 x 20 KB documents, import 100,000 codings, list one document's codings, CLI start";
    }

    @Override
    public void run(CommandContext context, Path work, double scale, PrintWriter out) throws Exception {
        Path gloss = Path.of(System.getProperty("gloss.home", "."), "bin", "gloss");
        if (!Files.isExecutable(gloss)) {
            throw new GlossException("the store benchmark needs bin/gloss (gloss.home is " + System.getProperty("gloss.home") + ")");
        }
        int documents = Math.max(2, (int) Math.round(1000 * scale));
        int codings = Math.max(10, (int) Math.round(100_000 * scale));
        Random random = new Random(42);

        Path docs = Files.createDirectories(work.resolve("docs"));
        List<String> importArgs = new ArrayList<>(List.of("doc", "import", "bench.gloss"));
        long bytes = 0;
        for (int i = 0; i < documents; i++) {
            Path file = docs.resolve(String.format("doc%04d.txt", i));
            String text = text(random, 20_000);
            Files.writeString(file, text);
            bytes += Files.size(file);
            importArgs.add(file.toString());
        }
        run(gloss, work, out, "new", "bench.gloss");
        double importSeconds = run(gloss, work, out, importArgs.toArray(String[]::new));
        out.printf("doc import: %d documents, %.1f MB in %.2f s (%.0f docs/s, %.1f MB/s, including start)%n",
                documents, bytes / 1e6, importSeconds, documents / importSeconds, bytes / 1e6 / importSeconds);

        Path csv = work.resolve("codings.csv");
        try (BufferedWriter writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            writer.write("document,coder,code,start,end,memo\n");
            for (int i = 0; i < codings; i++) {
                int start = random.nextInt(15_000);
                writer.write(String.format("doc%04d,coder%d,code %d,%d,%d,%s%n", random.nextInt(documents), random.nextInt(5),
                        random.nextInt(20), start, start + 1 + random.nextInt(400), i % 10 == 0 ? "memo " + i : ""));
            }
        }
        double codingSeconds = run(gloss, work, out, "coding", "import", "bench.gloss", csv.toString());
        out.printf("coding import: %d codings in %.2f s (%.0f codings/s, including start; target < 3 s)%n",
                codings, codingSeconds, codings / codingSeconds);

        double listSeconds = run(gloss, work, out, "coding", "list", "bench.gloss", "--doc", "doc0000");
        double[] launches = new double[5];
        for (int i = 0; i < launches.length; i++) {
            launches[i] = run(gloss, work, out, "doc", "list", "bench.gloss");
        }
        Arrays.sort(launches);
        out.printf("coding list --doc (process): %.3f s; doc list launch to exit: median %.3f s, min %.3f s (target < 1.5 s)%n",
                listSeconds, launches[2], launches[0]);

        try (ProjectSession project = context.openProject(work.resolve("bench.gloss").toString())) {
            long id = project.documents().get("doc0000").id();
            long[] nanos = new long[21];
            int count = 0;
            for (int i = 0; i < nanos.length; i++) {
                long t0 = System.nanoTime();
                count = CodedSegments.list(project, CodingFilter.document(id)).size();
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            out.printf("one document's coded segments in-process: %d segments, median %.2f ms, best %.2f ms (target < 50 ms)%n",
                    count, nanos[10] / 1e6, nanos[0] / 1e6);
        }
    }

    private static String text(Random random, int length) {
        StringBuilder sb = new StringBuilder(length + 20);
        while (sb.length() < length) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
        }
        return sb.toString();
    }

    /** Runs bin/gloss and returns the wall-clock seconds from launch to exit. */
    private static double run(Path gloss, Path work, PrintWriter out, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(gloss.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(work.resolve("stderr.txt").toFile());
        long t0 = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new GlossException("benchmark step failed: gloss " + args[0] + " " + args[1] + ": "
                    + Files.readString(work.resolve("stderr.txt")).strip());
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
