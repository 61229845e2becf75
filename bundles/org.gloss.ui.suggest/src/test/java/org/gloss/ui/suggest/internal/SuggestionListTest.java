package org.gloss.ui.suggest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gloss.api.suggest.Suggestion;
import org.gloss.core.suggest.MachineCodings;
import org.junit.jupiter.api.Test;

/** The view reads back what {@link MachineCodings#memo} wrote: the score and the words. */
class SuggestionListTest {
    @Test
    void scoreAndWordsRoundTripThroughTheMemo() {
        String memo = MachineCodings.memo("suggest:local", "local: logistic regression, score 1 of 2 codes",
                new Suggestion(1, "debt", 0, 10, 0.934, List.of("debt", "China debt")));
        assertThat(SuggestionList.score(memo)).isEqualTo(0.93);
        assertThat(SuggestionList.reasons(memo)).containsExactly("debt", "China debt");
        String noWords = MachineCodings.memo("suggest:local", "local", new Suggestion(1, "debt", 0, 10, 0.5, List.of()));
        assertThat(SuggestionList.score(noWords)).isEqualTo(0.5);
        assertThat(SuggestionList.reasons(noWords)).isEmpty();
        assertThat(SuggestionList.score("a person's memo")).isNaN();
        assertThat(SuggestionList.score(null)).isNaN();
    }

    @Test
    void excerptsAreOneLineAndCutAtACodePoint() {
        assertThat(SuggestionList.excerpt("  The debt\n keeps growing.  ")).isEqualTo("The debt keeps growing.");
        String longText = "😀".repeat(SuggestionList.EXCERPT + 5);
        String cut = SuggestionList.excerpt(longText);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(SuggestionList.EXCERPT);
        assertThat(cut).endsWith("😀…");
    }
}
