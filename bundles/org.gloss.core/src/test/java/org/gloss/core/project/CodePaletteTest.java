package org.gloss.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The colour a new code gets: first the palette colours nobody has, then the least used. */
class CodePaletteTest {
    @Test
    void anEmptyCodebookStartsWithTheFirstColourAndEachNewCodeTakesTheNextFreeOne() {
        List<String> codebook = new ArrayList<>();
        for (int i = 0; i < CodePalette.COLOURS.size(); i++) {
            codebook.add(CodePalette.next(codebook));
        }
        assertThat(codebook).containsExactlyElementsOf(CodePalette.COLOURS.stream().map(CodePalette.Colour::hex).toList());
        // all taken once: round two in palette order
        assertThat(CodePalette.next(codebook)).isEqualTo("#E69F00");
        codebook.add("#E69F00");
        assertThat(CodePalette.next(codebook)).isEqualTo("#56B4E9");
    }

    @Test
    void coloursChosenByHandAreSkippedWhateverTheirCaseAndForeignOrMissingColoursCountForNothing() {
        assertThat(CodePalette.next(Arrays.asList("#e69f00", null, "#123456", "#56b4e9"))).isEqualTo("#009E73");
        assertThat(CodePalette.next(List.of("#009E73"))).isEqualTo("#E69F00");
    }

    @Test
    void theLeastUsedColourWinsAndTheEarliestOnATie() {
        List<String> codebook = new ArrayList<>();
        for (CodePalette.Colour colour : CodePalette.COLOURS) {
            codebook.add(colour.hex());
            codebook.add(colour.hex());
        }
        codebook.remove("#0072B2"); // blue is now used once, everything else twice
        assertThat(CodePalette.next(codebook)).isEqualTo("#0072B2");
    }

    @Test
    void thePaletteHasDistinctUpperCaseColoursWithNames() {
        assertThat(CodePalette.COLOURS).extracting(CodePalette.Colour::hex).doesNotHaveDuplicates()
                .allMatch(h -> h.matches("#[0-9A-F]{6}"));
        assertThat(CodePalette.COLOURS).extracting(CodePalette.Colour::name).doesNotHaveDuplicates().allMatch(n -> !n.isBlank());
        assertThat(CodePalette.nameOf("#d55e00")).contains("vermillion");
        assertThat(CodePalette.nameOf("#000000")).isEmpty();
    }

    /** Black text on every colour drawn at 30 % over white (the document view's highlight): WCAG contrast of at least 7:1. */
    @Test
    void blackTextStaysReadableOnEveryHighlight() {
        for (CodePalette.Colour colour : CodePalette.COLOURS) {
            int[] rgb = {Integer.parseInt(colour.hex().substring(1, 3), 16), Integer.parseInt(colour.hex().substring(3, 5), 16),
                Integer.parseInt(colour.hex().substring(5, 7), 16)};
            double luminance = 0;
            double[] weights = {0.2126, 0.7152, 0.0722};
            for (int i = 0; i < 3; i++) {
                double blended = (0.3 * rgb[i] + 0.7 * 255) / 255;
                double linear = blended <= 0.04045 ? blended / 12.92 : Math.pow((blended + 0.055) / 1.055, 2.4);
                luminance += weights[i] * linear;
            }
            assertThat((luminance + 0.05) / 0.05).as(colour.name().toUpperCase(Locale.ROOT)).isGreaterThan(7);
        }
    }
}
