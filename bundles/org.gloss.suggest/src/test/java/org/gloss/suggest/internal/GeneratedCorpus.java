package org.gloss.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.gloss.api.suggest.CodeSpan;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.TrainingDocument;

/**
 * Documents whose right codings are known: sentences of filler words, some with a word about
 * debt. The code "debt" is applied to exactly the sentences with such a word; the code "random"
 * to sentences drawn at random, whatever they say.
 */
final class GeneratedCorpus {
    static final Set<String> DEBT_WORDS = Set.of("debt", "loan", "creditor", "borrowing");
    private static final String[] FILLER = {"the", "village", "market", "river", "school", "family", "winter", "road",
            "teacher", "harvest", "children", "weather", "house", "bread", "music", "garden", "festival", "neighbour",
            "evening", "train", "letter", "story", "mountain", "horse", "tea"};
    private static final String[] DEBT = DEBT_WORDS.stream().sorted().toArray(String[]::new);

    private final SplittableRandom random;

    GeneratedCorpus(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A document with its codings: sentences, about a third of them about debt. */
    record Generated(SuggestionDocument document, List<CodeSpan> truth, List<CodeSpan> randomCodings) {
    }

    Generated document(long id, int sentences) {
        StringBuilder text = new StringBuilder();
        List<CodeSpan> truth = new ArrayList<>();
        List<CodeSpan> randomCodings = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            int start = text.length();
            boolean debt = random.nextInt(3) == 0;
            int words = 6 + random.nextInt(6);
            int debtAt = debt ? random.nextInt(words) : -1;
            for (int w = 0; w < words; w++) {
                String word = w == debtAt ? DEBT[random.nextInt(DEBT.length)] : FILLER[random.nextInt(FILLER.length)];
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                text.append(w == words - 1 ? "." : " ");
            }
            int end = text.length();
            if (debt) {
                truth.add(new CodeSpan("debt", start, end));
            }
            if (random.nextInt(5) == 0) {
                randomCodings.add(new CodeSpan("random", start, end));
            }
            text.append(s % 4 == 3 ? "\n" : " ");
        }
        return new Generated(new SuggestionDocument(id, "doc" + id, text.toString(), "en", List.of()), truth, randomCodings);
    }

    static TrainingDocument asTraining(Generated g, String coder) {
        List<CodeSpan> all = new ArrayList<>(g.truth());
        all.addAll(g.randomCodings());
        return new TrainingDocument(g.document(), coder, all);
    }
}
