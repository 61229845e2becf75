package org.gloss.search.lucene.internal.cli;

import java.io.PrintWriter;

import org.gloss.api.cli.CommandContribution;
import org.gloss.api.search.AutoCodePlan;
import org.gloss.api.search.AutoCodeScope;
import org.gloss.api.search.PlannedCoding;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchResults;
import org.gloss.api.search.SearchService;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cases.CaseSetScope;
import org.gloss.core.cli.ProjectCommand;
import org.gloss.core.search.AutoCoding;
import org.gloss.search.lucene.internal.errors.SearchErrors;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss autocode P QUERY --code C --coder X}: codes every hit of a search in one transaction. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=autocode")
@Command(name = "autocode", description = {
        "Apply a code to every hit of a search, extended to the hit, its sentence or its paragraph, as one coder,",
        "in one transaction. Overlapping extents become one coding; extents already coded are left alone."})
public class AutoCodeCommand extends ProjectCommand {
    private static final int PREVIEW_WIDTH = 70;

    @Parameters(index = "1", paramLabel = "QUERY") String text;
    @Option(names = "--code", required = true, paramLabel = "C", description = "the code to apply (it must exist)")
    String code;
    @Option(names = "--coder", required = true, paramLabel = "X", description = "the coder the codings are made by (created if new)")
    String coder;
    @Option(names = "--scope", paramLabel = "hit|sentence|paragraph", defaultValue = "hit",
            description = "how far each hit is extended (default: hit)")
    String extent;
    @Option(names = "--dry-run", description = "show what would be coded and write nothing")
    boolean dryRun;
    @Mixin ScopeOptions scope = new ScopeOptions();
    @Option(names = "--within-code", paramLabel = "C", description = "only hits inside segments coded with this code")
    String withinCode;
    @Option(names = "--within-coder", paramLabel = "X", description = "only hits inside segments coded by this coder")
    String withinCoder;

    private SearchService service;
    private AutoCodeScope autoCodeScope;
    private SearchQuery query;

    @Override
    protected void configure(CommandLine line) {
        // a query may start with '-' (NOT): "-China debt" is the query, not an unknown option
        line.setUnmatchedOptionsArePositionalParams(true);
    }

    @Override
    protected void checkArguments() {
        service = Services.search(context());
        autoCodeScope = scope(extent);
        query = scope.query(text, 0, withinCode, withinCoder);
        service.validate(query);
    }

    @Override
    protected void run(ProjectSession session) {
        CaseSetScope cases = scope.caseScope(session);
        SearchResults results = ScopeOptions.overlapping(
                service.search(session, scope.within(query, session, cases), Services.progress(context())), cases);
        AutoCodePlan plan = AutoCoding.plan(session, results.hits(), code, coder, autoCodeScope);
        PrintWriter out = context().out();
        if (dryRun) {
            for (PlannedCoding c : plan.codings()) {
                out.printf("would code %s [%d, %d) %s%n", c.document(), c.start(), c.end(), preview(c.text()));
            }
            out.printf("dry run: %d hit%s, %d coding%s with '%s' as %s in %d document%s (%d already coded); nothing written%n",
                    results.size(), plural(results.size()), plan.codings().size(), plural(plan.codings().size()),
                    plan.code(), plan.coder(), plan.documents(), plural((int) plan.documents()), plan.alreadyCoded());
            return;
        }
        int added = AutoCoding.apply(session, plan).size();
        out.printf("coded %d passage%s with '%s' as %s in %d document%s (%d hit%s, %d already coded)%n",
                added, plural(added), plan.code(), plan.coder(), plan.documents(), plural((int) plan.documents()),
                results.size(), plural(results.size()), plan.alreadyCoded());
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    private static String preview(String text) {
        String line = Kwic.oneLine(text);
        if (line.codePointCount(0, line.length()) <= PREVIEW_WIDTH) {
            return "\"" + line + "\"";
        }
        return "\"" + line.substring(0, line.offsetByCodePoints(0, PREVIEW_WIDTH)) + "...\"";
    }

    private static AutoCodeScope scope(String name) {
        for (AutoCodeScope scope : AutoCodeScope.values()) {
            if (scope.name().equalsIgnoreCase(name)) {
                return scope;
            }
        }
        throw SearchErrors.unknownAutoCodeScope(name);
    }
}
