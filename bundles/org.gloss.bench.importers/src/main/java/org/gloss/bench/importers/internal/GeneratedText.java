package org.gloss.bench.importers.internal;

import java.util.Random;

/** The words the importer benchmarks' files are made of: English, Russian, Kazakh and an emoji (outside the BMP). */
final class GeneratedText {
    private static final String[] WORDS = ("debt loan road neighbour village school credit market generation "
            + "долг кредит дорога сосед поколение қарыз жол ауыл әке өмір 😀 two-way concern contract").split(" ");

    private GeneratedText() {
    }

    static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
