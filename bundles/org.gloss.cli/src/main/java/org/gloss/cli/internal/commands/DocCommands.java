package org.gloss.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.error.GlossException;
import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.importer.ImportOptions;
import org.gloss.api.store.ProjectSession;
import org.gloss.cli.internal.output.Output;
import org.gloss.core.cli.GlossCommand;
import org.gloss.core.cli.ProjectCommand;
import org.gloss.core.importing.DocumentImports;
import org.gloss.model.Document;
import org.gloss.model.Turn;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss doc ...}: documents of a project. */
public final class DocCommands {
    private DocCommands() {
    }

    @Command(name = "doc", description = "Import, list, print and remove documents.",
            subcommands = {Import.class, ListDocs.class, Text.class, Remove.class, Turns.class, DocAttrCommands.Attr.class})
    public static class Doc extends ParentCommand {
    }

    @Command(name = "import", description = "Import documents; each file is all or nothing.")
    public static class Import extends GlossCommand {
        // not a ProjectCommand: with --list there is no project
        @Parameters(index = "0", paramLabel = "P", arity = "0..1") String project;
        @Parameters(index = "1..*", paramLabel = "FILE") List<Path> files = new ArrayList<>();
        @Option(names = "--allow-duplicate", description = "import content that is already in the project")
        boolean allowDuplicate;
        @Option(names = "--list", description = "list the importers installed and their file types")
        boolean list;
        @Option(names = "--reflow", description = "PDF: join hard-wrapped lines into paragraphs, undo end-of-line "
                + "hyphenation, drop running headers/footers and page numbers")
        boolean reflow;
        @Option(names = "--importer", paramLabel = "ID",
                description = "read the files with this importer (see --list), e.g. 'transcript' for a .txt transcript")
        String importer;

        @Override
        public Integer call() {
            List<DocumentImporter> importers = context().services(DocumentImporter.class);
            if (list) {
                for (DocumentImporter importer : importers) {
                    context().out().printf("%-12s %-44s %s%n", importer.id(), importer.displayName(),
                            String.join(" ", importer.extensions().stream().map(e -> "." + e).toList()));
                }
                return 0;
            }
            if (project == null || files.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "Missing required parameters: P FILE...");
            }
            ImportOptions chosen = reflow ? ImportOptions.flags(ImportOptions.REFLOW) : ImportOptions.NONE;
            ImportOptions options = importer == null ? chosen : chosen.with(ImportOptions.IMPORTER, importer);
            int failures = 0;
            try (ProjectSession session = context().openProject(project)) {
                for (Path file : files) {
                    try {
                        Document doc = session.inTransaction(
                                () -> DocumentImports.importFile(session, importers, file, allowDuplicate, options));
                        context().out().printf("imported %s (%d code points)%n", Terminal.visible(doc.name()), doc.length());
                    } catch (GlossException e) {
                        context().err().println("gloss: error: " + Terminal.visible(e.getMessage()));
                        failures++;
                    }
                }
            }
            return failures == 0 ? 0 : 1;
        }
    }

    @Command(name = "list", description = "List documents: name, id, length in code points, codings.")
    public static class ListDocs extends ProjectCommand {
        @Option(names = "--json") boolean json;

        @Override
        protected void run(ProjectSession session) {
            Map<Long, Integer> counts = session.documents().codingCounts();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Document d : session.documents().list()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", d.name());
                row.put("id", d.id());
                row.put("length", d.length());
                row.put("codings", counts.getOrDefault(d.id(), 0));
                row.put("content_hash", d.contentHash());
                row.put("imported_at", d.importedAt().toString());
                if (d.source() != null) {
                    // ordered maps: Map.of's order changes from one run to the next, and so did the output
                    Map<String, Object> source = new LinkedHashMap<>();
                    source.put("file", d.source().fileName());
                    source.put("size", d.source().size());
                    source.put("sha256", d.source().sha256());
                    source.put("importer", d.source().importerId());
                    row.put("source", source);
                }
                Map<String, Object> attributes = new java.util.TreeMap<>();
                d.attributes().forEach((k, v) -> {
                    Map<String, Object> typed = new LinkedHashMap<>();
                    typed.put("type", v.type().name().toLowerCase());
                    typed.put("value", v.value());
                    attributes.put(k, typed);
                });
                row.put("attributes", attributes);
                rows.add(row);
            }
            if (json) {
                Output.json(context().out(), rows);
            } else {
                context().out().printf("%-30s %6s %10s %8s%n", "NAME", "ID", "LENGTH", "CODINGS");
                for (Map<String, Object> row : rows) {
                    context().out().printf("%-30s %6d %10d %8d%n", Terminal.visible((String) row.get("name")), row.get("id"), row.get("length"),
                            row.get("codings"));
                }
            }
        }
    }

    @Command(name = "text", description = "Print a document's stored text exactly.")
    public static class Text extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "DOC") String document;

        @Override
        protected void run(ProjectSession session) {
            context().out().print(session.documents().text(session.documents().get(document).id()));
            context().out().flush();
        }
    }

    @Command(name = "remove", description = "Remove a document with its codings.")
    public static class Remove extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "DOC") String document;

        @Override
        protected void run(ProjectSession session) {
            long id = session.documents().get(document).id();
            session.documents().remove(id);
            context().out().println("removed " + Terminal.visible(document));
        }
    }

    @Command(name = "turns", description = "Speaker turns of a transcript: speaker, start, end, offsets.")
    public static class Turns extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "DOC") String document;
        @Option(names = "--json") boolean json;

        @Override
        protected void run(ProjectSession session) {
            List<Turn> turns = session.documents().turns(session.documents().get(document).id());
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Turn turn : turns) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("speaker", turn.speaker());
                    row.put("start_time", turn.startTime().map(Turn::formatTime).orElse(null));
                    row.put("end_time", turn.endTime().map(Turn::formatTime).orElse(null));
                    row.put("start", turn.span().start());
                    row.put("end", turn.span().end());
                    rows.add(row);
                }
                Output.json(context().out(), rows);
            } else {
                for (Turn turn : turns) {
                    context().out().printf("%-12s %-12s %-20s [%d, %d)%n",
                            turn.startTime().map(Turn::formatTime).orElse("-"),
                            turn.endTime().map(Turn::formatTime).orElse("-"),
                            turn.speaker().isEmpty() ? "-" : Terminal.visible(turn.speaker()), turn.span().start(), turn.span().end());
                }
            }
        }
    }
}
