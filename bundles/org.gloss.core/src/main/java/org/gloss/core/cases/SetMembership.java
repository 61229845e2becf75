package org.gloss.core.cases;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.gloss.model.Document;
import org.gloss.model.DocumentSet;

/** Which documents a set holds now: a static set its list, a smart set those whose attributes meet its condition. */
public final class SetMembership {
    private SetMembership() {
    }

    /** The ids of the set's documents, in the order of {@code documents}. */
    public static Set<Long> documents(DocumentSet set, List<Document> documents) {
        Set<Long> members = new LinkedHashSet<>();
        if (set.isSmart()) {
            SetCondition condition = SetCondition.parse(set.condition());
            for (Document d : documents) {
                if (condition.matches(d.attributes())) {
                    members.add(d.id());
                }
            }
        } else {
            Set<Long> listed = Set.copyOf(set.documentIds());
            for (Document d : documents) {
                if (listed.contains(d.id())) {
                    members.add(d.id());
                }
            }
        }
        return members;
    }

    /**
     * Reads a smart set's condition and checks that every attribute it names is one some document
     * has (ignoring case), so a misspelt key is an error rather than an empty set.
     */
    public static SetCondition checkedCondition(String written, List<Document> documents) {
        SetCondition condition = SetCondition.parse(written);
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        documents.forEach(d -> known.addAll(d.attributes().keySet()));
        for (String key : condition.keys()) {
            if (!known.contains(key.strip())) {
                throw CaseErrors.unknownAttribute(key, known);
            }
        }
        return condition;
    }
}
