package org.gloss.search.lucene.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KazakhLightStemmerTest {
    private static String stem(String word) {
        char[] buffer = word.toCharArray();
        return new String(buffer, 0, new KazakhLightStemmer().stem(buffer, buffer.length));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // қарыз 'debt' in every case, with possessive and plural
            "қарыз, қарыз", "қарызы, қарыз", "қарыздар, қарыз", "қарыздың, қарыз", "қарызға, қарыз",
            "қарызды, қарыз", "қарызда, қарыз", "қарыздан, қарыз", "қарызбен, қарыз", "қарызымен, қарыз",
            "қарызын, қарыз", "қарызына, қарыз", "қарызында, қарыз", "қарызынан, қарыз", "қарыздары, қарыз",
            "қарыздарының, қарыз", "қарыздарымыз, қарыз", "қарызыңыз, қарыз", "қарызыма, қарыз",
            // Қытай 'China' (lower-cased by the analyzer before stemming)
            "қытай, қытай", "қытайдың, қытай", "қытайға, қытай", "қытайдан, қытай", "қытаймен, қытай",
            "қытайда, қытай", "қытайдағы, қытай",
            // ел 'country': two letters stay
            "ел, ел", "елдер, ел", "елдің, ел", "елге, ел", "елде, ел", "елден, ел", "елі, ел", "елдері, ел",
            // vowel stems: бала 'child'
            "бала, бала", "балалар, бала", "баланың, бала", "балаға, бала", "баласы, бала", "балалары, бала",
            "баладан, бала", "баламен, бала",
            // voiceless stems: кітап 'book', банк
            "кітап, кітап", "кітаптар, кітап", "кітаптың, кітап", "кітапқа, кітап", "кітапта, кітап",
            "кітаптан, кітап", "кітаппен, кітап", "банктер, банк", "банкке, банк",
            // nasal stems: адам 'person', Қазақстан (not an ablative)
            "адам, адам", "адамдар, адам", "адамның, адам", "адамнан, адам", "адаммен, адам",
            "қазақстан, қазақстан", "қазақстанның, қазақстан", "қазақстанға, қазақстан", "қазақстанда, қазақстан",
            "қазақстаннан, қазақстан", "қазақстандағы, қазақстан",
            // typed without Kazakh letters: the same stems in their Russian spelling
            "карызга, карыз", "карыздын, карыз", "кытайдан, кытай", "елдин, ел", "кітапка, кітап",
    })
    void removesInflectionalEndings(String word, String expected) {
        assertThat(stem(word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource({
            // endings that do not fit the sound before them are part of the word
            "ата", "ана", "ерте", "алма", "қала", "қалам", "көл", "қол", "ол", "су", "үй", "іс", "ат", "қар",
    })
    void leavesWordsThatOnlyLookInflected(String word) {
        assertThat(stem(word)).isEqualTo(word);
    }

    @ParameterizedTest(name = "{0} and {1} stay apart")
    @CsvSource({
            "ата, ат", "қала, қалам", "қарыз, қар", "атаға, атқа", "қаладан, қаламнан", "қазақстан, қазақ",
    })
    void differentWordsDoNotCollapse(String one, String other) {
        assertThat(stem(one)).isNotEqualTo(stem(other));
    }
}
