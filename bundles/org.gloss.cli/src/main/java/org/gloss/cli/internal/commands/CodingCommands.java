package org.gloss.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.ProjectSession;
import org.gloss.cli.internal.output.Output;
import org.gloss.core.cases.CaseSetScope;
import org.gloss.core.cli.ProjectCommand;
import org.gloss.core.project.CodedSegments;
import org.gloss.model.CodedSegment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss coding ...}: codings. Offsets are code points, end exclusive. */
public final class CodingCommands {
    private CodingCommands() {
    }

    @Command(name = "coding", description = "Add, import and list codings.",
            subcommands = {Add.class, Import.class, ListCodings.class})
    public static class CodingRoot extends ParentCommand {
    }

    @Command(name = "add", description = "Code a span of a document.")
    public static class Add extends ProjectCommand {
        @Option(names = "--doc", required = true, paramLabel = "D") String document;
        @Option(names = "--code", required = true, paramLabel = "C") String code;
        @Option(names = "--coder", required = true, paramLabel = "X") String coder;
        @Option(names = "--start", required = true, paramLabel = "S") int start;
        @Option(names = "--end", required = true, paramLabel = "E") int end;
        @Option(names = "--memo", paramLabel = "M") String memo;

        @Override
        protected void run(ProjectSession session) {
            session.inTransaction(() -> {
                long docId = session.documents().get(document).id();
                long codeId = session.codebook().get(code).id();
                long coderId = session.coders().getOrCreate(coder).id();
                session.codings().add(new NewCoding(docId, codeId, coderId, start, end, memo));
            });
            context().out().printf("coded %s [%d, %d) with %s as %s%n", Terminal.visible(document), start, end, Terminal.visible(code), Terminal.visible(coder));
        }
    }

    @Command(name = "import", description = "Import codings from CSV with header document,coder,code,start,end[,memo]; "
            + "unknown codes and coders are created; any bad line stops the import and nothing is written.")
    public static class Import extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FILE.csv") Path file;

        @Override
        protected void run(ProjectSession session) {
            int count = new CodingCsvImport(session, file).run();
            context().out().println("imported " + count + " codings");
        }
    }

    @Command(name = "list", description = "List coded segments: document,code,coder,start,end,text,memo,id "
            + "(id: the coding's stable id in this project, e.g. for 'memo set --coding').")
    public static class ListCodings extends ProjectCommand {
        @Option(names = "--doc", paramLabel = "D") String document;
        @Option(names = "--code", paramLabel = "C") String code;
        @Option(names = "--coder", paramLabel = "X") String coder;
        @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv") Format format;
        @Option(names = "--case", paramLabel = "CASE", description = "only codings that overlap this case's text "
                + "(repeatable: any of the cases)")
        List<String> cases = new ArrayList<>();
        @Option(names = "--set", paramLabel = "SET", description = "only codings in documents of this set "
                + "(repeatable: any of the sets; with --case, both must hold)")
        List<String> sets = new ArrayList<>();

        enum Format { csv, json }

        @Override
        protected void run(ProjectSession session) {
            CodingFilter filter = new CodingFilter(
                    document == null ? null : session.documents().get(document).id(),
                    code == null ? null : session.codebook().get(code).id(),
                    coder == null ? null : session.coders().get(coder).id());
            List<CodedSegment> segments = CodedSegments.list(session, filter, CaseSetScope.of(session, cases, sets));
            if (format == Format.json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (CodedSegment s : segments) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("document", s.document());
                    row.put("code", s.code());
                    row.put("coder", s.coder());
                    row.put("start", s.start());
                    row.put("end", s.end());
                    row.put("text", s.text());
                    row.put("memo", s.memo());
                    row.put("id", s.codingId());
                    rows.add(row);
                }
                Output.json(context().out(), rows);
            } else {
                // exact data for programs; on a terminal, names and text must not drive it
                java.util.function.UnaryOperator<String> cell = Terminal.interactive() ? Terminal::visible : t -> t;
                List<List<?>> rows = new ArrayList<>();
                for (CodedSegment s : segments) {
                    rows.add(java.util.Arrays.asList(cell.apply(s.document()), cell.apply(s.code()), cell.apply(s.coder()),
                            s.start(), s.end(), cell.apply(s.text()), s.memo() == null ? "" : cell.apply(s.memo()), s.codingId()));
                }
                Output.csv(context().out(), List.of("document", "code", "coder", "start", "end", "text", "memo", "id"), rows);
            }
        }
    }
}
