package org.gloss.analysis.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AttributeEquals;
import org.gloss.api.analysis.AttributeRange;
import org.gloss.api.analysis.DocumentCondition;
import org.gloss.api.analysis.DocumentNamed;
import org.gloss.model.AttributeValue;

/**
 * The independent oracle of the property tests: everything computed per code point with boolean
 * arrays, by brute force over every pair of segments, straight from the definitions in
 * docs/analysis.md. Slow and obvious on purpose.
 */
final class Naive {
    final GeneratedProject p;

    Naive(GeneratedProject p) {
        this.p = p;
    }

    int length(int document) {
        return p.documents.get(document).length();
    }

    /** Positions coded with a code of {@code codes} by a coder of {@code coders}. */
    boolean[] coverage(int document, boolean[] codes, boolean[] coders) {
        boolean[] bits = new boolean[length(document)];
        for (GeneratedProject.CodingDef c : p.codings) {
            if (c.document() == document && codes[c.code()] && coders[c.coder()]) {
                for (int i = c.start(); i < c.end(); i++) {
                    bits[i] = true;
                }
            }
        }
        return bits;
    }

    /** Maximal runs of true positions, as {start, end}. */
    static List<int[]> runs(boolean[] bits) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < bits.length) {
            if (!bits[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < bits.length && bits[i]) {
                i++;
            }
            runs.add(new int[] {start, i});
        }
        return runs;
    }

    static long count(boolean[] bits) {
        long n = 0;
        for (boolean b : bits) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** Each position's sentence number: every "Start" begins a sentence (the generator writes them so). */
    int[] sentenceOf(int document) {
        return unitOf(document, false);
    }

    /** Each position's paragraph number: a "Start" at the text's start or after a blank line begins one. */
    int[] paragraphOf(int document) {
        return unitOf(document, true);
    }

    private int[] unitOf(int document, boolean paragraphs) {
        int[] cps = p.documents.get(document).text().codePoints().toArray();
        int[] unit = new int[cps.length];
        int current = -1;
        for (int i = 0; i < cps.length; i++) {
            boolean start = cps[i] == 'S' && i + 5 <= cps.length && new String(cps, i, 5).equals("Start");
            if (start && (!paragraphs || i == 0 || (i >= 2 && cps[i - 1] == '\n' && cps[i - 2] == '\n'))) {
                current++;
            }
            unit[i] = current;
        }
        return unit;
    }

    /** The documents a filter keeps: names any of, each attribute key any of its conditions. */
    boolean[] documents(AnalysisFilter filter) {
        boolean[] in = new boolean[p.documents.size()];
        for (int d = 0; d < in.length; d++) {
            GeneratedProject.Doc doc = p.documents.get(d);
            boolean names = true;
            boolean anyName = false;
            java.util.Map<String, Boolean> keys = new java.util.HashMap<>();
            for (DocumentCondition c : filter.documents()) {
                if (c instanceof DocumentNamed n) {
                    anyName |= doc.name().equals(n.name());
                    names = false;
                } else if (c instanceof AttributeEquals e) {
                    AttributeValue v = doc.attributes().get(e.key());
                    boolean ok = v != null && equal(v, e.value());
                    keys.merge(e.key(), ok, Boolean::logicalOr);
                } else if (c instanceof AttributeRange r) {
                    AttributeValue v = doc.attributes().get(r.key());
                    boolean ok = v != null && inRange(v, r);
                    keys.merge(r.key(), ok, Boolean::logicalOr);
                }
            }
            in[d] = (names || anyName) && keys.values().stream().allMatch(Boolean::booleanValue);
        }
        return in;
    }

    private static boolean equal(AttributeValue v, String wanted) {
        switch (v.type()) {
            case NUMBER:
                return new BigDecimal(v.value()).compareTo(new BigDecimal(wanted)) == 0;
            case DATE:
                return v.value().equals(wanted);
            default:
                return v.value().trim().equalsIgnoreCase(wanted.trim());
        }
    }

    private static boolean inRange(AttributeValue v, AttributeRange r) {
        switch (v.type()) {
            case NUMBER: {
                BigDecimal x = new BigDecimal(v.value());
                return (r.min() == null || x.compareTo(new BigDecimal(r.min())) >= 0)
                        && (r.max() == null || x.compareTo(new BigDecimal(r.max())) <= 0);
            }
            case DATE:
                return (r.min() == null || v.value().compareTo(r.min()) >= 0)
                        && (r.max() == null || v.value().compareTo(r.max()) <= 0);
            default:
                return false;
        }
    }

    /** The coder groups of a filter: one pooled group, or one per coder. */
    List<boolean[]> groups(AnalysisFilter filter) {
        boolean[] coders = coders(filter);
        List<boolean[]> groups = new ArrayList<>();
        if (!filter.sameCoder()) {
            groups.add(coders);
            return groups;
        }
        for (int c = 0; c < coders.length; c++) {
            if (coders[c]) {
                boolean[] one = new boolean[coders.length];
                one[c] = true;
                groups.add(one);
            }
        }
        return groups;
    }

    boolean[] coders(AnalysisFilter filter) {
        boolean[] coders = new boolean[GeneratedProject.CODERS.length];
        for (int c = 0; c < coders.length; c++) {
            coders[c] = filter.coders().isEmpty() || filter.coders().contains(GeneratedProject.CODERS[c]);
        }
        return coders;
    }

    static String groupName(boolean[] group, AnalysisFilter filter) {
        if (!filter.sameCoder()) {
            return null;
        }
        for (int c = 0; c < group.length; c++) {
            if (group[c]) {
                return GeneratedProject.CODERS[c];
            }
        }
        return null;
    }

    static boolean[] exactly(int size, int code) {
        boolean[] set = new boolean[size];
        set[code] = true;
        return set;
    }

    static boolean[] all(int size) {
        boolean[] set = new boolean[size];
        java.util.Arrays.fill(set, true);
        return set;
    }

    /** Code points of the text [start, end). */
    String substring(int document, int start, int end) {
        int[] cps = p.documents.get(document).text().codePoints().toArray();
        return new String(cps, start, end - start);
    }

    /** Words of a passage: white-space separated pieces with a letter or digit. */
    static long words(String text) {
        long n = 0;
        for (String piece : text.split("\\s+")) {
            if (piece.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    /** A random filter over the generated project. */
    static AnalysisFilter randomFilter(java.util.Random random, GeneratedProject p) {
        List<String> coders = new ArrayList<>();
        for (String c : GeneratedProject.CODERS) {
            if (random.nextInt(3) == 0) {
                coders.add(c);
            }
        }
        List<DocumentCondition> conditions = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            conditions.add(new DocumentNamed(p.documents.get(random.nextInt(p.documents.size())).name()));
        }
        boolean hasAge = p.documents.stream().anyMatch(d -> d.attributes().containsKey("age"));
        if (hasAge && random.nextInt(4) == 0) {
            conditions.add(random.nextBoolean() ? new AttributeEquals("age", Integer.toString(20 + random.nextInt(5) * 10))
                    : new AttributeRange("age", random.nextBoolean() ? "30" : null, "50.0"));
        }
        boolean hasRegion = p.documents.stream().anyMatch(d -> d.attributes().containsKey("region"));
        if (hasRegion && random.nextInt(4) == 0) {
            conditions.add(new AttributeEquals("region", "north"));
        }
        boolean hasDate = p.documents.stream().anyMatch(d -> d.attributes().containsKey("since"));
        if (hasDate && random.nextInt(5) == 0) {
            conditions.add(new AttributeRange("since", "2024-02-01", null));
        }
        return new AnalysisFilter(coders, random.nextInt(3) == 0, conditions);
    }

    /** Documents grouped by an attribute's value as crosstab columns are: (label, documents), in order, "(no value)" last. */
    List<java.util.Map.Entry<String, List<Integer>>> attributeGroups(List<Integer> scope, String key) {
        java.util.Map<Object, String> labels = new java.util.LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        java.util.Map<Object, List<Integer>> members = new java.util.TreeMap<>((a, b) -> ((Comparable<Object>) a).compareTo(b));
        List<Integer> without = new ArrayList<>();
        for (int d : scope) {
            AttributeValue v = p.documents.get(d).attributes().get(key);
            if (v == null) {
                without.add(d);
                continue;
            }
            Object sortKey = switch (v.type()) {
                case NUMBER -> new BigDecimal(v.value()).stripTrailingZeros();
                case DATE -> v.value();
                default -> v.value().trim().toLowerCase();
            };
            labels.putIfAbsent(sortKey, v.type() == org.gloss.model.AttributeType.NUMBER
                    ? ((BigDecimal) sortKey).toPlainString() : v.value().trim());
            members.computeIfAbsent(sortKey, x -> new ArrayList<>()).add(d);
        }
        List<java.util.Map.Entry<String, List<Integer>>> groups = new ArrayList<>();
        members.forEach((k, docs) -> groups.add(java.util.Map.entry(labels.get(k), docs)));
        if (!without.isEmpty()) {
            groups.add(java.util.Map.entry(AttributeColumns.NO_VALUE, without));
        }
        return groups;
    }
}
