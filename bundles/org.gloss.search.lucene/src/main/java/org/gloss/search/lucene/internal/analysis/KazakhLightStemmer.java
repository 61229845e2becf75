package org.gloss.search.lucene.internal.analysis;

import java.util.Comparator;
import java.util.List;

/**
 * A light stemmer for Kazakh, in the spirit of Lucene's {@code *LightStemmer} classes: it removes
 * the common inflectional endings of nouns, in the order Kazakh stacks them (stem + plural +
 * possessive + case), outermost first, at most one of each:
 * <ol>
 * <li>case: genitive -ның/-дың/-тың, dative -ға/-қа/-на (and -а after -ым/-ың), accusative
 * -ны/-ды/-ты/-н, locative -да/-та/-нда, ablative -дан/-тан/-нан, instrumental -мен/-бен/-пен
 * (-менен...), and the attributive locative -дағы/-тағы/-ндағы, with their front-vowel forms;</li>
 * <li>possessive: -ы/-сы, -ым, -ың, -ымыз/-мыз, -ыңыз/-ңыз and front-vowel forms;</li>
 * <li>plural: -лар/-дар/-тар/-лер/-дер/-тер.</li>
 * </ol>
 * Kazakh chooses the first consonant of an ending by the sound before it (-лар after a vowel,
 * -дар after a voiced consonant, -тар after a voiceless one). An ending is only removed when it
 * fits the sound before it, which keeps most words that merely end like an ending intact: ата
 * 'grandfather' is not ат 'horse' + -та, because -та follows only voiceless consonants. Vowel
 * harmony is not checked (the index also holds words typed without Kazakh letters, whose vowels
 * say nothing about harmony). At least two letters remain ("елдер" → "ел"). Words ending in
 * -стан (Қазақстан) keep it: it is not the ablative. Endings are compared as typed with or without
 * Kazakh letters (-ға and -га), so both forms of a word get the same treatment.
 */
final class KazakhLightStemmer {
    private static final int MIN_STEM = 2;
    private static final String VOWELS = "аеёиоуыэюя";
    private static final String VOICELESS = "птксшщфхцч";
    /** Voiced stops at the end of loanwords sound voiceless: клуб → клубтар. */
    private static final String DEVOICED = "бвгд";
    private static final String NASALS = "мн";

    private enum Before {
        VOWEL, VOICED, VOICELESS, VOWEL_OR_VOICED, VOWEL_OR_NASAL, VOICED_NOT_NASAL, VOICED_NOT_NASAL_OR_VOWEL,
        CONSONANT,
        /** the third-person possessive -ы/-і (қарызы + н, на, нда, нан). */
        POSSESSIVE_VOWEL,
        NASAL_OR_POSSESSIVE_VOWEL,
        /** the first- and second-person possessive -ым/-ім/-ың/-ің after a consonant (қарызым + а). */
        FIRST_OR_SECOND_POSSESSIVE
    }

    private record Ending(String text, Before before) {
    }

    private static final List<Ending> CASES = longestFirst(
            e("менен", Before.VOWEL_OR_VOICED), e("мен", Before.VOWEL_OR_VOICED),
            e("бенен", Before.VOICED), e("бен", Before.VOICED),
            e("пенен", Before.VOICELESS), e("пен", Before.VOICELESS),
            e("ндағы", Before.POSSESSIVE_VOWEL), e("ндегі", Before.POSSESSIVE_VOWEL),
            e("дағы", Before.VOWEL_OR_VOICED), e("дегі", Before.VOWEL_OR_VOICED),
            e("тағы", Before.VOICELESS), e("тегі", Before.VOICELESS),
            e("нан", Before.NASAL_OR_POSSESSIVE_VOWEL), e("нен", Before.NASAL_OR_POSSESSIVE_VOWEL),
            e("дан", Before.VOICED_NOT_NASAL_OR_VOWEL), e("ден", Before.VOICED_NOT_NASAL_OR_VOWEL),
            e("тан", Before.VOICELESS), e("тен", Before.VOICELESS),
            e("нда", Before.POSSESSIVE_VOWEL), e("нде", Before.POSSESSIVE_VOWEL),
            e("да", Before.VOWEL_OR_VOICED), e("де", Before.VOWEL_OR_VOICED),
            e("та", Before.VOICELESS), e("те", Before.VOICELESS),
            e("ның", Before.VOWEL_OR_NASAL), e("нің", Before.VOWEL_OR_NASAL),
            e("дың", Before.VOICED_NOT_NASAL), e("дің", Before.VOICED_NOT_NASAL),
            e("тың", Before.VOICELESS), e("тің", Before.VOICELESS),
            e("на", Before.POSSESSIVE_VOWEL), e("не", Before.POSSESSIVE_VOWEL),
            e("ға", Before.VOWEL_OR_VOICED), e("ге", Before.VOWEL_OR_VOICED),
            e("қа", Before.VOICELESS), e("ке", Before.VOICELESS),
            e("ны", Before.VOWEL), e("ні", Before.VOWEL),
            e("ды", Before.VOICED), e("ді", Before.VOICED),
            e("ты", Before.VOICELESS), e("ті", Before.VOICELESS),
            e("н", Before.POSSESSIVE_VOWEL),
            e("а", Before.FIRST_OR_SECOND_POSSESSIVE), e("е", Before.FIRST_OR_SECOND_POSSESSIVE));

