package org.gloss.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AttributeEquals;
import org.gloss.api.analysis.AttributeRange;
import org.gloss.api.analysis.DocumentCondition;
import org.gloss.api.analysis.DocumentNamed;
import org.gloss.api.analysis.InCase;
import org.gloss.api.analysis.InSet;
import org.gloss.core.cases.AttributeMatching;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Document;

/**
 * Resolves a filter. Document conditions of one kind (names; each attribute key; cases and sets,
 * which {@link ProjectData#within} resolved) are alternatives, conditions of different kinds must
 * all hold. Attribute keys are matched ignoring case, as search
 * does; text values ignoring case and surrounding space, numbers by value, dates as dates.
 */
final class ScopeResolver {
    private ScopeResolver() {
    }

    static Scope resolve(ProjectData data, AnalysisFilter filter) {
        boolean[] coders = coders(data, filter.coders());
        boolean[] inScope = documents(data, filter.documents());
        List<Integer> ordered = new ArrayList<>();
        for (int d = 0; d < inScope.length; d++) {
            if (inScope[d]) {
                ordered.add(d);
            }
        }
        List<Scope.CoderGroup> groups = new ArrayList<>();
        if (filter.sameCoder()) {
            for (int c = 0; c < coders.length; c++) {
                if (coders[c]) {
                    boolean[] one = new boolean[coders.length];
                    one[c] = true;
                    groups.add(new Scope.CoderGroup(data.coderName(c), one));
                }
            }
        } else {
            groups.add(new Scope.CoderGroup(null, coders));
        }
        return new Scope(ordered.stream().mapToInt(Integer::intValue).toArray(), inScope, coders, groups);
    }

    private static boolean[] coders(ProjectData data, List<String> names) {
        boolean[] coders = new boolean[data.coders.size()];
        if (names.isEmpty()) {
            java.util.Arrays.fill(coders, true);
            return coders;
        }
        for (String name : names) {
            Integer index = data.coderNamed(name);
            if (index == null) {
                throw ProjectErrors.unknownCoder(name);
            }
            coders[index] = true;
        }
        return coders;
    }

    private static boolean[] documents(ProjectData data, List<DocumentCondition> conditions) {
        boolean[] inScope = new boolean[data.documentCount()];
        java.util.Arrays.fill(inScope, true);
        // group the conditions by kind: alternatives within a group, every group must hold
        Map<String, List<DocumentCondition>> groups = new LinkedHashMap<>();
        TreeSet<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        data.documents.forEach(d -> keys.addAll(d.attributes().keySet()));
        for (DocumentCondition condition : conditions) {
            String group;
            if (condition instanceof DocumentNamed named) {
                if (data.documentNamed(named.name()) == null) {
                    throw ProjectErrors.unknownDocument(named.name());
                }
                group = "name";
            } else if (condition instanceof AttributeEquals equals) {
                group = "attr:" + knownKey(keys, equals.key());
            } else if (condition instanceof AttributeRange range) {
                group = "attr:" + knownKey(keys, range.key());
                Bounds.of(range);
            } else if (condition instanceof InCase || condition instanceof InSet) {
                // resolved by ProjectData.within: the view's scope says which documents hold the cases' text
                group = "cases and sets";
            } else {
                throw new IllegalArgumentException("unsupported document condition " + condition);
            }
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(condition);
        }
        for (int d = 0; d < inScope.length; d++) {
            Document document = data.document(d);
            for (List<DocumentCondition> alternatives : groups.values()) {
                if (alternatives.stream().noneMatch(c -> meets(data, document, c))) {
                    inScope[d] = false;
                    break;
                }
            }
        }
        return inScope;
    }

    private static String knownKey(TreeSet<String> keys, String key) {
        String known = keys.ceiling(key.strip());
        if (known == null || !known.equalsIgnoreCase(key.strip())) {
            throw AnalysisErrors.unknownAttribute(key, keys);
        }
        return known.toLowerCase(Locale.ROOT);
    }

    private static boolean meets(ProjectData data, Document document, DocumentCondition condition) {
        if (condition instanceof DocumentNamed named) {
            return document.name().equals(named.name());
        }
        if (condition instanceof InCase || condition instanceof InSet) {
            return data.caseScope.includesDocument(document.id());
        }
        return AttributeMatching.meets(document.attributes(), condition);
    }

    /** The attribute of that key, ignoring case. */
    static AttributeValue attribute(Document d, String key) {
        return AttributeMatching.attribute(d.attributes(), key);
    }

    /** Checks a range's bounds: both numbers or both dates (the errors name the key and the bounds). */
    private static final class Bounds {
        private Bounds() {
        }

        static void of(AttributeRange range) {
            AttributeType minType = range.min() == null ? null : typeOf(range.key(), range.min());
            AttributeType maxType = range.max() == null ? null : typeOf(range.key(), range.max());
            if (minType != null && maxType != null && minType != maxType) {
                throw AnalysisErrors.mixedRangeBounds(range.key(), range.min(), range.max());
            }
        }

        private static AttributeType typeOf(String key, String bound) {
            AttributeValue value = AttributeValue.infer(bound);
            if (value.type() == AttributeType.TEXT) {
                throw AnalysisErrors.badRangeBound(key, bound);
            }
            return value.type();
        }
    }
}
