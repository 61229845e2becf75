package org.gloss.ui.suggest.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

/**
 * A real project whose right codings are known: interviews of sentences, a third of them about
 * debt (coded "debt" by ann and, mostly, ben), plus "loans", a code nobody used yet, and one
 * interview nobody coded ("Fresh"), for which the machine suggests.
 */
final class SuggestFixture {
    static final String[] FILLER = {"the", "village", "market", "river", "school", "family", "winter", "road",
            "teacher", "harvest", "children", "weather", "house", "bread", "music", "garden", "festival", "neighbour"};
    static final String[] DEBT = {"debt", "loan", "creditor", "borrowing"};
    static final String FRESH = "Fresh";

    private SuggestFixture() {
    }

    static Path create(Path dir, int documents) {
        Path file = dir.resolve("suggest.gloss");
        SplittableRandom random = new SplittableRandom(3);
        try (ProjectSession session = new SqliteStoreProvider().create(file.toString())) {
            long debt = session.codebook().add("debt", null, "#D1495B", "talk of debt").id();
            session.codebook().add("loans", null, "#2E86AB", "a loan in particular");
            long ann = session.coders().getOrCreate("ann").id();
            long ben = session.coders().getOrCreate("ben").id();
            List<NewCoding> codings = new ArrayList<>();
            for (int d = 0; d <= documents; d++) {
                StringBuilder text = new StringBuilder();
                List<int[]> debtSentences = new ArrayList<>();
                for (int s = 0; s < 10; s++) {
                    int start = text.length();
                    boolean isDebt = s % 3 == 0;
                    int words = 6 + random.nextInt(5);
                    int debtAt = isDebt ? random.nextInt(words) : -1;
                    for (int w = 0; w < words; w++) {
                        String word = w == debtAt ? DEBT[random.nextInt(DEBT.length)] : FILLER[random.nextInt(FILLER.length)];
                        text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                        text.append(w == words - 1 ? "." : " ");
                    }
                    if (isDebt) {
                        debtSentences.add(new int[] {start, text.length()});
                    }
                    text.append(s % 4 == 3 ? "\n" : " ");
                }
                boolean fresh = d == documents;
                long id = session.documents().add(new NewDocument(fresh ? FRESH : "Interview " + (d + 1), text.toString())).id();
                if (!fresh) {
                    for (int[] span : debtSentences) {
                        codings.add(new NewCoding(id, debt, ann, span[0], span[1], null));
                        if (random.nextInt(8) != 0) {
                            codings.add(new NewCoding(id, debt, ben, span[0], span[1], null));
                        }
                    }
                }
            }
            session.codings().addAll(codings);
        }
        return file;
    }

    static ProjectSession open(Path file) {
        return new SqliteStoreProvider().open(file.toString());
    }
}
