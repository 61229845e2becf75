package org.gloss.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.TextScope;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.IntervalSet;
import org.gloss.model.TextSpan;
import org.gloss.model.Turn;

/** The text a word analysis looks at: documents in scope, limited to the cases' text, a code's segments or a speaker's turns. */
final class TextScopes {
    private final ProjectData data;

    TextScopes(ProjectData data) {
        this.data = data;
    }

    TextScope of(AnalysisFilter filter, String code, String speaker) {
        Scope scope = ScopeResolver.resolve(data, filter);
        boolean[] codes = code == null ? null
                : data.codes.withDescendants(data.codes.find(code).orElseThrow(() -> ProjectErrors.unknownCode(code)));
        List<TextScope.ScopedDocument> documents = new ArrayList<>();
        boolean speakerFound = false;
        for (int d : scope.documents()) {
            // the cases' text, when the filter names cases: words are counted there only
            IntervalSet regions = data.caseScope.regions(data.document(d).id());
            if (codes != null) {
                IntervalSet coded = Coverage.of(data.codings(d), codes, scope.coders());
                regions = regions == null ? coded : regions.intersect(coded);
                if (regions.isEmpty()) {
                    continue;
                }
            }
            if (speaker != null) {
                IntervalSet turns = turns(d, speaker);
                speakerFound |= !turns.isEmpty();
                regions = regions == null ? turns : regions.intersect(turns);
                if (regions.isEmpty()) {
                    continue;
                }
            }
            documents.add(new TextScope.ScopedDocument(data.document(d).id(), data.document(d).name(), data.length(d), regions));
        }
        if (speaker != null && !speakerFound) {
            throw AnalysisErrors.unknownSpeaker(speaker);
        }
        return new TextScope(documents);
    }

    /** The turns of a speaker (compared ignoring case and surrounding space, as search does). */
    private IntervalSet turns(int document, String speaker) {
        String wanted = speaker.strip();
        List<TextSpan> spans = new ArrayList<>();
        for (Turn turn : data.session.documents().turns(data.document(document).id())) {
            if (turn.speaker().strip().equalsIgnoreCase(wanted)) {
                spans.add(turn.span());
            }
        }
        return IntervalSet.of(spans);
    }
}
