package org.gloss.team.merge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.gloss.api.store.ProjectSession;
import org.gloss.model.DocumentSet;

/**
 * Merges the source's sets into the target (inside the caller's transaction). Sets match by name;
 * listed documents by the document the merge matched, listed codes by the code it matched. A set
 * the target lacks is added whole. For a set both have, what it holds (its condition, or its listed
 * documents and codes) is filled in when the target's set holds nothing; when both hold something
 * different, or both have different descriptions, that is one conflict naming every difference. The
 * target's side is kept unless the source is preferred: then the source's condition, lists and
 * description replace the target's. A smart set's condition is kept as written: attribute names
 * mean the same in every copy.
 */
final class SetMerge {
    /** What a set holds, in target ids. */
    private record Content(String condition, Set<Long> documents, Set<Long> codes) {
        boolean isEmpty() {
            return condition == null && documents.isEmpty() && codes.isEmpty();
        }
    }

    private final ProjectSession target;
    private final ProjectSession source;
    private final String label;
    private final boolean sourceWins;
    private final SourceReport report;
    private final Map<Long, Long> documentIds;
    private final Map<Long, Long> codeIds;
    private final Map<Long, Long> setIds = new HashMap<>();

    SetMerge(ProjectSession target, ProjectSession source, String label, boolean sourceWins, SourceReport report,
             Map<Long, Long> documentIds, Map<Long, Long> codeIds) {
        this.target = target;
        this.source = source;
        this.label = label;
        this.sourceWins = sourceWins;
        this.report = report;
        this.documentIds = documentIds;
        this.codeIds = codeIds;
    }

    /** Merges every set; returns source set id to target set id. */
    Map<Long, Long> run() {
        for (DocumentSet set : source.sets().list()) {
            Content theirs = new Content(set.condition(), translate(set.documentIds(), documentIds), translate(set.codeIds(), codeIds));
            Optional<DocumentSet> existing = target.sets().find(set.name());
            if (existing.isEmpty()) {
                DocumentSet added = target.sets().add(set.name(), set.description(), set.condition());
                fill(added.id(), new Content(null, Set.of(), Set.of()), theirs);
                report.setsAdded++;
                setIds.put(set.id(), added.id());
            } else {
                setIds.put(set.id(), existing.get().id());
                mergeInto(existing.get(), set, theirs);
            }
        }
        return setIds;
    }

    private static Set<Long> translate(List<Long> ids, Map<Long, Long> toTarget) {
        Set<Long> translated = new LinkedHashSet<>();
        ids.forEach(id -> translated.add(toTarget.get(id)));
        return translated;
    }

    private void mergeInto(DocumentSet mine, DocumentSet theirSet, Content theirs) {
        List<String> differences = new ArrayList<>();
        boolean changed = false;
        if (mine.description().isEmpty() && !theirSet.description().isEmpty()) {
            target.sets().describe(mine.id(), theirSet.description());
            changed = true;
        } else if (!theirSet.description().isEmpty() && !mine.description().equals(theirSet.description())) {
            differences.add("description \"" + mine.description() + "\" in the target but \"" + theirSet.description()
                    + "\" in " + label);
            if (sourceWins) {
                target.sets().describe(mine.id(), theirSet.description());
                changed = true;
            }
        }
        Content ours = new Content(mine.condition(), new LinkedHashSet<>(mine.documentIds()), new LinkedHashSet<>(mine.codeIds()));
        if (!ours.equals(theirs) && !theirs.isEmpty()) {
            if (!ours.isEmpty()) {
                differences.add(describeDifference(ours, theirs));
            }
            if (ours.isEmpty() || sourceWins) {
                fill(mine.id(), ours, theirs);
                changed = true;
            }
        }
        if (!differences.isEmpty()) {
            report.conflicts.add(new MergeConflict(MergeConflict.Kind.SET,
                    "set '" + mine.name() + "' differs: " + String.join("; ", differences)));
        }
        if (changed) {
            report.setsUpdated++;
        }
    }

    /** Makes the set hold what {@code wanted} says, changing only what differs from {@code now}. */
    private void fill(long setId, Content now, Content wanted) {
        if (!Objects.equals(now.condition(), wanted.condition())) {
            target.sets().setCondition(setId, wanted.condition());
        }
        now.documents().stream().filter(d -> !wanted.documents().contains(d)).forEach(d -> target.sets().removeDocument(setId, d));
        wanted.documents().stream().filter(d -> !now.documents().contains(d)).forEach(d -> target.sets().addDocument(setId, d));
        now.codes().stream().filter(c -> !wanted.codes().contains(c)).forEach(c -> target.sets().removeCode(setId, c));
        wanted.codes().stream().filter(c -> !now.codes().contains(c)).forEach(c -> target.sets().addCode(setId, c));
    }

    private String describeDifference(Content ours, Content theirs) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(ours.condition(), theirs.condition())) {
            parts.add(condition(ours) + " in the target but " + condition(theirs) + " in " + label);
        }
        if (!ours.documents().equals(theirs.documents())) {
            parts.add(onlyCounts("document", ours.documents(), theirs.documents()));
        }
        if (!ours.codes().equals(theirs.codes())) {
            parts.add(onlyCounts("code", ours.codes(), theirs.codes()));
        }
        return String.join("; ", parts);
    }

    private static String condition(Content content) {
        return content.condition() == null ? "static" : "smart (" + content.condition() + ")";
    }

    private String onlyCounts(String what, Set<Long> ours, Set<Long> theirs) {
        long onlyTheirs = theirs.stream().filter(id -> !ours.contains(id)).count();
        long onlyOurs = ours.stream().filter(id -> !theirs.contains(id)).count();
        return onlyTheirs + " " + what + "(s) only in " + label + ", " + onlyOurs + " only in the target";
    }
}
