package org.gloss.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every set operation against a naive per-position boolean array. */
class IntervalSetTest {
    private static final int LENGTH = 60;

    @Property(tries = 500)
    void operationsAgreeWithBooleanArrays(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        int[] a = randomSpans(random);
        int[] b = randomSpans(random);
        IntervalSet setA = IntervalSet.of(a);
        IntervalSet setB = IntervalSet.of(b);
        boolean[] bitsA = bits(a);
        boolean[] bitsB = bits(b);
        assertThat(bits(setA)).isEqualTo(bitsA);
        assertThat(setA.intersect(setB)).isEqualTo(fromBits(and(bitsA, bitsB)));
        assertThat(setA.union(setB)).isEqualTo(fromBits(or(bitsA, bitsB)));
        assertThat(setA.minus(setB)).isEqualTo(fromBits(and(bitsA, not(bitsB))));
        assertThat(setA.complement(LENGTH)).isEqualTo(fromBits(not(bitsA)));
        assertThat(setA.intersectionLength(setB)).isEqualTo(count(and(bitsA, bitsB)));
        assertThat(setA.coveredLength()).isEqualTo(count(bitsA));
        int from = random.nextInt(LENGTH);
        int to = from + 1 + random.nextInt(LENGTH - from);
        boolean any = false;
        boolean all = true;
        for (int i = from; i < to; i++) {
            any |= bitsA[i];
            all &= bitsA[i];
        }
        assertThat(setA.intersects(from, to)).isEqualTo(any);
        assertThat(setA.covers(from, to)).isEqualTo(all);
    }

    @Property(tries = 200)
    void runsAreMaximalSortedAndDisjoint(@ForAll("seeds") long seed) {
        IntervalSet set = IntervalSet.of(randomSpans(new Random(seed)));
        for (int i = 0; i < set.size(); i++) {
            assertThat(set.start(i)).isLessThan(set.end(i));
            if (i > 0) {
                assertThat(set.start(i)).as("runs neither touch nor overlap").isGreaterThan(set.end(i - 1));
            }
        }
    }

    @Test
    void touchingSpansMeltIntoOneRun() {
        assertThat(IntervalSet.of(0, 5, 5, 10).spans()).containsExactly(new TextSpan(0, 10));
        assertThat(IntervalSet.of(0, 5, 6, 10).size()).isEqualTo(2);
    }

    @Test
    void selectKeepsTheChosenRuns() {
        IntervalSet set = IntervalSet.of(0, 2, 4, 6, 8, 9);
        assertThat(set.select(new boolean[] {true, false, true})).isEqualTo(IntervalSet.of(0, 2, 8, 9));
        assertThat(set.select(new boolean[] {false, false, false})).isEqualTo(IntervalSet.EMPTY);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    static int[] randomSpans(Random random) {
        List<Integer> pairs = new ArrayList<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(LENGTH - 1);
            int end = start + 1 + random.nextInt(Math.min(12, LENGTH - start));
            pairs.add(start);
            pairs.add(Math.min(end, LENGTH));
        }
        return pairs.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean[] bits(int[] pairs) {
        boolean[] bits = new boolean[LENGTH];
        for (int i = 0; i < pairs.length; i += 2) {
            for (int p = pairs[i]; p < pairs[i + 1]; p++) {
                bits[p] = true;
            }
        }
        return bits;
    }

    private static boolean[] bits(IntervalSet set) {
        boolean[] bits = new boolean[LENGTH];
        for (int i = 0; i < set.size(); i++) {
            for (int p = set.start(i); p < set.end(i); p++) {
                bits[p] = true;
            }
        }
        return bits;
    }

    private static IntervalSet fromBits(boolean[] bits) {
        List<Integer> pairs = new ArrayList<>();
        for (int p = 0; p < bits.length; p++) {
            if (bits[p]) {
                pairs.add(p);
                pairs.add(p + 1);
            }
        }
        return IntervalSet.of(pairs.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean[] and(boolean[] a, boolean[] b) {
        boolean[] r = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] && b[i];
        }
        return r;
    }

    private static boolean[] or(boolean[] a, boolean[] b) {
        boolean[] r = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] || b[i];
        }
        return r;
    }

    private static boolean[] not(boolean[] a) {
        boolean[] r = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = !a[i];
        }
        return r;
    }

    private static long count(boolean[] a) {
        long n = 0;
        for (boolean b : a) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
