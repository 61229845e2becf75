package org.gloss.team.merge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;

/**
 * Merges the source's cases into the target (inside the caller's transaction). Cases match by
 * name; members name documents by the document the merge matched (same text, so a range means the
 * same words on both sides). A case the target lacks is added whole. For a case both have: an
 * attribute or description only the source has is filled in (as document attributes are); an
 * attribute or description both have with different values, or member lists that both have and
 * that differ, make one conflict naming every difference. The target's side is kept unless the
 * source is preferred: then the source's description, values and members replace the target's.
 */
final class CaseMerge {
    private final ProjectSession target;
    private final ProjectSession source;
    private final String label;
    private final boolean sourceWins;
    private final SourceReport report;
    private final Map<Long, Long> documentIds;
    private final Map<Long, Long> caseIds = new HashMap<>();

    CaseMerge(ProjectSession target, ProjectSession source, String label, boolean sourceWins, SourceReport report,
              Map<Long, Long> documentIds) {
        this.target = target;
        this.source = source;
        this.label = label;
        this.sourceWins = sourceWins;
        this.report = report;
        this.documentIds = documentIds;
    }

    /** Merges every case; returns source case id to target case id. */
    Map<Long, Long> run() {
        for (Case kase : source.cases().list()) {
            Set<CaseMember> members = inTarget(kase.members());
            Optional<Case> existing = target.cases().find(kase.name());
            if (existing.isEmpty()) {
                Case added = target.cases().add(kase.name(), kase.description());
                members.forEach(m -> target.cases().addMember(added.id(), m));
                new TreeMap<>(kase.attributes()).forEach((key, value) -> target.cases().setAttribute(added.id(), key, value));
                report.casesAdded++;
                caseIds.put(kase.id(), added.id());
            } else {
                caseIds.put(kase.id(), existing.get().id());
                mergeInto(existing.get(), kase, members);
            }
        }
        return caseIds;
    }

    /** The source's members in target document ids (a document the merge matched to another). */
    private Set<CaseMember> inTarget(List<CaseMember> members) {
        Set<CaseMember> translated = new LinkedHashSet<>();
        for (CaseMember m : members) {
            translated.add(new CaseMember(documentIds.get(m.documentId()), m.span()));
        }
        return translated;
    }

    private void mergeInto(Case mine, Case theirs, Set<CaseMember> theirMembers) {
        List<String> differences = new ArrayList<>();
        boolean changed = false;
        // description
        if (mine.description().isEmpty() && !theirs.description().isEmpty()) {
            target.cases().describe(mine.id(), theirs.description());
            changed = true;
        } else if (!theirs.description().isEmpty() && !mine.description().equals(theirs.description())) {
            differences.add("description \"" + mine.description() + "\" in the target but \"" + theirs.description()
                    + "\" in " + label);
            if (sourceWins) {
                target.cases().describe(mine.id(), theirs.description());
                changed = true;
            }
        }
        // attributes
        for (Map.Entry<String, AttributeValue> attribute : new TreeMap<>(theirs.attributes()).entrySet()) {
            AttributeValue ours = mine.attributes().get(attribute.getKey());
            if (ours == null) {
                target.cases().setAttribute(mine.id(), attribute.getKey(), attribute.getValue());
                changed = true;
            } else if (!ours.equals(attribute.getValue())) {
                differences.add(attribute.getKey() + " " + show(ours) + " in the target but " + show(attribute.getValue())
                        + " in " + label);
                if (sourceWins) {
                    target.cases().setAttribute(mine.id(), attribute.getKey(), attribute.getValue());
                    changed = true;
                }
            }
        }
        // members
        Set<CaseMember> myMembers = new LinkedHashSet<>(mine.members());
        if (!myMembers.equals(theirMembers) && !theirMembers.isEmpty()) {
            List<CaseMember> onlyTheirs = theirMembers.stream().filter(m -> !myMembers.contains(m)).toList();
            List<CaseMember> onlyMine = myMembers.stream().filter(m -> !theirMembers.contains(m)).toList();
            if (!myMembers.isEmpty()) {
                differences.add(onlyTheirs.size() + " member(s) only in " + label + ", " + onlyMine.size()
                        + " only in the target");
            }
            if (myMembers.isEmpty() || sourceWins) {
                onlyMine.forEach(m -> target.cases().removeMember(mine.id(), m));
                onlyTheirs.forEach(m -> target.cases().addMember(mine.id(), m));
                changed = true;
            }
        }
        if (!differences.isEmpty()) {
            report.conflicts.add(new MergeConflict(MergeConflict.Kind.CASE,
                    "case '" + mine.name() + "' differs: " + String.join("; ", differences)));
        }
        if (changed) {
            report.casesUpdated++;
        }
    }

    private static String show(AttributeValue value) {
        return Objects.toString(value.value()) + " (" + value.type().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
