package org.gloss.analysis.internal.query;

import org.gloss.model.IntervalSet;
import org.gloss.model.TextUnits;

/**
 * Evaluates a parsed query in one document as set algebra on code points: AND, OR, NOT are
 * intersection, union and difference; OVERLAPS, WITHIN, NEAR and FOLLOWED BY keep whole runs of
 * their left side. The result's runs are the query's result segments.
 */
public final class QueryEvaluator {
    private QueryEvaluator() {
    }

    public static IntervalSet evaluate(QueryNode node, DocumentContext document) {
        if (node instanceof QueryNode.CodeRef code) {
            return document.coverage(code);
        }
        if (node instanceof QueryNode.Or or) {
            return evaluate(or.left(), document).union(evaluate(or.right(), document));
        }
        if (node instanceof QueryNode.And and) {
            IntervalSet left = evaluate(and.left(), document);
            return left.isEmpty() ? left : left.intersect(evaluate(and.right(), document));
        }
        if (node instanceof QueryNode.Minus minus) {
            IntervalSet left = evaluate(minus.left(), document);
            return left.isEmpty() ? left : left.minus(evaluate(minus.right(), document));
        }
        if (node instanceof QueryNode.Not not) {
            return evaluate(not.operand(), document).complement(document.length());
        }
        return relation((QueryNode.Relation) node, document);
    }

    private static IntervalSet relation(QueryNode.Relation relation, DocumentContext document) {
        IntervalSet left = evaluate(relation.left(), document);
        if (left.isEmpty()) {
            return left;
        }
        IntervalSet right = evaluate(relation.right(), document);
        if (right.isEmpty()) {
            return IntervalSet.EMPTY;
        }
        boolean[] keep = new boolean[left.size()];
        QueryNode.Distance distance = relation.distance();
        int[] units = distance == null ? null : switch (distance.unit()) {
            case SENTENCES -> document.sentences();
            case PARAGRAPHS -> document.paragraphs();
            case CODE_POINTS -> null;
        };
        IntervalSet rightUnits = units == null || relation.kind() != QueryNode.Relation.Kind.NEAR ? null : unitRanges(right, units);
        for (int i = 0; i < left.size(); i++) {
            int s = left.start(i);
            int e = left.end(i);
            keep[i] = switch (relation.kind()) {
                case OVERLAPS -> right.intersects(s, e);
                case WITHIN -> right.covers(s, e);
                case NEAR -> units == null
                        // at most n code points between: some right position in [s - n - 1, e + n + 1)
                        ? right.intersects(Math.max(0, s - distance.amount() - 1), e + distance.amount() + 1)
                        : rightUnits.intersects(unit(units, s) - distance.amount(), unit(units, e - 1) + 1 + distance.amount());
                case FOLLOWED_BY -> followedBy(right, s, e, distance, units);
            };
        }
        return left.select(keep);
    }

    /** Whether a run of {@code right} starts at or after {@code e}, within the distance. */
    private static boolean followedBy(IntervalSet right, int s, int e, QueryNode.Distance distance, int[] units) {
        int first = firstStartingAtOrAfter(right, e);
        if (first >= right.size()) {
            return false;
        }
        if (distance.amount() == null) {
            return true;
        }
        int bs = right.start(first);
        return units == null ? bs - e <= distance.amount() : unit(units, bs) - unit(units, e - 1) <= distance.amount();
    }

    private static int firstStartingAtOrAfter(IntervalSet set, int position) {
        int low = 0;
        int high = set.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (set.start(mid) < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The unit index of a position, shifted by one so that text before the first unit is 0. */
    private static int unit(int[] units, int position) {
        return TextUnits.unitAt(units, position) + 1;
    }

    /** The unit indices each run of {@code set} touches, as a set of indices. */
    private static IntervalSet unitRanges(IntervalSet set, int[] units) {
        int[] starts = new int[set.size()];
        int[] ends = new int[set.size()];
        for (int i = 0; i < set.size(); i++) {
            starts[i] = unit(units, set.start(i));
            ends[i] = unit(units, set.end(i) - 1) + 1;
        }
        return IntervalSet.union(starts, ends, starts.length);
    }
}
