package org.gloss.ui.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gloss.api.error.GlossException;
import org.gloss.api.search.AutoCodePlan;
import org.gloss.api.search.AutoCodeScope;
import org.gloss.api.search.IndexProgress;
import org.gloss.api.search.PlannedCoding;
import org.gloss.api.search.SearchHit;
import org.gloss.api.search.SearchPage;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchScope;
import org.gloss.api.search.SearchService;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.search.AutoCoding;
import org.gloss.model.Coder;
import org.gloss.model.Document;
import org.gloss.model.TextSpan;
import org.gloss.ui.workbench.api.SearchHitMarks;
import org.gloss.ui.workbench.model.AddCoding;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.CompositeCommand;
import org.gloss.ui.workbench.model.UndoableCommand;
import org.gloss.ui.workbench.model.Workspace;

/**
 * What the search view does, without JavaFX: turns the user's entries into a query, runs it
 * (on whatever thread the caller chooses, with a session of that thread), plans auto-coding and
 * applies it as one undoable command of the workspace.
 */
final class SearchViewModel {
    /** KWIC rows the table shows at most; the counts above the table are always exact. */
    static final int ROW_LIMIT = 200;

    private final SearchService service;
    private final int rowLimit;

    SearchViewModel(SearchService service) {
        this(service, ROW_LIMIT);
    }

    SearchViewModel(SearchService service, int rowLimit) {
        this.service = service;
        this.rowLimit = rowLimit;
    }

    /**
     * The query for a request.
     *
     * @throws GlossException if the scope choices are incomplete
     */
    static SearchQuery query(SearchRequest request) {
        return new SearchQuery(request.text().strip(), request.mode(), request.stemming(), request.filter().scope(),
                Math.max(0, request.contextWidth()));
    }

    /** The message of a malformed query, or null: cheap, for checking while the user types. */
    String problem(SearchRequest request) {
        if (request.isBlank()) {
            return null;
        }
        try {
            service.validate(query(request));
            return null;
        } catch (GlossException e) {
            return e.getMessage();
        }
    }

    /**
     * Runs the search for the KWIC table: the first hits (up to the row limit) and the exact counts.
     * A query or scope the user must correct gives a result with its message, never an exception.
     */
    KwicResult search(ProjectSession session, SearchRequest request) {
        return search(session, request, rowLimit);
    }

    /** Like {@link #search(ProjectSession, SearchRequest)} with more (or fewer) rows: "Show more", "Show all". */
    KwicResult search(ProjectSession session, SearchRequest request, int rows) {
        if (request.isBlank()) {
            return KwicResult.empty();
        }
        try {
            SearchPage page = service.searchPage(session, query(request), Math.max(0, rows), IndexProgress.SILENT);
            return new KwicResult(page.hits(), page.hitsPerDocument(), page.totalHits(), page.documentsSearched(), null);
        } catch (GlossException e) {
            return KwicResult.failed(e.getMessage());
        }
    }

    /** Rows the table shows first, and how many more each "Show more" adds. */
    int rowLimit() {
        return rowLimit;
    }

    /**
     * Every hit of the request in one document, as code-point spans for the document view to
     * mark: the request narrowed to that document (nothing if its scope leaves the document out).
     * A request the user must correct marks nothing.
     */
    List<TextSpan> hitsIn(ProjectSession session, SearchRequest request, long documentId) {
        if (request.isBlank()) {
            return List.of();
        }
        Optional<String> name = session.documents().byId(documentId).map(Document::name);
        try {
            SearchQuery query = query(request);
            SearchScope scope = query.scope();
            if (name.isEmpty() || !scope.documents().isEmpty() && !scope.documents().contains(name.get())) {
                return List.of();
            }
            SearchQuery oneDocument = new SearchQuery(query.text(), query.mode(), query.stemming(),
                    scope.withDocuments(List.of(name.get())), 0);
            return service.search(session, oneDocument).hits().stream()
                    .filter(h -> h.documentId() == documentId)
                    .map(h -> new TextSpan(h.start(), h.end())).toList();
        } catch (GlossException e) {
            return List.of();
        }
    }

