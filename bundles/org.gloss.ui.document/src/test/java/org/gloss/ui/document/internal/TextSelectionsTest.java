package org.gloss.ui.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where mouse selections snap and what the selection keys select. */
class TextSelectionsTest {
    static final String TEXT = "It took six hours to reach Almaty. Now it is faster: the two-way road is open.\nQ: Don't you mind?";

    private static String snapped(String sloppy) {
        int from = TEXT.indexOf(sloppy);
        int[] span = TextSelections.snapToWords(TEXT, from, from + sloppy.length());
        return TEXT.substring(span[0], span[1]);
    }

    @Test
    void aSelectionStartingAndEndingInsideWordsGrowsToThemAndLosesEdgeSpaces() {
        assertThat(snapped("ook six hours to reach Almaty. Now it ")).isEqualTo("took six hours to reach Almaty. Now it");
        assertThat(snapped("wo-wa")).isEqualTo("two-way");
        assertThat(snapped("on't you mi")).isEqualTo("Don't you mind");
        // a selection of whole words, punctuation included, stays as it is
        assertThat(snapped("Almaty.")).isEqualTo("Almaty.");
        assertThat(snapped(" faster: ")).isEqualTo("faster:");
    }

    @Test
    void whiteSpaceAloneIsLeftAlone() {
        int from = TEXT.indexOf("  ") >= 0 ? TEXT.indexOf("  ") : TEXT.indexOf(' ');
        assertThat(TextSelections.snapToWords(TEXT, from, from + 1)).containsExactly(from, from + 1);
    }

    @Test
    void surrogatePairsAndCombiningMarksBelongToTheirWords() {
        String text = "a 𠀀𠀁b é\u0301x done";
        int inside = text.indexOf("𠀁");
        int[] span = TextSelections.snapToWords(text, inside, inside + 2);
        assertThat(text.substring(span[0], span[1])).isEqualTo("𠀀𠀁b");
        int mark = text.indexOf('\u0301');
        span = TextSelections.snapToWords(text, mark, mark + 1);
        assertThat(text.substring(span[0], span[1])).isEqualTo("é\u0301x");
    }

    @Test
    void wordSentenceAndParagraphKeys() {
        int took = TEXT.indexOf("took");
        assertThat(TextSelections.nextWordEnd(TEXT, took + 1)).isEqualTo(took + 4);
        assertThat(TextSelections.nextWordEnd(TEXT, took + 4)).isEqualTo(TEXT.indexOf(" hours"));
        assertThat(TextSelections.previousWordStart(TEXT, took + 4)).isEqualTo(took);
        int[] sentence = TextSelections.sentence(TEXT, TEXT.indexOf("faster"));
        assertThat(TEXT.substring(sentence[0], sentence[1])).isEqualTo("Now it is faster: the two-way road is open.");
        int[] paragraph = TextSelections.paragraph(TEXT, TEXT.indexOf("mind"));
        assertThat(TEXT.substring(paragraph[0], paragraph[1])).isEqualTo("Q: Don't you mind?");
        int[] first = TextSelections.sentence(TEXT, 0);
        assertThat(TEXT.substring(first[0], first[1])).isEqualTo("It took six hours to reach Almaty.");
    }
}
