package org.gloss.search.lucene.internal.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.search.QueryMode;
import org.gloss.api.search.SearchErrors;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchScope;

import picocli.CommandLine.Option;

/** The query and scope options that {@code gloss search} and {@code gloss autocode} share. */
final class ScopeOptions {
    @Option(names = "--doc", paramLabel = "D", description = "search only this document (repeatable)")
    List<String> documents = new ArrayList<>();
    @Option(names = "--attr", paramLabel = "KEY=VALUE", description = "search only documents with this attribute value (repeatable)")
    List<String> attributes = new ArrayList<>();
    @Option(names = "--code", paramLabel = "C", description = "search only inside segments coded with this code")
    String code;
    @Option(names = "--coder", paramLabel = "X", description = "search only inside segments coded by this coder")
    String coder;
    @Option(names = "--speaker", paramLabel = "S", description = "search only in this speaker's transcript turns")
    String speaker;
    @Option(names = "--literal", description = "find the exact string (case-sensitive) in the stored text")
    boolean literal;
    @Option(names = "--regex", description = "find a Java regular expression in the stored text ((?i) ignores case)")
    boolean regex;
    @Option(names = "--no-stem", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "match inflected forms (default); --no-stem matches words as written")
    boolean stem = true;

    SearchQuery query(String text, int context) {
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
        return new SearchQuery(text, mode, stem, scope, context);
    }
}
