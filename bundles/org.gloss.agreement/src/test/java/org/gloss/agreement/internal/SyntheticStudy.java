package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated agreement study for the comparison with DKPro (the same generator as {@code gloss bench agreement}'s): coders code random passages of random documents
 * with random codes; about half of each coder's codings copy (with jittered boundaries) a passage
 * another coder coded, so that there is agreement to measure.
 */
final class SyntheticStudy {
    private SyntheticStudy() {
    }

    /** Generated codings, (coder, code index, document index, start, end) each; {@link #study()} indexes them. */
    record Generated(List<String> coders, List<Study.CodeRef> codes, List<Study.DocumentRef> documents, int[][] codings) {
        /** The study over these codings (merging each coder's codings per code and document). */
        Study study() {
            return study(documents);
        }

        /** The study restricted to some documents. */
        Study study(List<Study.DocumentRef> scope) {
            Coverage.Builder coverage = Coverage.builder(coders.size());
            for (int[] c : codings) {
                coverage.add(codes.get(c[1]).id(), documents.get(c[2]).id(), c[0], c[3], c[4]);
            }
            return new Study(coders, codes, scope, coverage.build(), id -> {
                throw new IllegalStateException("synthetic documents have no text");
            });
        }
    }

    /** The study at {@code scale} 1: 5 coders x 500 documents of 20,000 code points x 100,000 codings, 10 codes. */
    static Generated generate(double scale, long seed) {
        int coders = 5;
        int documents = Math.max(1, (int) Math.round(500 * scale));
        int length = 20_000;
        int codings = Math.max(1, (int) Math.round(100_000 * scale));
        int codes = 10;
        return generate(coders, documents, length, codings, codes, seed);
    }

    static Generated generate(int coders, int documents, int length, int codings, int codes, long seed) {
        Random random = new Random(seed);
        List<String> coderNames = new ArrayList<>();
        for (int c = 0; c < coders; c++) {
            coderNames.add("coder" + (c + 1));
        }
        List<Study.CodeRef> codeRefs = new ArrayList<>();
        for (int k = 0; k < codes; k++) {
            codeRefs.add(new Study.CodeRef(k + 1, "code" + (k + 1)));
        }
        List<Study.DocumentRef> documentRefs = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            documentRefs.add(new Study.DocumentRef(d + 1, "doc" + (d + 1), length));
        }
        int[][] all = new int[codings][];
        int[] last = null;
        for (int i = 0; i < codings; i++) {
            int coder = random.nextInt(coders);
            int[] coding;
            if (last != null && random.nextBoolean()) {
                int start = clamp(last[3] + random.nextInt(21) - 10, 0, length - 1);
                int end = clamp(last[4] + random.nextInt(21) - 10, start + 1, length);
                coding = new int[] {coder, last[1], last[2], start, end};
            } else {
                int start = random.nextInt(length - 1);
                int end = Math.min(length, start + 20 + random.nextInt(400));
                coding = new int[] {coder, random.nextInt(codes), random.nextInt(documents), start, end};
            }
            all[i] = coding;
            last = coding;
        }
        return new Generated(coderNames, codeRefs, documentRefs, all);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
