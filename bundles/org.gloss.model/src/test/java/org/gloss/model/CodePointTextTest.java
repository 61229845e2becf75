package org.gloss.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePointTextTest {
    // U+20000 is a CJK Extension-B character, U+1F600 an emoji: both outside the BMP.
    private static final String MIXED = "a😀b\uD840\uDC00cЖ";

    @Test
    void lengthCountsCodePointsNotChars() {
        CodePointText text = new CodePointText(MIXED);
        assertThat(MIXED.length()).isEqualTo(8);
        assertThat(text.length()).isEqualTo(6);
    }

    @Test
    void substringUsesCodePointOffsets() {
        CodePointText text = new CodePointText(MIXED);
        assertThat(text.substring(1, 2)).isEqualTo("😀");
        assertThat(text.substring(3, 5)).isEqualTo("\uD840\uDC00c");
        assertThat(text.substring(0, 6)).isEqualTo(MIXED);
    }

    @Test
    void convertsBothWays() {
        CodePointText text = new CodePointText(MIXED);
        for (int cp = 0; cp <= text.length(); cp++) {
            assertThat(text.toCodePointOffset(text.toCharIndex(cp))).isEqualTo(cp);
        }
        // index 2 is the low surrogate of the emoji: it belongs to code point 1
        assertThat(text.toCodePointOffset(2)).isEqualTo(1);
    }

    @Test
    void bmpTextIsIdentity() {
        CodePointText text = new CodePointText("plain Жанар");
        assertThat(text.toCharIndex(5)).isEqualTo(5);
        assertThat(text.substring(6, 11)).isEqualTo("Жанар");
    }

    @Test
    void rejectsOffsetsPastTheEnd() {
        CodePointText text = new CodePointText(MIXED);
        assertThatThrownBy(() -> text.substring(2, 7)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void spansAreHalfOpen() {
        assertThat(new TextSpan(0, 5).overlaps(new TextSpan(5, 8))).isFalse();
        assertThat(new TextSpan(0, 5).overlapLength(new TextSpan(3, 8))).isEqualTo(2);
        assertThatThrownBy(() -> new TextSpan(4, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attributeTypesAreInferred() {
        assertThat(AttributeValue.infer("42").type()).isEqualTo(AttributeType.NUMBER);
        assertThat(AttributeValue.infer("2024-05-01").type()).isEqualTo(AttributeType.DATE);
        assertThat(AttributeValue.infer("2024-13-45").type()).isEqualTo(AttributeType.TEXT);
        assertThat(AttributeValue.infer("Almaty").type()).isEqualTo(AttributeType.TEXT);
    }
}
