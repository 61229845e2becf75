package org.gloss.analysis.internal;

import java.util.List;
import java.util.Random;

/**
 * Random code queries as the tests' own tree, rendered to the query language with every compound
 * part in parentheses, and evaluated by {@link Naive} per code point.
 */
sealed interface RandomQuery {
    String render(GeneratedProject p);

    /** Positions where the query holds in the document for the coder group. */
    boolean[] bits(Naive naive, int document, boolean[] coders);

    record Leaf(int code, boolean exact) implements RandomQuery {
        @Override
        public String render(GeneratedProject p) {
            return (exact ? "=" : "") + p.codes.get(code).name();
        }

        @Override
        public boolean[] bits(Naive naive, int document, boolean[] coders) {
            boolean[] codes = exact ? Naive.exactly(naive.p.codes.size(), code) : naive.p.subtree(code);
            return naive.coverage(document, codes, coders);
        }
    }

    record And(RandomQuery left, RandomQuery right) implements RandomQuery {
        @Override
        public String render(GeneratedProject p) {
            return "(" + left.render(p) + " AND " + right.render(p) + ")";
        }

        @Override
        public boolean[] bits(Naive naive, int document, boolean[] coders) {
            boolean[] a = left.bits(naive, document, coders);
            boolean[] b = right.bits(naive, document, coders);
            for (int i = 0; i < a.length; i++) {
                a[i] &= b[i];
            }
            return a;
        }
    }

    record Or(RandomQuery left, RandomQuery right) implements RandomQuery {
        @Override
        public String render(GeneratedProject p) {
            return "(" + left.render(p) + " OR " + right.render(p) + ")";
        }

        @Override
        public boolean[] bits(Naive naive, int document, boolean[] coders) {
            boolean[] a = left.bits(naive, document, coders);
            boolean[] b = right.bits(naive, document, coders);
            for (int i = 0; i < a.length; i++) {
                a[i] |= b[i];
            }
            return a;
        }
    }

    /** A NOT B, or A AND NOT B. */
    record Minus(RandomQuery left, RandomQuery right, boolean withAnd) implements RandomQuery {
        @Override
        public String render(GeneratedProject p) {
            return "(" + left.render(p) + (withAnd ? " AND NOT " : " NOT ") + right.render(p) + ")";
        }

        @Override
        public boolean[] bits(Naive naive, int document, boolean[] coders) {
            boolean[] a = left.bits(naive, document, coders);
            boolean[] b = right.bits(naive, document, coders);
            for (int i = 0; i < a.length; i++) {
                a[i] &= !b[i];
            }
            return a;
        }
    }

    record Complement(RandomQuery operand) implements RandomQuery {
        @Override
        public String render(GeneratedProject p) {
            return "(NOT " + operand.render(p) + ")";
        }

        @Override
        public boolean[] bits(Naive naive, int document, boolean[] coders) {
            boolean[] a = operand.bits(naive, document, coders);
            for (int i = 0; i < a.length; i++) {
                a[i] = !a[i];
            }
            return a;
        }
    }

    /**
     * Whole left segments related to right segments.
     *
     * @param unit 'c' code points, 's' sentences, 'p' paragraphs
     * @param distance null for FOLLOWED BY without a distance
     */
    record Relation(String op, RandomQuery left, RandomQuery right, Integer distance, char unit) implements RandomQuery {
        @Override
        public String render(GeneratedProject p) {
            String suffix = distance == null ? "" : "/" + distance + (unit == 'c' ? "" : String.valueOf(unit));
            return "(" + left.render(p) + " " + op + suffix + " " + right.render(p) + ")";
        }

        @Override
        public boolean[] bits(Naive naive, int document, boolean[] coders) {
            boolean[] a = left.bits(naive, document, coders);
            List<int[]> rights = Naive.runs(right.bits(naive, document, coders));
            int[] unitOf = unit == 's' ? naive.sentenceOf(document) : unit == 'p' ? naive.paragraphOf(document) : null;
            boolean[] out = new boolean[a.length];
            for (int[] run : Naive.runs(a)) {
                boolean keep = false;
                for (int[] b : rights) {
                    keep |= related(run, b, unitOf);
                }
                if (keep) {
                    for (int i = run[0]; i < run[1]; i++) {
                        out[i] = true;
                    }
                }
            }
            return out;
        }

        private boolean related(int[] a, int[] b, int[] unitOf) {
            switch (op) {
                case "OVERLAPS":
                    return a[0] < b[1] && b[0] < a[1];
                case "WITHIN":
                    return b[0] <= a[0] && a[1] <= b[1];
                case "NEAR": {
                    if (unitOf == null) {
                        return Math.max(0, Math.max(b[0] - a[1], a[0] - b[1])) <= distance;
                    }
                    int gap = Math.max(0, Math.max(unitOf[b[0]] - unitOf[a[1] - 1], unitOf[a[0]] - unitOf[b[1] - 1]));
                    return gap <= distance;
                }
                default: { // FOLLOWED BY
                    if (b[0] < a[1]) {
                        return false;
                    }
                    if (distance == null) {
                        return true;
                    }
                    return unitOf == null ? b[0] - a[1] <= distance : unitOf[b[0]] - unitOf[a[1] - 1] <= distance;
                }
            }
        }
    }

    static RandomQuery random(Random random, GeneratedProject p, int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return new Leaf(random.nextInt(p.codes.size()), random.nextInt(3) == 0);
        }
        RandomQuery left = random(random, p, depth - 1);
        RandomQuery right = random(random, p, depth - 1);
        switch (random.nextInt(9)) {
            case 0:
                return new And(left, right);
            case 1:
                return new Or(left, right);
            case 2:
                return new Minus(left, right, random.nextBoolean());
            case 3:
                return new Complement(left);
            case 4:
                return new Relation("OVERLAPS", left, right, null, 'c');
            case 5:
                return new Relation("WITHIN", left, right, null, 'c');
            case 6: {
                char unit = "csp".charAt(random.nextInt(3));
                return new Relation("NEAR", left, right, random.nextInt(unit == 'c' ? 8 : 2), unit);
            }
            default: {
                char unit = "csp".charAt(random.nextInt(3));
                Integer distance = random.nextInt(4) == 0 ? null : random.nextInt(unit == 'c' ? 8 : 2);
                return new Relation("FOLLOWED BY", left, right, distance, distance == null ? 'c' : unit);
            }
        }
    }
}
