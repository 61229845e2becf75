package org.gloss.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.gloss.api.analysis.MatrixColumns;
import org.gloss.core.cases.AttributeMatching;
import org.gloss.core.cases.CaseErrors;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;

/**
 * The columns of a matrix by case: one per case (by name), or one per value of a case attribute
 * (values in the order of {@link AttributeColumns}, the cases without the attribute last under
 * {@link AttributeColumns#NO_VALUE}). A column's codings are those overlapping its cases' text.
 */
final class CaseColumns {
    /** A column and the cases whose text it holds (never empty). */
    record Group(String label, List<Case> cases) {
    }

    private CaseColumns() {
    }

    static List<Group> of(ProjectData data, MatrixColumns kind, String key) {
        List<Case> cases = data.session.cases().list();
        List<Group> groups = new ArrayList<>();
        if (kind == MatrixColumns.CASES) {
            cases.forEach(c -> groups.add(new Group(c.name(), List.of(c))));
            return groups;
        }
        TreeSet<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        cases.forEach(c -> keys.addAll(c.attributes().keySet()));
        if (!keys.contains(key.strip())) {
            throw CaseErrors.unknownCaseAttribute(key, keys);
        }
        Map<Object, String> labels = new LinkedHashMap<>();
        Map<Object, List<Case>> members = new LinkedHashMap<>();
        List<Case> without = new ArrayList<>();
        for (Case c : cases) {
            AttributeValue value = AttributeMatching.attribute(c.attributes(), key);
            if (value == null) {
                without.add(c);
                continue;
            }
            Object sortKey = AttributeColumns.sortKey(value);
            labels.putIfAbsent(sortKey, AttributeColumns.label(value));
            members.computeIfAbsent(sortKey, k -> new ArrayList<>()).add(c);
        }
        List<Object> ordered = new ArrayList<>(members.keySet());
        ordered.sort(AttributeColumns.NATURAL);
        for (Object k : ordered) {
            groups.add(new Group(labels.get(k), members.get(k)));
        }
        if (!without.isEmpty()) {
            groups.add(new Group(AttributeColumns.NO_VALUE, without));
        }
        return groups;
    }
}
