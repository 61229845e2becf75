package org.gloss.cli.internal.commands;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.ProjectCommand;
import org.gloss.core.exchange.ExchangeErrors;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gloss case attr ...}: the classification sheet, cases by attributes, edited one value at
 * a time or imported from and exported to CSV as document attributes are (first column the case,
 * one column per attribute, headers {@code KEY} or {@code KEY:type}).
 */
public final class CaseAttrCommands {
    private CaseAttrCommands() {
    }

    @Command(name = "attr", description = "Set case attributes, one by one or from CSV; export the classification sheet.",
            subcommands = {Set.class, Import.class, Export.class})
    public static class Attr extends ParentCommand {
    }

    @Command(name = "set", description = "Set one attribute of a case; the type is inferred unless --type is given.")
    public static class Set extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "CASE") String name;
        @Parameters(index = "2", paramLabel = "KEY") String key;
        @Parameters(index = "3", paramLabel = "VALUE") String value;
        @Option(names = "--type", paramLabel = "text|number|date",
                description = "the value's type (default: a date if yyyy-MM-dd, a number if numeric, else text)")
        DocAttrCommands.TypeName type;

        @Override
        protected void run(ProjectSession session) {
            Case c = session.cases().get(name);
            AttributeValue typed = CaseCommands.typed(name, key, value, type);
            session.cases().setAttribute(c.id(), key, typed);
            context().out().printf("%s: %s = %s (%s)%n", Terminal.visible(c.name()), Terminal.visible(key),
                    Terminal.visible(typed.value()), typed.type().name().toLowerCase(Locale.ROOT));
        }
    }

    @Command(name = "import", description = "Set case attributes from CSV: first column the case, one column per attribute "
            + "(header 'age:number' declares a type; otherwise a column's type is inferred from all its cells). "
            + "Empty cells are skipped; unknown cases are errors. All or nothing.")
    public static class Import extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FILE.csv") Path file;

        @Override
        protected void run(ProjectSession session) {
            AttributeCsvImport.Result result = new AttributeCsvImport(session, file,
                    AttributeCsvImport.Described.cases(session)).run();
            context().out().printf("set %d attribute value(s) on %d case(s)%n", result.values(), result.described());
        }
    }

    @Command(name = "export", description = "Write the classification sheet as CSV: first column the case, one column per "
            + "attribute (KEY:type when all its values have one type), one row per case; 'case attr import' reads it back.")
    public static class Export extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FILE.csv") Path file;
        @Option(names = "--force", description = "replace an existing file") boolean force;

        @Override
        protected void run(ProjectSession session) {
            if (Files.exists(file) && !force) {
                throw ExchangeErrors.outputExists(file);
            }
            refuseProjectFiles(file, project());
            List<Case> cases = session.cases().list();
            Map<String, java.util.Set<AttributeType>> columns = new TreeMap<>();
            for (Case c : cases) {
                c.attributes().forEach((k, v) -> columns.computeIfAbsent(k, x -> EnumSet.noneOf(AttributeType.class)).add(v.type()));
            }
            List<String> header = new ArrayList<>(List.of("case"));
            columns.forEach((k, types) -> header.add(types.size() == 1
                    ? k + ":" + types.iterator().next().name().toLowerCase(Locale.ROOT) : k));
            writeAtomically(file, out -> {
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build());
                for (Case c : cases) {
                    List<String> row = new ArrayList<>(List.of(c.name()));
                    for (String key : columns.keySet()) {
                        AttributeValue v = c.attributes().get(key);
                        row.add(v == null ? "" : v.value());
                    }
                    printer.printRecord(row);
                }
                printer.flush();
            });
            context().out().printf("wrote %d case(s) and %d attribute(s) to %s%n", cases.size(), columns.size(), file);
        }
    }

    interface SheetWriter {
        void write(Writer out) throws IOException;
    }

    /** The file appears only complete: written beside it, then moved into place. */
    static void writeAtomically(Path target, SheetWriter writer) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
            try (Writer out = new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8)) {
                writer.write(out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            throw ExchangeErrors.cannotWrite(target, String.valueOf(e.getMessage()));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    /** A sheet must never be written over the project file or its -wal and -shm (stat only: no descriptor is opened). */
    static void refuseProjectFiles(Path target, String project) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path projectFile = Path.of(project + suffix).toAbsolutePath();
            try {
                if (target.toAbsolutePath().equals(projectFile)
                        || Files.exists(target) && Files.exists(projectFile) && Files.isSameFile(target, projectFile)) {
                    throw new GlossException("cannot write to " + target + ": it is "
                            + (suffix.isEmpty() ? "the project itself" : "a file of the project") + "; choose another file");
                }
            } catch (IOException | java.nio.file.InvalidPathException unknown) {
                // not a file path (a server project): nothing to protect
            }
        }
    }
}
