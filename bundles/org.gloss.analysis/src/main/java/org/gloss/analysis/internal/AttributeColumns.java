package org.gloss.analysis.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;

/**
 * The documents of a scope grouped by the value of one attribute, for crosstabs and frequencies:
 * values in their natural order (numbers by value, dates by date, text alphabetically ignoring
 * case), equal values (30 and 30.0; "Almaty" and "almaty ") in one group, and the documents without
 * the attribute last under {@link #NO_VALUE}.
 */
final class AttributeColumns {
    static final String NO_VALUE = "(no value)";

    /** One value and the documents (positions in store order) that have it. */
    record Group(String label, int[] documents) {
    }

    private AttributeColumns() {
    }

    static List<Group> of(ProjectData data, Scope scope, String key) {
        TreeSet<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        data.documents.forEach(d -> keys.addAll(d.attributes().keySet()));
        if (!keys.contains(key.strip())) {
            throw AnalysisErrors.unknownAttribute(key, keys);
        }
        Map<Object, String> labels = new LinkedHashMap<>();
        Map<Object, List<Integer>> members = new LinkedHashMap<>();
        List<Integer> without = new ArrayList<>();
        for (int d : scope.documents()) {
            AttributeValue value = ScopeResolver.attribute(data.document(d), key);
            if (value == null) {
                without.add(d);
                continue;
            }
            Object sortKey = sortKey(value);
            labels.putIfAbsent(sortKey, label(value));
            members.computeIfAbsent(sortKey, k -> new ArrayList<>()).add(d);
        }
        List<Object> ordered = new ArrayList<>(members.keySet());
        ordered.sort(NATURAL);
        List<Group> groups = new ArrayList<>();
        for (Object k : ordered) {
            groups.add(new Group(labels.get(k), toArray(members.get(k))));
        }
        if (!without.isEmpty()) {
            groups.add(new Group(NO_VALUE, toArray(without)));
        }
        return groups;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Numbers, then dates, then text; each in its own order. */
    static final Comparator<Object> NATURAL = (a, b) -> {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        if (a instanceof BigDecimal x) {
            return x.compareTo((BigDecimal) b);
        }
        if (a instanceof LocalDate x) {
            return x.compareTo((LocalDate) b);
        }
        return ((String) a).compareTo((String) b);
    };

    private static int rank(Object o) {
        return o instanceof BigDecimal ? 0 : o instanceof LocalDate ? 1 : 2;
    }

    static Object sortKey(AttributeValue value) {
        try {
            if (value.type() == AttributeType.NUMBER) {
                return new BigDecimal(value.value()).stripTrailingZeros();
            }
            if (value.type() == AttributeType.DATE) {
                return LocalDate.parse(value.value());
            }
        } catch (RuntimeException notOfItsType) {
            // kept as text
        }
        return value.value().strip().toLowerCase(Locale.ROOT);
    }

    static String label(AttributeValue value) {
        if (value.type() == AttributeType.NUMBER) {
            try {
                return new BigDecimal(value.value()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException notANumber) {
                return value.value().strip();
            }
        }
        return value.value().strip();
    }
}
