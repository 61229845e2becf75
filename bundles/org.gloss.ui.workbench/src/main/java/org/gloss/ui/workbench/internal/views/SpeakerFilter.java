package org.gloss.ui.workbench.internal.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.gloss.model.CodedSegment;
import org.gloss.model.Document;
import org.gloss.model.TextSpan;
import org.gloss.model.Turn;
import org.gloss.api.store.ProjectSession;

/** Coded segments by speaker: a segment belongs to every speaker whose turn it overlaps. */
final class SpeakerFilter {
    private SpeakerFilter() {
    }

    static List<String> speakers(ProjectSession session) {
        TreeSet<String> names = new TreeSet<>();
        for (Document d : session.documents().list()) {
            session.documents().turns(d.id()).stream().map(Turn::speaker).filter(s -> !s.isBlank()).forEach(names::add);
        }
        return List.copyOf(names);
    }

    /** The segments said (at least in part) by the speaker; all of them when the speaker is null. */
    static List<CodedSegment> keep(ProjectSession session, List<CodedSegment> segments, String speaker) {
        if (speaker == null) {
            return segments;
        }
        Map<String, Long> ids = new HashMap<>();
        session.documents().list().forEach(d -> ids.put(d.name(), d.id()));
        Map<String, List<Turn>> turns = new HashMap<>();
        return segments.stream().filter(s -> {
            List<Turn> ofDocument = turns.computeIfAbsent(s.document(), name -> session.documents().turns(ids.get(name)));
            TextSpan span = new TextSpan(s.start(), s.end());
            return ofDocument.stream().anyMatch(t -> t.speaker().equals(speaker) && t.span().overlaps(span));
        }).toList();
    }
}
