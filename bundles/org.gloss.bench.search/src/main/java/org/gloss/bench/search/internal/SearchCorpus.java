package org.gloss.bench.search.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated documents for the search benchmark: English and Russian prose-like text whose words
 * follow a Zipf distribution over a large vocabulary (real words first, then made-up ones), with
 * Russian nouns in several cases so that stemming has work to do.
 */
final class SearchCorpus {
    private static final String[] ENGLISH = ("the of and to in a is that for it as was with be by on not he this are or his from at "
            + "which but have an they you were her she there been one all we their has would when if so no will more can said "
            + "who its do than some into them could time these two may then first other any new very also our only people debt "
            + "loan road china neighbour village school credit market generation railway pipeline contract bank government "
            + "village region trade border worker farmer teacher father mother brother investment interest repayment project "
            + "highway concession mining oil gas energy power plant factory city capital parliament minister election "
            + "opinion survey respondent interview transparency corruption fear hope future past memory soviet union "
            + "language culture religion family history economy growth crisis inflation currency export import tax").split(" ");
    private static final String[] RUSSIAN_STEMS = ("кредит долг банк завод город район проект рынок закон договор "
            + "учител отец брат сосед студент рабоч фермер инвестор министр депутат налог экспорт импорт кризис "
            + "трубопровод поезд вокзал мост аэропорт рубл тенг доллар процент контракт").split(" ");
    private static final String[] RUSSIAN_ENDINGS = {"", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"};
    private static final String[] RUSSIAN_WORDS = ("и в не на я что он с как а то все она так его но да ты к у же вы за бы по "
            + "только ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был "
            + "него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя "
            + "их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой "
            + "совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец "
            + "два об другой хоть после над больше тот через эти нас про всего них какая много разве три эту моя").split(" ");
    private static final String[] SYLLABLES_EN = "ka ri to ne sa mo lu pe di an or el in ur os ta ve li co ba".split(" ");
    private static final String[] SYLLABLES_RU = "ка ри то не са мо лу пе ди ан ор ел ин ур ос та ве ли ко ба".split(" ");

    private final Random random;
    private final List<String> english = new ArrayList<>();
    private final List<String> russian = new ArrayList<>();
    private final double[] englishCdf;
    private final double[] russianCdf;

    SearchCorpus(long seed) {
        random = new Random(seed);
        english.addAll(List.of(ENGLISH));
        for (String stem : RUSSIAN_WORDS) {
            russian.add(stem);
        }
        for (String stem : RUSSIAN_STEMS) {
            for (String ending : RUSSIAN_ENDINGS) {
                russian.add(stem + ending);
            }
        }
        Random words = new Random(seed + 1);
        while (english.size() < 30_000) {
            english.add(madeUp(words, SYLLABLES_EN));
        }
        while (russian.size() < 30_000) {
            russian.add(madeUp(words, SYLLABLES_RU) + RUSSIAN_ENDINGS[words.nextInt(RUSSIAN_ENDINGS.length)]);
        }
        englishCdf = zipf(english.size());
        russianCdf = zipf(russian.size());
    }

    private static String madeUp(Random random, String[] syllables) {
        StringBuilder word = new StringBuilder();
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            word.append(syllables[random.nextInt(syllables.length)]);
        }
        return word.toString();
    }

    private static double[] zipf(int n) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private String word(boolean russianText) {
        double[] cdf = russianText ? russianCdf : englishCdf;
        int at = java.util.Arrays.binarySearch(cdf, random.nextDouble());
        int index = at >= 0 ? at : Math.min(-at - 1, cdf.length - 1);
        return (russianText ? russian : english).get(index);
    }

    /** A word of middling frequency (rank 100 to 3,000): what a researcher typically looks for. */
    String queryWord(boolean russianText) {
        List<String> words = russianText ? russian : english;
        return words.get(100 + random.nextInt(2_900));
    }

    /** A document of about {@code utf8Bytes} bytes: paragraphs of sentences. */
    String document(boolean russianText, int utf8Bytes) {
        StringBuilder text = new StringBuilder(utf8Bytes);
        int bytes = 0;
        while (bytes < utf8Bytes) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 3 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                int words = 6 + random.nextInt(15);
                for (int w = 0; w < words; w++) {
                    String word = word(russianText);
                    if (w == 0) {
                        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    }
                    paragraph.append(word).append(w == words - 1 ? ". " : w % 7 == 6 ? ", " : " ");
                }
            }
            paragraph.setLength(paragraph.length() - 1);
            paragraph.append("\n\n");
            text.append(paragraph);
            bytes += paragraph.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        return text.toString();
    }

    Random random() {
        return random;
    }
}