    private static final List<Ending> POSSESSIVES = longestFirst(
            e("ымыз", Before.CONSONANT), e("іміз", Before.CONSONANT),
            e("мыз", Before.VOWEL), e("міз", Before.VOWEL),
            e("ыңыз", Before.CONSONANT), e("іңіз", Before.CONSONANT),
            e("ңыз", Before.VOWEL), e("ңіз", Before.VOWEL),
            e("ым", Before.CONSONANT), e("ім", Before.CONSONANT),
            e("ың", Before.CONSONANT), e("ің", Before.CONSONANT),
            e("сы", Before.VOWEL), e("сі", Before.VOWEL),
            e("ы", Before.CONSONANT), e("і", Before.CONSONANT));

    private static final List<Ending> PLURALS = longestFirst(
            e("лар", Before.VOWEL_OR_VOICED), e("лер", Before.VOWEL_OR_VOICED),
            e("дар", Before.VOICED), e("дер", Before.VOICED),
            e("тар", Before.VOICELESS), e("тер", Before.VOICELESS));

    private static Ending e(String text, Before before) {
        return new Ending(text, before);
    }

    private static List<Ending> longestFirst(Ending... endings) {
        return List.of(endings).stream().sorted(Comparator.comparingInt((Ending x) -> x.text().length()).reversed()).toList();
    }

    /** Stems the lower-case word in {@code s[0, length)} in place and returns the stem's length. */
    int stem(char[] s, int length) {
        if (endsWith(s, length, "стан")) {
            return length;
        }
        length = strip(s, length, CASES);
        length = strip(s, length, POSSESSIVES);
        return strip(s, length, PLURALS);
    }

    private static int strip(char[] s, int length, List<Ending> endings) {
        for (Ending ending : endings) {
            int stem = length - ending.text().length();
            if (stem >= MIN_STEM && endsWith(s, length, ending.text()) && fits(s, stem, ending.before())) {
                return stem;
            }
        }
        return length;
    }

    /** Whether the word ends with the ending, a Kazakh letter matching its Russian stand-in either way. */
    private static boolean endsWith(char[] s, int length, String ending) {
        int offset = length - ending.length();
        if (offset < 0) {
            return false;
        }
        for (int i = 0; i < ending.length(); i++) {
            if (KazakhLetters.fold(s[offset + i]) != KazakhLetters.fold(ending.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the stem {@code s[0, stem)} ends in a sound the ending may follow. */
    private static boolean fits(char[] s, int stem, Before before) {
        // by the letter typed without a Kazakh keyboard, so that both forms of a word are treated alike
        char last = KazakhLetters.fold(s[stem - 1]);
        boolean vowel = VOWELS.indexOf(last) >= 0;
        boolean letter = Character.isLetter(last) && last != 'ь' && last != 'ъ';
        boolean voiceless = VOICELESS.indexOf(last) >= 0 || DEVOICED.indexOf(last) >= 0;
        boolean nasal = NASALS.indexOf(last) >= 0;
        boolean voiced = letter && !vowel && !voiceless;
        return switch (before) {
            case VOWEL -> vowel;
            case VOICED -> voiced;
            case VOICELESS -> voiceless;
            case VOWEL_OR_NASAL -> vowel || nasal;
            case VOICED_NOT_NASAL -> voiced && !nasal;
            case VOWEL_OR_VOICED -> vowel || voiced;
            case VOICED_NOT_NASAL_OR_VOWEL -> vowel || (voiced && !nasal);
            case CONSONANT -> letter && !vowel;
            case POSSESSIVE_VOWEL -> isPossessiveVowel(last);
            case NASAL_OR_POSSESSIVE_VOWEL -> nasal || isPossessiveVowel(last);
            case FIRST_OR_SECOND_POSSESSIVE -> stem >= 3 && (last == 'м' || last == 'ң' || last == 'н')
                    && isPossessiveVowel(s[stem - 2]) && VOWELS.indexOf(s[stem - 3]) < 0;
        };
    }

    /** -ы/-і of the third-person possessive; і typed without a Kazakh keyboard is и. */
    private static boolean isPossessiveVowel(char c) {
        return c == 'ы' || c == 'і' || c == 'и';
    }
}