    /** The marks the document views show for a request's hits. */
    SearchHitMarks marks(SearchRequest request) {
        return (session, documentId) -> hitsIn(session, request, documentId);
    }

    /**
     * Whether the hits of the shown request may differ after this change of the project, so the
     * view searches again: documents come and go whatever the scope; codings, codes and coders
     * matter only to a search inside codings.
     */
    static boolean searchAgainAfter(Change change, SearchRequest shown) {
        if (shown == null || shown.isBlank()) {
            return false;
        }
        return switch (change.kind()) {
            case DOCUMENTS, PROJECT -> true;
            case CODINGS, CODEBOOK, CODERS -> shown.filter().dependsOnCodings();
            default -> false;
        };
    }

    /**
     * What auto-coding every hit of the request would add (all hits, not only the rows shown).
     *
     * @throws GlossException if the query, the scope or the code is not valid
     */
    AutoCodePlan plan(ProjectSession session, SearchRequest request, String code, String coder, AutoCodeScope scope) {
        if (code == null || code.isBlank()) {
            throw new GlossException("choose the code to apply");
        }
        if (coder == null || coder.isBlank()) {
            throw new GlossException("choose the coder who codes the hits");
        }
        List<SearchHit> hits = service.search(session, query(request)).hits();
        return AutoCoding.plan(session, hits, code.strip(), coder.strip(), scope);
    }

    /** One line describing a plan for the preview. */
    static String describe(AutoCodePlan plan) {
        int count = plan.codings().size();
        String skipped = plan.alreadyCoded() == 0 ? ""
                : "; " + plan.alreadyCoded() + (plan.alreadyCoded() == 1 ? " extent is" : " extents are")
                + " already coded so and will be skipped";
        return "Code " + count + (count == 1 ? " extent" : " extents") + " in " + plan.documents()
                + (plan.documents() == 1 ? " document" : " documents") + " with '" + plan.code() + "' as "
                + plan.coder() + " (" + plan.scope().name().toLowerCase(java.util.Locale.ROOT) + ")" + skipped;
    }

    /**
     * Applies a plan through the workspace's command stack: one transaction, one undo step that
     * removes exactly the codings it added. Creates the coder if the name is new.
     *
     * @return the number of codings added
     */
    static int apply(Workspace workspace, AutoCodePlan plan) {
        if (plan.codings().isEmpty()) {
            return 0;
        }
        long codeId = workspace.code(plan.code())
                .orElseThrow(() -> new GlossException("the code '" + plan.code() + "' no longer exists")).id();
        boolean newCoder = workspace.session().coders().find(plan.coder()).isEmpty();
        Coder coder = workspace.session().coders().getOrCreate(plan.coder());
        if (newCoder) {
            workspace.changed(Change.of(Change.Kind.CODERS));
        }
        workspace.execute(command(plan, codeId, coder.id()));
        return plan.codings().size();
    }

    private static UndoableCommand command(AutoCodePlan plan, long codeId, long coderId) {
        List<UndoableCommand> steps = new ArrayList<>();
        for (PlannedCoding c : plan.codings()) {
            steps.add(new AddCoding(c.documentId(), codeId, coderId, c.start(), c.end(), plan.code()));
        }
        // codings of several documents changed: every document view reloads its codings
        Change change = new Change(Change.Kind.CODINGS, null, null, null);
        return new CompositeCommand("auto-code " + plan.codings().size() + " search hits with '" + plan.code() + "'",
                change, steps);
    }

    /** Hit counts per document as table rows: "name (n)". */
    static List<String> countLines(Map<String, Integer> hitsPerDocument) {
        List<String> lines = new ArrayList<>();
        hitsPerDocument.forEach((document, count) -> lines.add(document + " (" + count + ")"));
        return lines;
    }
}
