package org.gloss.search.lucene.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gloss.search.lucene.internal.index.IndexedText;
import org.junit.jupiter.api.Test;

/**
 * Cutting hits from the index's UTF-8 copy with checkpoints gives exactly what cutting them from
 * the stored string with {@link org.gloss.model.CodePointText} gives: the same code point
 * offsets, hits and context, for 1- to 4-byte characters, spans on both sides of checkpoints,
 * and context cut at either end of the text.
 */
class HitTextTest {
    private static final String[] PIECES = {"debt ", "кредит ", "қарыз ", "債務 ", "😀", "𠀀 ", ".\n\n", "é", "a"};

    @Test
    void theIndexCopyCutsWhatTheStoredStringCuts() {
        Random random = new Random(11);
        for (int round = 0; round < 40; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = round == 0 ? 1 : random.nextInt(2_000);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String stored = text.toString();
            List<int[]> spans = spans(stored, random);
            for (int width : new int[] {0, 1, 7, 40, 100_000}) {
                HitText expected = new StringHitText("d", stored);
                HitText actual = new Utf8HitText("d", round % 2 == 0 ? new IndexedText(IndexedText.encode(stored))
                        : inPlace(IndexedText.encode(stored)));
                for (int[] span : spans) {
                    String where = "round " + round + " span [" + span[0] + ", " + span[1] + ") width " + width;
                    assertThat(actual.locate(span[0], span[1])).as(where).containsExactly(expected.locate(span[0], span[1]));
                    assertThat(actual.hit()).as(where).isEqualTo(expected.hit());
                    assertThat(actual.left(width)).as(where).isEqualTo(expected.left(width));
                    assertThat(actual.right(width)).as(where).isEqualTo(expected.right(width));
                }
            }
        }
    }

    /** The text read in place from the middle of a larger buffer, as doc values hand it out. */
    private static IndexedText inPlace(byte[] blob) {
        byte[] buffer = new byte[blob.length + 10];
        java.util.Arrays.fill(buffer, (byte) 'x');
        System.arraycopy(blob, 0, buffer, 3, blob.length);
        return new IndexedText(buffer, 3, blob.length);
    }

    /** Ascending, non-overlapping UTF-16 spans, some on code point boundaries inside a pair's neighbourhood, some at the ends. */
    private static List<int[]> spans(String text, Random random) {
        List<int[]> spans = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int start = at + random.nextInt(Math.min(600, text.length() - at));
            if (Character.isLowSurrogate(text.charAt(start))) {
                start--;
            }
            if (start < at) {
                break;
            }
            int end = Math.min(text.length(), start + 1 + random.nextInt(12));
            if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                end++;
            }
            spans.add(new int[] {start, end});
            at = end + random.nextInt(3);
        }
        if (!spans.isEmpty() && random.nextBoolean()) {
            int[] last = spans.get(spans.size() - 1);
            last[1] = text.length();
        }
        return spans;
    }

    @Test
    void aSpanOutsideTheTextIsRefusedLikeTheStoredStringRefusesIt() {
        String stored = "кредит 😀 debt";
        HitText indexed = new Utf8HitText("d", new IndexedText(IndexedText.encode(stored)));
        indexed.locate(0, 6);
        assertThatThrownBy(() -> indexed.locate(10, stored.length() + 1)).isInstanceOf(HitBuilder.OutOfTextException.class);
        assertThatThrownBy(() -> new StringHitText("d", stored).locate(10, stored.length() + 1))
                .isInstanceOf(HitBuilder.OutOfTextException.class);
        HitText again = new Utf8HitText("d", new IndexedText(IndexedText.encode(stored)));
        again.locate(7, 9);
        assertThatThrownBy(() -> again.locate(3, 5)).as("spans must come in order")
                .isInstanceOf(HitBuilder.OutOfTextException.class);
    }

    @Test
    void aTextWithAnUnpairedSurrogateIsNotCopiedIntoTheIndex() {
        assertThat(IndexedText.encode("debt \uD83D and more")).isNull();
        assertThat(IndexedText.encode("debt \uDE00")).isNull();
        assertThat(IndexedText.encode("debt 😀")).isNotNull();
        assertThat(new IndexedText(IndexedText.encode("")).checkpoints()).isZero();
        assertThat(new IndexedText(IndexedText.encode("a".repeat(2_000))).checkpoints()).isEqualTo(3);
    }
}
