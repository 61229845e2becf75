package org.gloss.ui.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Style runs from codings: checked character by character against the codes covering each one. */
class CodingStylesTest {
    static final Map<Long, String> COLOURS = Map.of(1L, "#D1495B", 2L, "#2E86AB", 3L, "#66A182");

    @Test
    void uncodedTextIsOneUnstyledRun() {
        assertThat(new CodingStyles(COLOURS).runs(5, 15, List.of())).containsExactly(new CodingStyles.Run(10, ""));
    }

    @Test
    void overlapsBlendAndUnderlineInTheSecondCodesColour() {
        List<CodingStyles.Run> runs = new CodingStyles(COLOURS).runs(0, 10,
                List.of(new CodingStyles.Extent(2, 6, 1), new CodingStyles.Extent(4, 8, 2)));
        assertThat(runs).extracting(CodingStyles.Run::length).containsExactly(2, 2, 2, 2, 2);
        assertThat(runs.get(1).style()).isEqualTo(CodingStyles.css(List.of("#D1495B")));
        assertThat(runs.get(2).style()).contains("rgba(").contains("-rtfx-underline-color: rgb(46,134,171)");
    }

    @Test
    void theDarkThemeTintsMoreAndUnderlinesEveryCodingYetKeepsTheLightTextReadable() {
        assertThat(CodingStyles.css(List.of("#D1495B"), CodingStyles.Tint.DARK))
                .isEqualTo("-rtfx-background-color: rgba(209,73,91,0.42); -rtfx-underline-color: rgb(209,73,91); "
                        + "-rtfx-underline-width: 2;");
        assertThat(CodingStyles.css(List.of("#D1495B"))).isEqualTo("-rtfx-background-color: rgba(209,73,91,0.30);");
        double[] darkBackground = {0x1E, 0x1F, 0x22};
        double[] lightText = {0xDF, 0xE1, 0xE5};
        for (org.gloss.core.project.CodePalette.Colour colour : org.gloss.core.project.CodePalette.COLOURS) {
            int[] rgb = CodingStyles.rgb(colour.hex());
            for (int overlapping = 1; overlapping <= 2; overlapping++) {
                double alpha = overlapping == 1 ? 0.42 : 0.50;
                double[] blended = new double[3];
                for (int i = 0; i < 3; i++) {
                    blended[i] = alpha * rgb[i] + (1 - alpha) * darkBackground[i];
                }
                double contrast = contrast(lightText, blended);
                assertThat(contrast).as("%s under %d code(s)", colour.name(), overlapping)
                        .isGreaterThanOrEqualTo(overlapping == 1 ? 3.5 : 3.0);
            }
        }
    }

    /** WCAG 2 contrast ratio of two sRGB colours (0–255 channels). */
    private static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    @Test
    void everyCharacterGetsTheStyleOfTheCodesCoveringIt() {
        Random random = new Random(5);
        CodingStyles styles = new CodingStyles(COLOURS);
        for (int round = 0; round < 200; round++) {
            List<CodingStyles.Extent> extents = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                int start = random.nextInt(60);
                extents.add(new CodingStyles.Extent(start, start + 1 + random.nextInt(30), 1 + random.nextInt(4)));
            }
            int from = random.nextInt(40);
            int to = from + 1 + random.nextInt(50);
            List<CodingStyles.Run> runs = styles.runs(from, to, extents);
            assertThat(runs.stream().mapToInt(CodingStyles.Run::length).sum()).isEqualTo(to - from);
            int at = from;
            for (CodingStyles.Run run : runs) {
                for (int i = at; i < at + run.length(); i++) {
                    int index = i;
                    TreeSet<Long> codes = new TreeSet<>();
                    extents.stream().filter(e -> e.start() <= index && index < e.end()).forEach(e -> codes.add(e.codeId()));
                    String expected = codes.isEmpty() ? ""
                            : CodingStyles.css(codes.stream().map(c -> COLOURS.getOrDefault(c, "#9E9E9E")).toList());
                    assertThat(run.style()).as("character %d in round %d", i, round).isEqualTo(expected);
                }
                at += run.length();
            }
            for (int i = 1; i < runs.size(); i++) {
                assertThat(runs.get(i).style()).as("neighbouring runs differ").isNotEqualTo(runs.get(i - 1).style());
            }
        }
    }
}
