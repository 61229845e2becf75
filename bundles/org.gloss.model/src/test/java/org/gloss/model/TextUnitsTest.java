package org.gloss.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextUnitsTest {
    @Test
    void paragraphsAreSeparatedByBlankLinesWhenTheTextHasThem() {
        String text = "First line\nstill first.\n\nSecond. Two sentences.\n \n\nThird";
        assertThat(TextUnits.spans(TextUnits.paragraphs(text))).containsExactly(
                new TextSpan(0, text.indexOf("\n\n")),
                new TextSpan(text.indexOf("Second"), text.indexOf("\n \n")),
                new TextSpan(text.indexOf("Third"), text.length()));
    }

    @Test
    void withoutBlankLinesEveryLineIsAParagraph() {
        String text = "A: hello\nB: hi there\n";
        assertThat(TextUnits.spans(TextUnits.paragraphs(text))).containsExactly(
                new TextSpan(0, 8), new TextSpan(9, 20));
    }

    @Test
    void sentencesNeverCrossAParagraphAndSkipAbbreviations() {
        String text = "Dr. Smith spoke. Then left\n\nHeading without stop\n\nLast one.";
        assertThat(TextUnits.spans(TextUnits.sentences(text))).extracting(s -> text.substring(s.start(), s.end()).strip())
                .containsExactly("Dr. Smith spoke.", "Then left", "Heading without stop", "Last one.");
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "😀 one.\n\n😀😀 two.";
        int[] paragraphs = TextUnits.paragraphs(text);
        assertThat(TextUnits.spans(paragraphs)).containsExactly(new TextSpan(0, 6), new TextSpan(8, 15));
        assertThat(TextUnits.spans(TextUnits.sentences(text))).containsExactly(new TextSpan(0, 6), new TextSpan(8, 15));
    }

    @Test
    void emptyAndBlankTextsHaveNoUnits() {
        assertThat(TextUnits.paragraphs("")).isEmpty();
        assertThat(TextUnits.sentences(" \n\n ")).isEmpty();
    }

    @Test
    void unitAtFindsTheUnitOrTheLastBefore() {
        int[] units = {2, 5, 8, 10};
        assertThat(TextUnits.unitAt(units, 0)).isEqualTo(-1);
        assertThat(TextUnits.unitAt(units, 2)).isZero();
        assertThat(TextUnits.unitAt(units, 6)).isZero();
        assertThat(TextUnits.unitAt(units, 9)).isEqualTo(1);
        assertThat(TextUnits.unitAt(units, 50)).isEqualTo(1);
    }
}
