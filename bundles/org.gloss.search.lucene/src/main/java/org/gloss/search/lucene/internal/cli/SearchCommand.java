package org.gloss.search.lucene.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.cli.CommandContribution;
import org.gloss.api.search.SearchHit;
import org.gloss.api.search.SearchPage;
import org.gloss.api.search.SearchResults;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchService;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cases.CaseSetScope;
import org.gloss.core.cli.ProjectCommand;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss search P QUERY}: keyword-in-context lines with code-point offsets. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=search")
@Command(name = "search", description = {
        "Search the documents and print keyword-in-context lines (left | hit | right) with code-point offsets.",
        "QUERY: words, \"exact phrases\", * and ? wildcards, AND OR NOT (upper case; AND binds tighter than OR;",
        "lower-case and/or/not are words), -word, ( ), proximity \"debt China\"~5 (either order), fuzzy credit~."})
public class SearchCommand extends ProjectCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(index = "1", paramLabel = "QUERY") String text;
    @Mixin ScopeOptions scope = new ScopeOptions();
    @Option(names = "--code", paramLabel = "C", description = "search only inside segments coded with this code")
    String code;
    @Option(names = "--coder", paramLabel = "X", description = "search only inside segments coded by this coder")
    String coder;
    @Option(names = "--context", paramLabel = "N", defaultValue = "40", description = "code points of context on each side (default 40)")
    int contextWidth;
    @Option(names = "--json", description = "print hits as JSON: document, start, end, hit, left, right")
    boolean json;
    @Option(names = "--limit", paramLabel = "N", description = "print only the first N hits (the counts stay exact; faster on broad queries)")
    Integer limit;
    @Spec CommandSpec spec;

    private SearchService service;
    private SearchQuery query;

    @Override
    protected void configure(CommandLine line) {
        // a query may start with '-' (NOT): "-China debt" is the query, not an unknown option
        line.setUnmatchedOptionsArePositionalParams(true);
    }

    @Override
    protected void checkArguments() {
        if (contextWidth < 0) {
            throw new ParameterException(spec.commandLine(), "--context must not be negative: " + contextWidth);
        }
        service = Services.search(context());
        query = scope.query(text, contextWidth, code, coder);
        service.validate(query);
        if (limit != null && limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must not be negative: " + limit);
        }
    }

    @Override
    protected void run(ProjectSession session) {
        CaseSetScope cases = scope.caseScope(session);
        SearchQuery scoped = scope.within(query, session, cases);
        SearchPage results;
        if (cases.limitsText()) {
            // hits outside the cases' text are left out before counting, so every hit is searched for
            SearchResults all = ScopeOptions.overlapping(service.search(session, scoped, Services.progress(context())), cases);
            results = SearchPage.of(all, limit == null ? Integer.MAX_VALUE : limit);
        } else {
            results = limit == null
                    ? SearchPage.of(service.search(session, scoped, Services.progress(context())), Integer.MAX_VALUE)
                    : service.searchPage(session, scoped, limit, Services.progress(context()));
        }
        if (json) {
            printJson(results);
        } else {
            printKwic(results, query.contextWidth());
        }
    }

    private void printJson(SearchPage results) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SearchHit hit : results.hits()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("document", hit.document());
            row.put("start", hit.start());
            row.put("end", hit.end());
            row.put("hit", hit.hit());
            row.put("left", hit.left());
            row.put("right", hit.right());
            rows.add(row);
        }
        try {
            context().out().println(JSON.writeValueAsString(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printKwic(SearchPage results, int width) {
        PrintWriter out = context().out();
        Map<String, Integer> counts = results.hitsPerDocument();
        // the left contexts line up in a column as wide as the widest, at most the context asked for
        int column = 0;
        for (SearchHit hit : results.hits()) {
            column = Math.max(column, hit.left().codePointCount(0, hit.left().length()));
        }
        int padding = Math.min(width, column);
        String current = null;
        for (SearchHit hit : results.hits()) {
            if (!hit.document().equals(current)) {
                current = hit.document();
                int n = counts.get(current);
                out.printf("%s: %d hit%s%n", current, n, n == 1 ? "" : "s");
            }
            out.printf("  %7d-%-7d %s | %s | %s%n", hit.start(), hit.end(), Kwic.padLeft(Kwic.oneLine(hit.left()), padding),
                    Kwic.oneLine(hit.hit()), Kwic.oneLine(hit.right()));
        }
        out.printf("%d hit%s in %d of %d document%s%s%n", results.totalHits(), results.totalHits() == 1 ? "" : "s",
                counts.size(), results.documentsSearched(), results.documentsSearched() == 1 ? "" : "s",
                results.complete() ? "" : " (first " + results.hits().size() + " shown)");
    }
}
