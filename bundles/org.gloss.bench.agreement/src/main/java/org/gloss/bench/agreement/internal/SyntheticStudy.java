package org.gloss.bench.agreement.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gloss.api.agreement.CodingTable;

/**
 * The generated agreement study: coders code random passages of random documents with random
 * codes; about half of each coder's codings copy (with jittered boundaries) a passage another
 * coder coded, so that there is agreement to measure. (The agreement bundle's comparison with
 * DKPro Statistics generates the same study in its tests.)
 */
final class SyntheticStudy {
    private SyntheticStudy() {
    }

    /** The study at {@code scale} 1: 5 coders x 500 documents of 20,000 code points x 100,000 codings, 10 codes. */
    static CodingTable generate(double scale, long seed) {
        int documents = Math.max(1, (int) Math.round(500 * scale));
        int codings = Math.max(1, (int) Math.round(100_000 * scale));
        return generate(5, documents, 20_000, codings, 10, seed);
    }

    static CodingTable generate(int coders, int documents, int length, int codings, int codes, long seed) {
        Random random = new Random(seed);
        List<String> coderNames = new ArrayList<>();
        for (int c = 0; c < coders; c++) {
            coderNames.add("coder" + (c + 1));
        }
        List<String> codeNames = new ArrayList<>();
        for (int k = 0; k < codes; k++) {
            codeNames.add("code" + (k + 1));
        }
        Map<String, Integer> documentLengths = new LinkedHashMap<>();
        for (int d = 0; d < documents; d++) {
            documentLengths.put("doc" + (d + 1), length);
        }
        List<CodingTable.Span> spans = new ArrayList<>(codings);
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
            spans.add(new CodingTable.Span(coderNames.get(coding[0]), codeNames.get(coding[1]), "doc" + (coding[2] + 1),
                    coding[3], coding[4]));
            last = coding;
        }
        return new CodingTable(coderNames, codeNames, documentLengths, spans);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
