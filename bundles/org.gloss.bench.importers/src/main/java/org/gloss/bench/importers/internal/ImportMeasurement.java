package org.gloss.bench.importers.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.importer.ImportOptions;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.importing.DocumentImports;

/**
 * The measurement every importer's benchmark shares: import generated files into a fresh
 * project exactly as {@code gloss doc import} does (the importers found at run time, one
 * transaction per file) and print source MB/s and documents/s.
 */
final class ImportMeasurement {
    private ImportMeasurement() {
    }

    /**
     * As a user meets it: {@code bin/gloss doc import P FILE...} as a separate process (JVM and
     * framework start, search indexing and every other listener included), when the benchmark
     * runs inside an installed Gloss ({@code gloss.home}). Returns the seconds, or -1 if there is
     * no bin/gloss to run.
     */
    static double measureCommandLine(Path work, String label, List<Path> files, PrintWriter out)
            throws Exception {
        Path gloss = Path.of(System.getProperty("gloss.home", "."), "bin", "gloss");
        if (!Files.isExecutable(gloss)) {
            return -1;
        }
        Path project = work.resolve(label.replaceAll("\\W+", "-") + "-cli.gloss");
        run(work, List.of(gloss.toString(), "new", project.toString()));
        List<String> command = new java.util.ArrayList<>(List.of(gloss.toString(), "doc", "import", project.toString(),
                "--allow-duplicate"));
        files.forEach(f -> command.add(f.toString()));
        long started = System.nanoTime();
        run(work, command);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("%-34s %5d files via bin/gloss doc import: %7.2f s %8.1f docs/s%n", label, files.size(), seconds,
                files.size() / seconds);
        out.flush();
        return seconds;
    }

    private static void run(Path work, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(4, command.size())))
                    + " failed with status " + process.exitValue());
        }
    }

    /** Imports {@code files} into a new project in {@code work}; returns the seconds it took. */
    static double measure(CommandContext context, Path work, String label, List<Path> files,
                                 ImportOptions options, PrintWriter out) throws Exception {
        List<DocumentImporter> importers = context.services(DocumentImporter.class);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        Path project = work.resolve(label.replaceAll("\\W+", "-") + ".gloss");
        long started = System.nanoTime();
        long codePoints = 0;
        try (ProjectSession session = context.createProject(project.toString())) {
            for (Path file : files) {
                codePoints += session.inTransaction(
                        () -> DocumentImports.importFile(session, importers, file, true, options)).length();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double megabytes = bytes / 1e6;
        out.printf("%-34s %5d files %8.2f MB source %10d code points %7.2f s %7.2f MB/s %8.1f docs/s%n", label,
                files.size(), megabytes, codePoints, seconds, megabytes / seconds, files.size() / seconds);
        out.flush();
        return seconds;
    }
}
