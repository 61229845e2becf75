package org.gloss.search.lucene.internal.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.search.QueryMode;
import org.gloss.api.search.SearchHit;
import org.gloss.api.search.SearchResults;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchScope;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cases.CaseErrors;
import org.gloss.core.cases.CaseSetScope;
import org.gloss.model.Document;
import org.gloss.search.lucene.internal.errors.SearchErrors;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The query and scope options that {@code gloss search} and {@code gloss autocode} share. The
 * coded-segment scope is not here: in autocode, --code and --coder name what is applied.
 */
final class ScopeOptions {
    @Option(names = "--doc", paramLabel = "D", description = "search only this document (repeatable)")
    List<String> documents = new ArrayList<>();
    @Option(names = "--attr", paramLabel = "KEY=VALUE", description = "search only documents with this attribute value (repeatable)")
    List<String> attributes = new ArrayList<>();
    @Option(names = "--case", paramLabel = "CASE",
            description = "only hits that overlap this case's text (repeatable: any of the cases)")
    List<String> cases = new ArrayList<>();
    @Option(names = "--set", paramLabel = "SET",
            description = "search only documents of this set (repeatable: any of the sets; with --case, both must hold)")
    List<String> sets = new ArrayList<>();
    @Option(names = "--speaker", paramLabel = "S", description = "search only in this speaker's transcript turns")
    String speaker;
    @Option(names = "--literal", description = "find the exact string (case-sensitive) in the stored text")
    boolean literal;
    @Option(names = "--regex", description = "find a regular expression (RE2 syntax, see README) in the stored text ((?i) ignores case)")
    boolean regex;
    @Option(names = "--no-stem", description = "match words as written; by default inflected forms match too")
    boolean noStem;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The query; {@code code} and {@code coder} (either may be null) limit hits to coded segments. */
    SearchQuery query(String text, int context, String code, String coder) {
        if (literal && regex) {
            // a pattern is not a literal string: taking one of them silently would search for the wrong thing
            throw new ParameterException(command.commandLine(), "--literal and --regex exclude each other; give one of them");
        }
        QueryMode mode = regex ? QueryMode.REGEX : literal ? QueryMode.LITERAL : QueryMode.WORDS;
        Map<String, String> values = new LinkedHashMap<>();
        for (String filter : attributes) {
            int eq = filter.indexOf('=');
            if (eq <= 0) {
                throw SearchErrors.badAttributeFilter(filter);
            }
            values.put(filter.substring(0, eq).strip(), filter.substring(eq + 1).strip());
        }
        SearchScope scope = new SearchScope(documents, values, code, coder, speaker);
        return new SearchQuery(text, mode, !noStem, scope, context);
    }

    /** The cases and sets named, resolved (an unknown name is an error). */
    CaseSetScope caseScope(ProjectSession session) {
        return CaseSetScope.of(session, cases, sets);
    }

    /**
     * The query limited to the documents of the cases and sets (and of --doc, when given): an
     * empty document list would mean every document, so no document in scope is an error.
     */
    SearchQuery within(SearchQuery query, ProjectSession session, CaseSetScope caseScope) {
        if (caseScope.isEverything()) {
            return query;
        }
        List<String> names = new ArrayList<>();
        for (Document d : session.documents().list()) {
            if (caseScope.includesDocument(d.id()) && (documents.isEmpty() || documents.contains(d.name()))) {
                names.add(d.name());
            }
        }
        documents.forEach(session.documents()::get); // an unknown --doc is named as such
        if (names.isEmpty()) {
            throw CaseErrors.nothingInScope(cases, sets);
        }
        return query.withScope(query.scope().withDocuments(names));
    }

    /** The hits that overlap the cases' text (all of them without cases), counted again. */
    static SearchResults overlapping(SearchResults results, CaseSetScope caseScope) {
        if (!caseScope.limitsText()) {
            return results;
        }
        List<SearchHit> kept = results.hits().stream()
                .filter(h -> caseScope.includes(h.documentId(), h.start(), h.end())).toList();
        return new SearchResults(kept, results.documentsSearched(), results.index());
    }
}
