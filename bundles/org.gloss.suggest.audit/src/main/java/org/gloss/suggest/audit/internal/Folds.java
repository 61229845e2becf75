package org.gloss.suggest.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The cross-validation split: documents (by id) shuffled by the seed and dealt round into K
 * folds, so fold sizes differ by at most one. A document is in exactly one fold.
 */
final class Folds {
    private final Map<Long, Integer> foldOf;
    private final int count;

    private Folds(Map<Long, Integer> foldOf, int count) {
        this.foldOf = foldOf;
        this.count = count;
    }

    static Folds split(List<Long> documents, int folds, long seed) {
        List<Long> order = new ArrayList<>(documents);
        order.sort(null);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Long t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        Map<Long, Integer> foldOf = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            foldOf.put(order.get(i), i % folds);
        }
        return new Folds(foldOf, folds);
    }

    int count() {
        return count;
    }

    int foldOf(long document) {
        return foldOf.get(document);
    }

    boolean heldOut(long document, int fold) {
        Integer f = foldOf.get(document);
        return f != null && f == fold;
    }

    /** The documents of a fold, in shuffled order. */
    List<Long> documents(int fold) {
        return foldOf.entrySet().stream().filter(e -> e.getValue() == fold).map(Map.Entry::getKey).toList();
    }
}
