package org.gloss.bench.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.gloss.api.suggest.CodeDescription;
import org.gloss.api.suggest.CodeSpan;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.TrainingDocument;

/**
 * Generated material for the benchmark: a vocabulary of 2,000 filler words and 20 codes, each
 * tied to 5 words of its own. Each sentence mentions one code's word and is coded with that code,
 * so a training document of N sentences carries N codings.
 */
final class BenchmarkCorpus {
    static final int CODES = 20;
    private static final int FILLER_WORDS = 2000;
    private static final int WORDS_PER_CODE = 5;

    private final SplittableRandom random;
    private final String[] filler = new String[FILLER_WORDS];
    private final String[][] codeWords = new String[CODES][WORDS_PER_CODE];

    BenchmarkCorpus(long seed) {
        random = new SplittableRandom(seed);
        for (int i = 0; i < FILLER_WORDS; i++) {
            filler[i] = word(i, "");
        }
        for (int c = 0; c < CODES; c++) {
            for (int w = 0; w < WORDS_PER_CODE; w++) {
                codeWords[c][w] = word(c * WORDS_PER_CODE + w, "q");
            }
        }
    }

    /** A pronounceable made-up word, distinct for each number. */
    private static String word(int n, String prefix) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder sb = new StringBuilder(prefix);
        int x = n + 1;
        while (x > 0) {
            sb.append(consonants.charAt(x % consonants.length())).append(vowels.charAt((x / 7) % vowels.length()));
            x /= consonants.length();
        }
        return sb.toString();
    }

    static List<CodeDescription> codes() {
        List<CodeDescription> codes = new ArrayList<>();
        for (int c = 0; c < CODES; c++) {
            codes.add(new CodeDescription("code" + (c + 1), null));
        }
        return codes;
    }

    /** A coded document of {@code sentences} sentences, each coded with the code whose word it has. */
    TrainingDocument training(long id, int sentences) {
        StringBuilder text = new StringBuilder();
        List<CodeSpan> codings = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            int start = text.length();
            int code = random.nextInt(CODES);
            sentence(text, code);
            codings.add(new CodeSpan("code" + (code + 1), start, text.length()));
            text.append(s % 5 == 4 ? "\n" : " ");
        }
        return new TrainingDocument(new SuggestionDocument(id, "train" + id, text.toString(), "en", List.of()), "bench", codings);
    }

    /** A document of about {@code length} characters to suggest for. */
    SuggestionDocument target(long id, int length) {
        StringBuilder text = new StringBuilder(length + 200);
        int s = 0;
        while (text.length() < length) {
            sentence(text, random.nextInt(CODES));
            text.append(s++ % 5 == 4 ? "\n" : " ");
        }
        return new SuggestionDocument(id, "target" + id, text.toString(), "en", List.of());
    }

    private void sentence(StringBuilder text, int code) {
        int words = 8 + random.nextInt(8);
        int at = random.nextInt(words);
        for (int w = 0; w < words; w++) {
            String word = w == at ? codeWords[code][random.nextInt(WORDS_PER_CODE)] : filler[random.nextInt(FILLER_WORDS)];
            text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            text.append(w == words - 1 ? "." : " ");
        }
    }
}
