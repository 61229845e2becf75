package org.gloss.analysis.internal.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.gloss.analysis.internal.AnalysisErrors;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.ResultTable;
import org.gloss.api.exporter.TableExporter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Prints or writes a result: a text table, CSV or JSON on standard output, or a CSV, XLSX or JSON
 * file written by the installed table exporters next to its destination and moved into place only
 * when complete (a failure never leaves half a file).
 */
final class ResultOutput {
    enum Format { table, csv, json, xlsx }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultOutput() {
    }

    /**
     * @param json  what the JSON format prints
     * @param out   the file to write, or null for standard output
     * @param project the project's location, which a file may never replace
     */
    static void emit(CommandContext context, Format format, List<ResultTable> tables, Object json, Path out, boolean force,
                     String project) {
        if (out == null) {
            switch (format) {
                case table -> {
                    for (int i = 0; i < tables.size(); i++) {
                        if (i > 0) {
                            context.out().println();
                        }
                        TextTable.print(context.out(), tables.get(i));
                    }
                }
                case csv -> context.out().print(csv(context, tables));
                case json -> context.out().println(json(json));
                case xlsx -> throw AnalysisErrors.needsOut("xlsx");
            }
            context.out().flush();
            return;
        }
        refuseProjectFiles(out, project);
        if (Files.exists(out) && !force) {
            throw AnalysisErrors.outputExists(out);
        }
        writeAtomically(out, stream -> {
            switch (format) {
                case csv -> Services.exporter(context, "csv").write(tables, stream);
                case xlsx -> Services.exporter(context, "xlsx").write(tables, stream);
                case json -> stream.write(json(json).getBytes(StandardCharsets.UTF_8));
                case table -> {
                    java.io.StringWriter text = new java.io.StringWriter();
                    java.io.PrintWriter printer = new java.io.PrintWriter(text);
                    tables.forEach(t -> TextTable.print(printer, t));
                    printer.flush();
                    stream.write(text.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        });
        context.out().println("wrote " + tables.get(0).name().toLowerCase(java.util.Locale.ROOT) + " (" + format + ") to " + out);
        context.out().flush();
    }

    private static String csv(CommandContext context, List<ResultTable> tables) {
        TableExporter csv = Services.exporter(context, "csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            csv.write(tables, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A result file never replaces the project, its WAL or shared-memory file: replacing them under
     * an open connection loses the project.
     */
    static void refuseProjectFiles(Path out, String project) {
        if (project.contains("://") && !project.startsWith("file://")) {
            return;
        }
        Path target = out.toAbsolutePath().normalize();
        Path file = Path.of(project).toAbsolutePath().normalize();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Path projectFile = file.resolveSibling(file.getFileName() + suffix);
            boolean same;
            try {
                same = target.equals(projectFile) || Files.exists(target) && Files.exists(projectFile)
                        && Files.isSameFile(target, projectFile); // stat only: no descriptor is opened
            } catch (IOException unknown) {
                same = false;
            }
            if (same) {
                throw new GlossException("cannot write to " + out + ": it is "
                        + (suffix.isEmpty() ? "the project itself" : "a file of the project") + "; choose another file");
            }
        }
    }

    interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    static void writeAtomically(Path target, StreamWriter writer) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                writer.write(stream);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            throw AnalysisErrors.cannotWrite(target, String.valueOf(e.getMessage()));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed and says so
                }
            }
        }
    }
}
