package org.gloss.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.gloss.api.error.GlossException;
import org.gloss.core.importing.StoredText;
import org.junit.jupiter.api.Test;

class StoredTextTest {
    @Test
    void dropsLeadingBomAndNormalizesLineBreaks() {
        assertThat(StoredText.normalize("\uFEFFa\r\nb\rc\nd")).isEqualTo("a\nb\nc\nd");
    }

    @Test
    void keepsEverythingElse() {
        String text = "  tabs\tand  spaces \u00A0 😀 \u00E9 \uFEFF inside \uD840\uDC00";
        assertThat(StoredText.normalize(text)).isEqualTo(text);
    }

    @Test
    void composesToNfc() {
        // e + COMBINING ACUTE, и + COMBINING BREVE (й), Hangul jamo: each becomes one code point
        String decomposed = "caf\u0065\u0301 \u0438\u0306 \u1100\u1161";
        String normalized = StoredText.normalize(decomposed);
        assertThat(normalized).isEqualTo("caf\u00E9 \u0439 \uAC00");
        assertThat(normalized.codePointCount(0, normalized.length())).isEqualTo(8);
    }

    @Test
    void nfcAppliesAfterLineBreaksAndBom() {
        assertThat(StoredText.normalize("\uFEFFa\u0301\r\nb")).isEqualTo("\u00E1\nb");
    }

    @Test
    void kazakhLettersAreAlreadyComposedAndStayAsTheyAre() {
        String kazakh = "қ ә ң ө ү ұ і Қ Ә Ң Ө Ү Ұ І";
        assertThat(StoredText.normalize(kazakh)).isEqualTo(kazakh);
    }

    @Test
    void reportsTheOffsetOfTheFirstBadByte() {
        byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[] {bytes[0], bytes[1], bytes[2], (byte) 0xC3, (byte) 0x28};
        assertThatThrownBy(() -> StoredText.decodeUtf8(bad, Path.of("x.txt")))
                .isInstanceOf(GlossException.class)
                .hasMessage("x.txt is not valid UTF-8 (bad byte at offset 3)");
    }

    @Test
    void decodesValidUtf8() {
        String text = "Жанар 😀 \uD840\uDC00";
        assertThat(StoredText.fromUtf8(text.getBytes(StandardCharsets.UTF_8), Path.of("x.txt"))).isEqualTo(text);
    }
}
