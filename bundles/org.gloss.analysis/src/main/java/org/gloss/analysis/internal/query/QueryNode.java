package org.gloss.analysis.internal.query;

/** A parsed code query. Columns are 1-based code point positions in the query text. */
public sealed interface QueryNode {
    /** A code as written: {@code exact} for {@code =name} (the code alone, without its sub-codes). */
    record CodeRef(String name, boolean exact, int column) implements QueryNode {
    }

    /** Text coded with either side. */
    record Or(QueryNode left, QueryNode right) implements QueryNode {
    }

    /** Text coded with both sides. */
    record And(QueryNode left, QueryNode right) implements QueryNode {
    }

    /** Text coded with the left side but not the right ({@code A NOT B}, {@code A AND NOT B}). */
    record Minus(QueryNode left, QueryNode right) implements QueryNode {
    }

    /** Text of the document not coded with the operand. */
    record Not(QueryNode operand) implements QueryNode {
    }

    /** Whole segments of the left side that stand in a relation to segments of the right side. */
    record Relation(Relation.Kind kind, QueryNode left, QueryNode right, Distance distance) implements QueryNode {
        public enum Kind {
            OVERLAPS, WITHIN, NEAR, FOLLOWED_BY
        }
    }

    /**
     * How far NEAR and FOLLOWED BY reach.
     *
     * @param amount code points, sentences or paragraphs; null for FOLLOWED BY without a distance
     *               (anywhere later in the document)
     */
    record Distance(Integer amount, Unit unit) {
        public static final Distance UNLIMITED = new Distance(null, Unit.CODE_POINTS);

        public enum Unit {
            CODE_POINTS, SENTENCES, PARAGRAPHS
        }
    }
}
