package org.gloss.ui.cases.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;

/**
 * The classification sheet's attribute columns and their types: the type all of a key's values
 * share (a key whose values disagree takes each new value's inferred type, as {@code case attr set}
 * does), or the type given when the column was added.
 */
final class SheetColumns {
    private final Map<String, AttributeType> added = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    void add(String key, AttributeType type) {
        added.put(key, type);
    }

    /** The keys by name; a type of null means "inferred from each value". */
    Map<String, AttributeType> of(List<Case> cases) {
        Map<String, Set<AttributeType>> seen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Case c : cases) {
            c.attributes().forEach((k, v) -> seen.computeIfAbsent(k, x -> EnumSet.noneOf(AttributeType.class)).add(v.type()));
        }
        Map<String, AttributeType> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        added.forEach((k, t) -> {
            if (!seen.containsKey(k)) {
                columns.put(k, t);
            }
        });
        seen.forEach((k, types) -> columns.put(k, types.size() == 1 ? types.iterator().next() : null));
        return columns;
    }

    /**
     * The value a cell's text stands for: null for an empty cell (the attribute is removed).
     *
     * @throws IllegalArgumentException naming the problem, for text that is not of the column's type
     */
    static AttributeValue value(AttributeType type, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return type == null ? AttributeValue.infer(raw) : AttributeValue.parse(type, raw);
    }
}
