package org.gloss.suggest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.gloss.api.suggest.CodeDescription;
import org.gloss.api.suggest.RejectedSuggestion;
import org.gloss.api.suggest.SuggestProgress;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.Suggestion;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.SuggestionModel;
import org.gloss.api.suggest.SuggestionUnit;
import org.gloss.api.suggest.TrainingSet;
import org.gloss.search.lucene.internal.analysis.LuceneTextAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Rejected suggestions are negative examples of their code, and of no other code, in the next
 * training; and training stops when it is cancelled.
 */
class RejectedSuggestionsTest {
    private static final List<CodeDescription> CODES = List.of(new CodeDescription("debt", null),
            new CodeDescription("random", null));
    private static final SuggestSettings SENTENCES = new SuggestSettings(SuggestionUnit.SENTENCE, 0, 7);

    private final LuceneTextAnalysis analysis = new LuceneTextAnalysis();

    private static List<GeneratedCorpus.Generated> corpus(long seed, int firstId, int documents) {
        GeneratedCorpus generator = new GeneratedCorpus(seed);
        List<GeneratedCorpus.Generated> list = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            list.add(generator.document(firstId + d, 12));
        }
        return list;
    }

    private static TrainingSet training(List<GeneratedCorpus.Generated> documents, List<RejectedSuggestion> rejected) {
        return new TrainingSet(CODES, documents.stream().map(g -> GeneratedCorpus.asTraining(g, "ann")).toList(), rejected);
    }

    @Test
    void aRejectionAddsOneNegativeExampleOfItsCodeOnly() {
        List<GeneratedCorpus.Generated> taught = corpus(1, 1, 3);
        // a document nobody taught: without the rejection none of its units is an example
        SuggestionDocument other = new SuggestionDocument(99, "other", "The creditor came. The river is wide.", "en", List.of());
        TrainingExamples without = new TrainingExamples(training(taught, List.of()), SENTENCES, analysis);
        TrainingExamples with = new TrainingExamples(training(taught,
                List.of(new RejectedSuggestion(other, "debt", 0, 18))), SENTENCES, analysis);

        assertThat(with.units).hasSize(without.units.size() + 1);
        int added = with.units.size() - 1;
        assertThat(with.units.get(added).start()).isZero();
        assertThat(with.units.get(added).end()).isEqualTo(19); // the sentence with its space
        assertThat(with.documents[added]).isEqualTo(99);
        assertThat(with.positive[0][added]).isFalse();
        assertThat(with.onlyCode[added]).isZero();
        // the rejection is an example of "debt" and not of "random"
        assertThat(with.examplesOf(0)).isNull(); // every example
        assertThat(with.examplesOf(1)).hasSize(without.units.size()).doesNotContain(added);
        assertThat(without.examplesOf(0)).isNull();
    }

    @Test
    void rejectingTheSuggestionsOfAWordLowersTheNextTrainingsScoresForIt() {
        List<GeneratedCorpus.Generated> taught = corpus(1, 1, 30);
        LocalSuggester suggester = new LocalSuggester(analysis);
        SuggestionModel before = suggester.train(training(taught, List.of()), SENTENCES);
        // a reviewer rejects every "debt" suggestion for a sentence about a creditor in 100 new documents
        // (about three times as many as the creditor sentences ann coded)
        List<RejectedSuggestion> rejected = new ArrayList<>();
        for (GeneratedCorpus.Generated g : corpus(5, 500, 100)) {
            for (Suggestion s : before.suggest(g.document(), 0.5)) {
                String text = g.document().text().substring(s.start(), s.end()).toLowerCase();
                if (s.code().equals("debt") && text.contains("creditor")) {
                    rejected.add(new RejectedSuggestion(g.document(), s.code(), s.start(), s.end()));
                }
            }
        }
        assertThat(rejected).hasSizeGreaterThan(10);
        SuggestionModel after = suggester.train(training(taught, rejected), SENTENCES);
        SuggestionDocument probe = new SuggestionDocument(1000, "probe",
                "The creditor walked along the river. The loan came in winter.", "en", List.of());
        double creditorBefore = score(before, probe, 0);
        double creditorAfter = score(after, probe, 0);
        double loanBefore = score(before, probe, 37);
        double loanAfter = score(after, probe, 37);
        assertThat(creditorBefore).isGreaterThan(0.5);
        assertThat(creditorAfter).isLessThan(creditorBefore - 0.3);
        // the other debt words still count
        assertThat(loanAfter).isGreaterThan(0.5);
        assertThat(loanBefore).isGreaterThan(0.5);
    }

    private static double score(SuggestionModel model, SuggestionDocument document, int start) {
        return model.suggest(document, 0).stream().filter(s -> s.code().equals("debt") && s.start() == start)
                .mapToDouble(Suggestion::score).findFirst().orElseThrow();
    }

    @Test
    void trainingReportsEachCodeAndStopsWhenCancelled() {
        LocalSuggester suggester = new LocalSuggester(analysis);
        AtomicInteger reported = new AtomicInteger();
        SuggestionModel model = suggester.train(training(corpus(1, 1, 10), List.of()), SENTENCES, new SuggestProgress() {
            @Override
            public void progress(double fraction, String message) {
                reported.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(model.codes()).contains("debt");
        assertThat(reported.get()).isEqualTo(CODES.size());

        AtomicInteger asked = new AtomicInteger();
        AtomicInteger trained = new AtomicInteger();
        SuggestProgress cancelAfterFirstCode = new SuggestProgress() {
            @Override
            public void progress(double fraction, String message) {
                trained.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                asked.incrementAndGet();
                return trained.get() > 0;
            }
        };
        assertThatThrownBy(() -> suggester.train(training(corpus(1, 1, 10), List.of()), SENTENCES, cancelAfterFirstCode))
                .isInstanceOf(CancellationException.class);
        assertThat(asked.get()).isPositive();
    }
}
