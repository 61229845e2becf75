package org.gloss.export.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.cli.CommandContribution;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.ExportScope;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.GlossCommand;
import org.gloss.core.exchange.ExchangeErrors;
import org.gloss.core.exchange.Exporters;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gloss export P --format F --out PATH}: runs the exporter registered for F. The file is
 * written next to its destination and moved into place only when the export succeeded, so a
 * failed export never leaves half a file.
 */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=export")
@Command(name = "export", description = "Export coded segments, codebook or the whole project in an installed format "
        + "(see --list).")
public class ExportCommand extends GlossCommand {
    @Spec CommandSpec spec;
    @Parameters(index = "0", arity = "0..1", paramLabel = "P") String project;
    @Option(names = "--list", description = "List the installed export formats.") boolean list;
    @Option(names = {"--format", "-f"}, paramLabel = "F") String format;
    @Option(names = {"--out", "-o"}, paramLabel = "PATH") Path out;
    @Option(names = "--doc", paramLabel = "D", description = "Only codings of this document.") String document;
    @Option(names = "--code", paramLabel = "C", description = "Only codings with this code.") String code;
    @Option(names = "--coder", paramLabel = "X", description = "Only codings by this coder.") String coder;
    @Option(names = "--excel", description = "CSV formats: add a UTF-8 BOM so Excel reads non-Latin text.") boolean excel;
    @Option(names = {"-O", "--option"}, paramLabel = "KEY[=VALUE]", description = "A format option (see --list).")
    List<String> options = List.of();
    @Option(names = "--force", description = "Replace an existing output file.") boolean force;

    @Override
    public Integer call() throws IOException {
        List<Exporter> exporters = Exporters.sorted(context().services(Exporter.class));
        if (list) {
            printList(exporters);
            return 0;
        }
        if (project == null || format == null || out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "export needs P, --format F and --out PATH (or --list)");
        }
        Exporter exporter = Exporters.byId(exporters, format);
        refuseProjectFiles(out, project);
        if (Files.exists(out) && !force) {
            throw ExchangeErrors.outputExists(out);
        }
        ExportRequest request = new ExportRequest(new ExportScope(document, code, coder), parseOptions());
        List<String> warnings = new java.util.ArrayList<>();
        try (ProjectSession session = context().openProject(project)) {
            writeAtomically(out, stream -> exporter.export(session, request, stream, warnings::add));
        }
        warnings.forEach(w -> context().err().println("gloss: warning: " + w));
        context().out().println("exported " + exporter.displayName() + " to " + out);
        return 0;
    }

    /**
     * An export never replaces the project it reads, nor the project's WAL or shared-memory file:
     * replacing them under an open connection loses the project (a project file is touched only
     * through SQLite).
     */
    static void refuseProjectFiles(Path out, String project) {
        if (project.contains("://") && !project.startsWith("file://")) {
            return;
        }
        Path target = out.toAbsolutePath().normalize();
        Path file = Path.of(project).toAbsolutePath().normalize();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Path projectFile = file.resolveSibling(file.getFileName() + suffix);
            if (target.equals(projectFile) || sameFile(target, projectFile)) {
                throw new org.gloss.api.error.GlossException("cannot export to " + out + ": it is "
                        + (suffix.isEmpty() ? "the project itself" : "a file of the project") + "; choose another file");
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b); // stat only: no descriptor is opened
        } catch (IOException unknown) {
            return false;
        }
    }

    private Map<String, String> parseOptions() {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (excel) {
            parsed.put("excel", "true");
        }
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq == 0) {
                throw ExchangeErrors.badOption(option, "the name is missing");
            }
            parsed.put(eq < 0 ? option : option.substring(0, eq), eq < 0 ? "true" : option.substring(eq + 1));
        }
        return parsed;
    }

    private void printList(List<Exporter> exporters) {
        for (Exporter e : exporters) {
            context().out().printf("%-10s %-40s .%s%n", e.id(), e.displayName(), e.fileExtension());
            e.options().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(o -> context().out().printf("           -O %s%s: %s%n", o.getKey(),
                            e.flags().contains(o.getKey()) ? "" : "=VALUE", o.getValue()));
        }
    }

    interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    static void writeAtomically(Path target, StreamWriter writer) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        // said in terms of the target: the temporary .part file is ours, not something the user named
        if (folder == null || !Files.isDirectory(folder)) {
            throw ExchangeErrors.cannotWrite(target, "the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw ExchangeErrors.cannotWrite(target, "the folder " + folder + " is not writable");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                writer.write(stream);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            String detail = String.valueOf(e.getMessage());
            throw ExchangeErrors.cannotWrite(target, temp == null ? detail : detail.replace(temp.toString(), "its temporary file"));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the export already failed and says so
                }
            }
        }
    }
}
