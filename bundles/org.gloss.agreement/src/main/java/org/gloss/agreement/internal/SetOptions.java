package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.store.ProjectSession;
import org.gloss.core.cases.CaseErrors;
import org.gloss.core.cases.CaseSetScope;
import org.gloss.model.Document;

import picocli.CommandLine.Option;

/**
 * {@code --set S}: compare only the documents of the sets (repeatable: any of them), with
 * {@code --doc} both.
 */
final class SetOptions {
    @Option(names = "--set", paramLabel = "SET",
            description = "only documents of this set (repeatable: any of the sets; with --doc, both must hold)")
    List<String> sets = new ArrayList<>();

    /**
     * The document names in scope: {@code documents} as given (null or empty: every document)
     * when no set is named, else those of them in a set; none is an error, since an empty list
     * would mean every document.
     */
    List<String> documents(ProjectSession session, List<String> documents) {
        if (sets.isEmpty()) {
            return documents;
        }
        CaseSetScope scope = CaseSetScope.of(session, List.of(), sets);
        boolean all = documents == null || documents.isEmpty();
        if (!all) {
            documents.forEach(session.documents()::get); // an unknown --doc is named as such
        }
        List<String> names = new ArrayList<>();
        for (Document d : session.documents().list()) {
            if (scope.includesDocument(d.id()) && (all || documents.contains(d.name()))) {
                names.add(d.name());
            }
        }
        if (names.isEmpty()) {
            throw CaseErrors.nothingInScope(List.of(), sets);
        }
        return names;
    }
}
