package org.gloss.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void endsSkipAbbreviationsInitialsAndBreaksBeforeLowerCase() {
        String text = "Mr. J. Smith came. «Қарыз өсуде!» деді ол. Т. е. всё.\nNext line";
        assertThat(Sentences.ends(text)).containsExactly(text.indexOf("«"), text.indexOf("Т. е."),
                text.indexOf("Next"), text.length());
    }

    @Test
    void startAndEndAgreeWithEnds() {
        String text = "Dr. Smith spoke. The end.";
        int inSecond = text.indexOf("end");
        assertThat(Sentences.start(text, inSecond)).isEqualTo(text.indexOf("The"));
        assertThat(Sentences.end(text, inSecond)).isEqualTo(text.length());
        assertThat(Sentences.start(text, 5)).isZero();
        assertThat(Sentences.end(text, 5)).isEqualTo(text.indexOf("The"));
    }
}
