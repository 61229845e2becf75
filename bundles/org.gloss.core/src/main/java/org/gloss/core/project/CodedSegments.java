package org.gloss.core.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cases.CaseSetScope;
import org.gloss.model.Code;
import org.gloss.model.CodePointText;
import org.gloss.model.CodedSegment;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Document;

/** Resolves codings into coded segments (names and covered text), as listings and exports show them. */
public final class CodedSegments {
    private CodedSegments() {
    }

    public static List<CodedSegment> list(ProjectSession project, CodingFilter filter) {
        return list(project, filter, CaseSetScope.EVERYTHING);
    }

    /** The coded segments of the filter that are also in the scope of cases and sets (see {@link CaseSetScope}). */
    public static List<CodedSegment> list(ProjectSession project, CodingFilter filter, CaseSetScope scope) {
        List<Coding> codings = project.codings().list(filter).stream()
                .filter(c -> scope.includes(c.documentId(), c.start(), c.end())).toList();
        Map<Long, String> codeNames = project.codebook().list().stream().collect(Collectors.toMap(Code::id, Code::name));
        Map<Long, String> coderNames = project.coders().list().stream().collect(Collectors.toMap(Coder::id, Coder::name));
        Map<Long, Document> documents = new HashMap<>();
        if (filter.documentId() != null) {
            project.documents().byId(filter.documentId()).ifPresent(d -> documents.put(d.id(), d));
        } else {
            documents.putAll(project.documents().list().stream().collect(Collectors.toMap(Document::id, Function.identity())));
        }
        Map<Long, CodePointText> texts = new HashMap<>();
        List<CodedSegment> segments = new ArrayList<>(codings.size());
        for (Coding c : codings) {
            CodePointText text = texts.computeIfAbsent(c.documentId(), id -> new CodePointText(project.documents().text(id)));
            segments.add(new CodedSegment(c.id(), documents.get(c.documentId()).name(), codeNames.get(c.codeId()),
                    coderNames.get(c.coderId()), c.start(), c.end(), text.substring(c.start(), c.end()), c.memo()));
        }
        return segments;
    }
}
