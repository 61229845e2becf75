package org.gloss.analysis.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.analysis.internal.AnalysisErrors;
import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.CodeQuery;
import org.gloss.api.analysis.CodingOutcome;
import org.gloss.api.analysis.QueryResult;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.cli.CommandContribution;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.ProjectCommand;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gloss query P QUERY}: passages that a code query finds, optionally coded with a new code. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=query")
@Command(name = "query", description = {
        "Find the passages a code query describes: fields document,start,end,text,codes (code points, end exclusive).",
        "QUERY: code names (\"quoted\" with spaces; =name without its sub-codes), AND, OR, NOT (A NOT B), ( ),",
        "A OVERLAPS B, A WITHIN B, A NEAR/n B (n code points; NEAR/1s sentences, NEAR/1p paragraphs),",
        "A FOLLOWED BY[/n] B. Operators in capitals. See docs/analysis.md."})
public class QueryCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "QUERY") String text;
    @Mixin FilterOptions filter = new FilterOptions();
    @Option(names = "--context", paramLabel = "N", defaultValue = "0",
            description = "code points of context on each side (table and JSON: left, right)")
    int contextWidth;
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json") ResultOutput.Format format;
    @Option(names = "--out", paramLabel = "F", description = "write the results to a file (csv, xlsx or json)") Path out;
    @Option(names = "--force", description = "replace an existing --out file") boolean force;
    @Option(names = "--code-as", paramLabel = "C",
            description = "code every result as C by the --coder, in one transaction (C is created if new)")
    String codeAs;
    @Spec CommandSpec spec;

    private AnalysisService analysis;

    @Override
    protected void checkArguments() {
        if (contextWidth < 0) {
            throw new ParameterException(spec.commandLine(), "--context must not be negative: " + contextWidth);
        }
        analysis = Services.analysis(context());
        analysis.validateQuery(text);
        if (codeAs != null && filter.coderNames().isEmpty()) {
            throw AnalysisErrors.codeAsNeedsCoder();
        }
        if (codeAs != null && filter.coderNames().size() != 1) {
            throw AnalysisErrors.codeAsNeedsOneCoder();
        }
    }

    @Override
    protected void run(ProjectSession session) {
        CommandContext context = context();
        QueryResult result = analysis.open(session).query(new CodeQuery(text, filter.filter(analysis), contextWidth));
        ResultOutput.emit(context, format, List.of(Services.tables(context).of(result)), json(result), out, force, project());
        if (format == ResultOutput.Format.table && out == null) {
            context.out().printf("%d segment%s in %d of %d document%s%n", result.segments().size(),
                    result.segments().size() == 1 ? "" : "s", result.documentsWithResults(), result.documentsSearched(),
                    result.documentsSearched() == 1 ? "" : "s");
        }
        if (codeAs != null) {
            CodingOutcome coded = analysis.codeResults(session, result.segments(), codeAs, filter.coderNames().get(0));
            (format == ResultOutput.Format.table && out == null ? context.out() : context.err()).printf(
                    "coded %d segment%s with %s as %s%s%s%n", coded.added().size(), coded.added().size() == 1 ? "" : "s",
                    coded.code(), coded.coder(), coded.codeCreated() ? " (new code)" : "",
                    coded.alreadyCoded() > 0 ? "; " + coded.alreadyCoded() + " already coded" : "");
        }
        context.out().flush();
        context.err().flush();
    }

    private List<Map<String, Object>> json(QueryResult result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AnalysisSegment s : result.segments()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("document", s.document());
            row.put("start", s.start());
            row.put("end", s.end());
            row.put("text", s.text());
            row.put("codes", s.codes());
            if (s.coder() != null) {
                row.put("coder", s.coder());
            }
            if (contextWidth > 0) {
                row.put("left", s.left());
                row.put("right", s.right());
            }
            rows.add(row);
        }
        return rows;
    }
}
