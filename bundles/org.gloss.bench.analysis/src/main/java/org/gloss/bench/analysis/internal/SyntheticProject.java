package org.gloss.bench.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;

/**
 * The analysis data, generated: 5,000 documents of about 5,000 code points (sentences and
 * paragraphs of made-up words), a codebook of 200 codes (20 top-level codes with 9 sub-codes
 * each), 3 coders and 100,000 codings of 20 to 400 code points at random places, so that codes
 * overlap, nest and touch as in real coding.
 */
final class SyntheticProject {
    static final int DOCUMENTS = 5_000;
    static final int CODINGS = 100_000;
    static final int TOP_LEVEL_CODES = 20;
    static final int SUBCODES = 9;
    static final int DOCUMENT_LENGTH = 5_000;
    private static final String[] SYLLABLES = "ka ri to ne sa mo lu pe di an or el in ur os ta ve li co ba".split(" ");

    private SyntheticProject() {
    }

    /** Writes the project in one transaction; returns the names of the codes. */
    static List<String> write(ProjectSession project, double scale, long seed) {
        Random random = new Random(seed);
        int documents = Math.max(2, (int) Math.round(DOCUMENTS * scale));
        int codings = Math.max(10, (int) Math.round(CODINGS * scale));
        List<String> codes = new ArrayList<>();
        project.inTransaction(() -> {
            List<Long> codeIds = new ArrayList<>();
            for (int t = 0; t < TOP_LEVEL_CODES; t++) {
                long top = project.codebook().add("theme " + t, null, null, null).id();
                codes.add("theme " + t);
                codeIds.add(top);
                for (int s = 0; s < SUBCODES; s++) {
                    String name = "theme " + t + "." + s;
                    codeIds.add(project.codebook().add(name, top, null, null).id());
                    codes.add(name);
                }
            }
            long[] coders = {project.coders().getOrCreate("aida").id(), project.coders().getOrCreate("ben").id(),
                project.coders().getOrCreate("chen").id()};
            List<Long> documentIds = new ArrayList<>();
            for (int d = 0; d < documents; d++) {
                documentIds.add(project.documents().add(new NewDocument(String.format("doc%05d", d), text(random))).id());
            }
            List<NewCoding> all = new ArrayList<>(codings);
            for (int i = 0; i < codings; i++) {
                int length = 20 + random.nextInt(381);
                int start = random.nextInt(DOCUMENT_LENGTH - length);
                all.add(new NewCoding(documentIds.get(i % documents), codeIds.get(random.nextInt(codeIds.size())),
                        coders[random.nextInt(coders.length)], start, start + length, null));
            }
            project.codings().addAll(all);
        });
        return codes;
    }

    /** About {@link #DOCUMENT_LENGTH} code points (at least that many): paragraphs of sentences. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder(DOCUMENT_LENGTH + 200);
        while (text.length() < DOCUMENT_LENGTH) {
            int sentences = 3 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                int words = 6 + random.nextInt(15);
                for (int w = 0; w < words; w++) {
                    StringBuilder word = new StringBuilder();
                    for (int k = 1 + random.nextInt(3); k > 0; k--) {
                        word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                    }
                    if (w == 0) {
                        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
                    }
                    text.append(word).append(w == words - 1 ? ". " : " ");
                }
            }
            text.append("\n\n");
        }
        return text.toString();
    }
}
