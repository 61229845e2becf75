package org.gloss.core.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.store.ProjectSession;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.Document;
import org.gloss.model.Turn;

/**
 * Cases from the speakers of transcripts (NVivo's "code by speaker"): one case per speaker name,
 * the same name in several documents being one case, whose members are that speaker's turns. A
 * case of that name that exists already is used; turns it has already are not added again, so
 * running it again after importing more transcripts adds only their turns. Turns without a
 * speaker name are left out. All in one transaction.
 */
public final class SpeakerCases {
    /**
     * What was done.
     *
     * @param created the cases made, by name
     * @param turns   turns added as members, by case name (only cases that got new ones)
     * @param skipped turns without a speaker
     */
    public record Outcome(List<String> created, Map<String, Integer> turns, int skipped) {
        public Outcome {
            created = List.copyOf(created);
            turns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(turns));
        }

        public int addedTurns() {
            return turns.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private SpeakerCases() {
    }

    /**
     * @throws org.gloss.api.error.GlossException for a document that has no speaker turns, before anything is written
     */
    public static Outcome fromSpeakers(ProjectSession session, List<Document> documents) {
        Map<Document, List<Turn>> turns = new LinkedHashMap<>();
        for (Document d : documents) {
            List<Turn> of = session.documents().turns(d.id());
            if (of.stream().noneMatch(t -> !t.speaker().isBlank())) {
                throw CaseErrors.notASpeakerTranscript(d.name());
            }
            turns.put(d, of);
        }
        return session.inTransaction(() -> {
            List<String> created = new ArrayList<>();
            Map<String, Integer> added = new LinkedHashMap<>();
            Map<String, Case> byName = new LinkedHashMap<>();
            int skipped = 0;
            for (Map.Entry<Document, List<Turn>> e : turns.entrySet()) {
                for (Turn turn : e.getValue()) {
                    String speaker = turn.speaker().strip();
                    if (speaker.isEmpty()) {
                        skipped++;
                        continue;
                    }
                    Case c = byName.computeIfAbsent(speaker, name -> session.cases().find(name).orElseGet(() -> {
                        created.add(name);
                        return session.cases().add(name, "");
                    }));
                    if (session.cases().addMember(c.id(), CaseMember.range(e.getKey().id(), turn.span().start(), turn.span().end()))) {
                        added.merge(speaker, 1, Integer::sum);
                    }
                }
            }
            return new Outcome(created, added, skipped);
        });
    }
}
