package org.gloss.suggest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gloss.api.error.GlossException;
import org.gloss.api.suggest.CodeDescription;
import org.gloss.api.suggest.CodeSpan;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.Suggestion;
import org.gloss.api.suggest.SuggestionModel;
import org.gloss.api.suggest.SuggestionUnit;
import org.gloss.api.suggest.TrainingDocument;
import org.gloss.api.suggest.TrainingSet;
import org.gloss.search.lucene.internal.analysis.LuceneTextAnalysis;
import org.junit.jupiter.api.Test;

/** The local suggester on generated documents whose right codings are known. */
class LocalSuggesterTest {
    private static final List<CodeDescription> CODES = List.of(new CodeDescription("debt", "talk of debt"),
            new CodeDescription("random", "assigned at random"));
    private static final SuggestSettings SENTENCES = new SuggestSettings(SuggestionUnit.SENTENCE, 0, 7);

    private final LocalSuggester suggester = new LocalSuggester(new LuceneTextAnalysis());

    private static TrainingSet training(List<GeneratedCorpus.Generated> documents) {
        return new TrainingSet(CODES, documents.stream().map(g -> GeneratedCorpus.asTraining(g, "ann")).toList());
    }

    private static List<GeneratedCorpus.Generated> corpus(long seed, int firstId, int documents) {
        GeneratedCorpus generator = new GeneratedCorpus(seed);
        List<GeneratedCorpus.Generated> list = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            list.add(generator.document(firstId + d, 12));
        }
        return list;
    }

    @Test
    void aCodeTiedToWordsIsLearnedNearlyPerfectly() {
        SuggestionModel model = suggester.train(training(corpus(1, 1, 30)), SENTENCES);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (GeneratedCorpus.Generated g : corpus(2, 100, 20)) {
            Set<Integer> truth = new HashSet<>();
            g.truth().forEach(s -> truth.add(s.start()));
            Set<Integer> suggested = new HashSet<>();
            model.suggest(g.document(), 0.5).stream().filter(s -> s.code().equals("debt")).forEach(s -> suggested.add(s.start()));
            for (int start : suggested) {
                if (truth.contains(start)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            fn += truth.stream().filter(s -> !suggested.contains(s)).count();
        }
        double precision = (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        assertThat(tp).isGreaterThan(50);
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theWordsThatWeighedMostAreTheReason() {
        SuggestionModel model = suggester.train(training(corpus(1, 1, 30)), SENTENCES);
        GeneratedCorpus.Generated g = corpus(3, 200, 5).get(0);
        List<Suggestion> debt = model.suggest(g.document(), 0.5).stream().filter(s -> s.code().equals("debt")).toList();
        assertThat(debt).isNotEmpty();
        for (Suggestion s : debt) {
            assertThat(s.reasons()).isNotEmpty();
            String covered = g.document().text().substring(s.start(), s.end()).toLowerCase();
            String first = s.reasons().get(0).toLowerCase();
            assertThat(covered).contains(first);
            assertThat(GeneratedCorpus.DEBT_WORDS.stream().anyMatch(first::contains)).as(first).isTrue();
            assertThat(s.score()).isBetween(0.5, 1.0);
        }
    }

    @Test
    void aRandomCodeGetsScoresNearItsRateAndNoAgreement() {
        SuggestionModel model = suggester.train(training(corpus(1, 1, 30)), SENTENCES);
        // Cohen's kappa of the machine's "random" units against the generator's, computed by hand
        long[][] table = new long[2][2];
        for (GeneratedCorpus.Generated g : corpus(4, 300, 20)) {
            Set<Integer> human = new HashSet<>();
            g.randomCodings().forEach(s -> human.add(s.start()));
            Set<Integer> machine = new HashSet<>();
            model.suggest(g.document(), 0.2).stream().filter(s -> s.code().equals("random")).forEach(s -> machine.add(s.start()));
            for (CodeSpan sentence : sentences(g)) {
                table[machine.contains(sentence.start()) ? 1 : 0][human.contains(sentence.start()) ? 1 : 0]++;
            }
        }
        double n = table[0][0] + table[0][1] + table[1][0] + table[1][1];
        double observed = (table[0][0] + table[1][1]) / n;
        double machineYes = (table[1][0] + table[1][1]) / n;
        double humanYes = (table[0][1] + table[1][1]) / n;
        double expected = machineYes * humanYes + (1 - machineYes) * (1 - humanYes);
        double kappa = (observed - expected) / (1 - expected);
        assertThat(kappa).isBetween(-0.15, 0.15);
        // and it is not confident: no unit gets a high score
        for (GeneratedCorpus.Generated g : corpus(4, 300, 20)) {
            assertThat(model.suggest(g.document(), 0.7).stream().filter(s -> s.code().equals("random"))).isEmpty();
        }
    }

    @Test
    void scoresStayCalibratedWhenALargeProjectIsCalibratedOnOneFold() {
        // 400 documents: the first calibration fold already holds over 200 positive units of each code
        SuggestionModel model = suggester.train(training(corpus(6, 1, 400)), SENTENCES);
        double randomScores = 0;
        double highestRandom = 0;
        long units = 0;
        long randomCoded = 0;
        long debtRight = 0;
        long debtUnits = 0;
        for (GeneratedCorpus.Generated g : corpus(7, 1000, 60)) {
            Set<Integer> debt = new HashSet<>();
            g.truth().forEach(t -> debt.add(t.start()));
            randomCoded += g.randomCodings().size();
            for (Suggestion s : model.suggest(g.document(), 0)) {
                if (s.code().equals("random")) {
                    randomScores += s.score();
                    highestRandom = Math.max(highestRandom, s.score());
                    units++;
                } else {
                    debtUnits++;
                    debtRight += (s.score() >= 0.5) == debt.contains(s.start()) ? 1 : 0;
                }
            }
        }
        // a code given to a fifth of the units at random: the mean probability is its rate, a fifth
        assertThat(randomScores / units).isCloseTo((double) randomCoded / units, within(0.03));
        assertThat(highestRandom).as("no unit looks likely to be coded at random").isLessThan(0.5);
        assertThat((double) debtRight / debtUnits).isGreaterThanOrEqualTo(0.99);
    }

    /** Every sentence of a generated document (they end with a full stop). */
    private static List<CodeSpan> sentences(GeneratedCorpus.Generated g) {
        List<CodeSpan> spans = new ArrayList<>();
        String text = g.document().text();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.') {
                spans.add(new CodeSpan("", start, i + 1));
                start = i + 2;
            }
        }
        return spans;
    }

    @Test
    void theSameSeedGivesTheSameSuggestions() {
        TrainingSet set = training(corpus(5, 1, 20));
        List<GeneratedCorpus.Generated> test = corpus(6, 100, 5);
        SuggestionModel a = suggester.train(set, SENTENCES);
        SuggestionModel b = suggester.train(set, SENTENCES);
        for (GeneratedCorpus.Generated g : test) {
            assertThat(b.suggest(g.document(), 0.0)).isEqualTo(a.suggest(g.document(), 0.0));
        }
    }

    @Test
    void aCodeWithTooFewExamplesIsSkippedWithTheReason() {
        GeneratedCorpus.Generated one = corpus(7, 1, 1).get(0);
        GeneratedCorpus.Generated two = corpus(8, 2, 1).get(0);
        List<TrainingDocument> docs = List.of(
                new TrainingDocument(one.document(), "ann", List.of(new CodeSpan("debt", 0, 5))),
                new TrainingDocument(two.document(), "ann", two.truth()));
        SuggestionModel model = suggester.train(new TrainingSet(List.of(new CodeDescription("debt", null),
                new CodeDescription("rare", null)), docs), SENTENCES);
        assertThat(model.skipped()).containsEntry("rare", "0 positive units; at least 4 needed");
        assertThat(model.codes()).doesNotContain("rare");
    }

    @Test
    void nothingToLearnIsAnError() {
        assertThatThrownBy(() -> suggester.train(new TrainingSet(CODES, List.of()), SENTENCES))
                .isInstanceOf(GlossException.class).hasMessageContaining("nothing to learn");
    }
}
