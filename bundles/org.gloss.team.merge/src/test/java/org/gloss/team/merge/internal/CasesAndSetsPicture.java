package org.gloss.team.merge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gloss.api.store.ProjectSession;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.Code;
import org.gloss.model.DocumentSet;

/** A project's cases and sets by names (ids differ between copies), to compare copies by. */
final class CasesAndSetsPicture {
    private CasesAndSetsPicture() {
    }

    /** One line per case: name | description | attributes | members as "document" or "document[start,end)". */
    static List<String> cases(ProjectSession p) {
        Map<Long, String> documents = p.documents().names();
        List<String> lines = new ArrayList<>();
        for (Case c : p.cases().list()) {
            List<String> members = new ArrayList<>();
            for (CaseMember m : c.members()) {
                members.add(documents.get(m.documentId())
                        + (m.isWholeDocument() ? "" : "[" + m.span().start() + "," + m.span().end() + ")"));
            }
            lines.add(c.name() + "|" + c.description() + "|" + new TreeMap<>(c.attributes()) + "|" + members.stream().sorted().toList());
        }
        return lines.stream().sorted().toList();
    }

    /** One line per set: name | description | condition | listed documents | listed codes. */
    static List<String> sets(ProjectSession p) {
        Map<Long, String> documents = p.documents().names();
        Map<Long, String> codes = new TreeMap<>();
        p.codebook().list().forEach((Code c) -> codes.put(c.id(), c.name()));
        List<String> lines = new ArrayList<>();
        for (DocumentSet s : p.sets().list()) {
            lines.add(s.name() + "|" + s.description() + "|" + s.condition() + "|"
                    + s.documentIds().stream().map(documents::get).sorted().toList() + "|"
                    + s.codeIds().stream().map(codes::get).sorted().toList());
        }
        return lines.stream().sorted().toList();
    }
}
