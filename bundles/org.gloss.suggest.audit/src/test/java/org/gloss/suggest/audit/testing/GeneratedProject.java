package org.gloss.suggest.audit.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

/**
 * A real project file whose right codings are known. Sentences of filler words, a third of them
 * with a word about debt. Two coders, ann and ben: both code "debt" on the sentences about debt
 * (ben misses one in ten), and each codes "random" on sentences of their own drawn at random.
 * Shared with the suggest commands' tests through this bundle's test jar.
 */
public final class GeneratedProject {
    private static final String[] FILLER = {"the", "village", "market", "river", "school", "family", "winter", "road",
            "teacher", "harvest", "children", "weather", "house", "bread", "music", "garden", "festival", "neighbour",
            "evening", "train", "letter", "story", "mountain", "horse", "tea"};
    private static final String[] DEBT = {"debt", "loan", "creditor", "borrowing"};

    private GeneratedProject() {
    }

    public static String create(Path dir, int documents, long seed) {
        String location = dir.resolve("generated.gloss").toString();
        SplittableRandom random = new SplittableRandom(seed);
        try (ProjectSession session = new SqliteStoreProvider().create(location)) {
            long debt = session.codebook().add("debt", null, null, "talk of debt").id();
            long randomCode = session.codebook().add("random", null, null, "assigned at random").id();
            long ann = session.coders().getOrCreate("ann").id();
            long ben = session.coders().getOrCreate("ben").id();
            List<NewCoding> codings = new ArrayList<>();
            for (int d = 0; d < documents; d++) {
                StringBuilder text = new StringBuilder();
                List<int[]> sentences = new ArrayList<>();
                List<Boolean> aboutDebt = new ArrayList<>();
                for (int s = 0; s < 12; s++) {
                    int start = text.length();
                    boolean isDebt = random.nextInt(3) == 0;
                    int words = 6 + random.nextInt(6);
                    int debtAt = isDebt ? random.nextInt(words) : -1;
                    for (int w = 0; w < words; w++) {
                        String word = w == debtAt ? DEBT[random.nextInt(DEBT.length)] : FILLER[random.nextInt(FILLER.length)];
                        text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                        text.append(w == words - 1 ? "." : " ");
                    }
                    sentences.add(new int[] {start, text.length()});
                    aboutDebt.add(isDebt);
                    text.append(s % 4 == 3 ? "\n" : " ");
                }
                long id = session.documents().add(new NewDocument("doc" + (d + 1), text.toString())).id();
                for (int s = 0; s < sentences.size(); s++) {
                    int[] span = sentences.get(s);
                    if (aboutDebt.get(s)) {
                        codings.add(new NewCoding(id, debt, ann, span[0], span[1], null));
                        if (random.nextInt(10) != 0) {
                            codings.add(new NewCoding(id, debt, ben, span[0], span[1], null));
                        }
                    }
                    if (random.nextInt(5) == 0) {
                        codings.add(new NewCoding(id, randomCode, ann, span[0], span[1], null));
                    }
                    if (random.nextInt(5) == 0) {
                        codings.add(new NewCoding(id, randomCode, ben, span[0], span[1], null));
                    }
                }
            }
            session.codings().addAll(codings);
        }
        return location;
    }
}
