package org.gloss.ui.workbench.internal.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gloss.model.CodedSegment;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cases.CaseSetScope;
import org.gloss.model.Case;
import org.gloss.model.DocumentSet;

/**
 * The coded-segments view's case/set choice: "case: NAME" keeps the codings that overlap the
 * case's text, "set: NAME" those in the set's documents (the core scope of {@code --case} and
 * {@code --set}, so the view and {@code gloss coding list} agree).
 */
final class CaseSetFilter {
    static final String CASE = "case: ";
    static final String SET = "set: ";

    private CaseSetFilter() {
    }

    /** The choices, cases first, both by name. */
    static List<String> choices(ProjectSession session) {
        List<String> choices = new ArrayList<>();
        session.cases().list().stream().map(Case::name).forEach(name -> choices.add(CASE + name));
        session.sets().list().stream().map(DocumentSet::name).forEach(name -> choices.add(SET + name));
        return choices;
    }

    /** The segments in the chosen case or set; all of them when the choice is null. */
    static List<CodedSegment> keep(ProjectSession session, List<CodedSegment> segments, String choice) {
        if (choice == null) {
            return segments;
        }
        CaseSetScope scope = choice.startsWith(CASE)
                ? CaseSetScope.of(session, List.of(choice.substring(CASE.length())), List.of())
                : CaseSetScope.of(session, List.of(), List.of(choice.substring(SET.length())));
        Map<String, Long> ids = new HashMap<>();
        session.documents().list().forEach(d -> ids.put(d.name(), d.id()));
        return segments.stream().filter(s -> {
            Long document = ids.get(s.document());
            return document != null && scope.includes(document, s.start(), s.end());
        }).toList();
    }
}
