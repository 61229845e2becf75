package org.gloss.api.importer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.store.ProjectSession;

/**
 * The measurement every importer's benchmark shares: import generated files into a fresh
 * project exactly as {@code gloss doc import} does (the importers found at run time, one
 * transaction per file) and print source MB/s and documents/s.
 */
public final class ImportBenchmarks {
    private ImportBenchmarks() {
    }

    /** Imports {@code files} into a new project in {@code work}; returns the seconds it took. */
    public static double measure(CommandContext context, Path work, String label, List<Path> files,
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
