package org.gloss.suggest.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gloss.agreement.coefficients.internal.CohenKappa;
import org.gloss.agreement.coefficients.internal.KrippendorffAlphaNominal;
import org.gloss.agreement.coefficients.internal.PercentAgreement;
import org.gloss.agreement.internal.AgreementStudiesService;
import org.gloss.api.agreement.MeasureValue;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.suggest.CodeAudit;
import org.gloss.api.suggest.EvaluationReport;
import org.gloss.api.suggest.EvaluationRequest;
import org.gloss.api.suggest.PrecisionRecall;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.SuggestionUnit;
import org.gloss.core.suggest.SuggestionUnits;
import org.gloss.search.lucene.internal.analysis.LuceneTextAnalysis;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.gloss.suggest.audit.testing.GeneratedProject;
import org.gloss.suggest.internal.LocalSuggester;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit on a generated project file whose right codings are known, with the real engine and agreement measures. */
class SuggestionEvaluationTest {
    @TempDir
    static Path dir;
    private static String project;
    private static final SqliteStoreProvider STORE = new SqliteStoreProvider();

    private static SuggestionEvaluationService service() {
        return new SuggestionEvaluationService(new AgreementStudiesService(List.of(new PercentAgreement(), new CohenKappa(),
                new KrippendorffAlphaNominal())), List.of(new LocalSuggester(new LuceneTextAnalysis())));
    }

    private static EvaluationRequest request(long seed, int folds) {
        return new EvaluationRequest("local", List.of("ann"), List.of("ann", "ben"), List.of(), List.of(),
                new SuggestSettings(SuggestionUnit.SENTENCE, 0, seed), 0.5, folds, 200, 0.95);
    }

    @BeforeAll
    static void project() {
        project = GeneratedProject.create(dir, 40, 11);
    }

    private static EvaluationReport evaluate(SuggestionEvaluationService service, EvaluationRequest request) {
        try (ProjectSession session = STORE.open(project)) {
            return service.evaluate(session, request);
        }
    }

    private static MeasureValue value(CodeAudit audit, String measure, String pair) {
        return audit.agreement().values().stream().filter(v -> v.measureId().equals(measure) && pair.equals(v.pair()))
                .findFirst().orElseThrow();
    }

    @Test
    void theMachineAgreesWithTheHumansOnTheLearnableCodeAndNotOnTheRandomOne() {
        EvaluationReport report = evaluate(service(), request(1, 4));
        String machine = report.machineCoder();
        CodeAudit debt = report.codes().get(0);
        CodeAudit random = report.codes().get(1);
        assertThat(debt.code()).isEqualTo("debt");
        MeasureValue debtAnn = value(debt, "cohen_kappa", machine + "|ann");
        assertThat(debtAnn.value()).isGreaterThan(0.9);
        assertThat(debtAnn.low()).isLessThanOrEqualTo(debtAnn.value());
        assertThat(debtAnn.high()).isGreaterThanOrEqualTo(debtAnn.value());
        // ben misses a tenth: the humans agree less with each other than the machine with ann
        double humans = value(debt, "cohen_kappa", "ann|ben").value();
        assertThat(humans).isBetween(0.8, 0.95);
        assertThat(value(random, "cohen_kappa", machine + "|ann").value()).isBetween(-0.2, 0.2);
        assertThat(value(random, "cohen_kappa", machine + "|ben").value()).isBetween(-0.2, 0.2);
        assertThat(value(random, "cohen_kappa", "ann|ben").value()).isBetween(-0.2, 0.2);
        PrecisionRecall debtPr = debt.precisionRecall().get(0);
        assertThat(debtPr.human()).isEqualTo("ann");
        assertThat(debtPr.precision()).isGreaterThan(0.9);
        assertThat(debtPr.recall()).isGreaterThan(0.9);
    }

    @Test
    void precisionAndRecallCountTheSameUnitsAsTheAgreementEngine() {
        EvaluationReport report = evaluate(service(), request(1, 4));
        long units = 0;
        try (ProjectSession session = STORE.open(project)) {
            for (String name : report.documents()) {
                String text = session.documents().text(session.documents().get(name).id());
                units += SuggestionUnits.of(SuggestionUnit.SENTENCE, text, List.of()).length / 2;
            }
        }
        for (CodeAudit audit : report.codes()) {
            assertThat(audit.agreement().units()).isEqualTo(units);
            for (PrecisionRecall pr : audit.precisionRecall()) {
                // percent agreement of machine and human = units on which neither or both coded
                double percent = value(audit, "percent_agreement", report.machineCoder() + "|" + pr.human()).value();
                assertThat(percent).isCloseTo(1 - (double) (pr.falsePositives() + pr.falseNegatives()) / units, within(1e-12));
            }
        }
    }

    @Test
    void noFoldTrainsOnADocumentItIsEvaluatedOn() {
        SuggestionEvaluationService service = service();
        Map<Integer, Set<Long>> trainedOn = new HashMap<>();
        List<Long> heldOut = new ArrayList<>();
        service.witness((fold, training, held) -> {
            if (trainedOn.containsKey(fold)) {
                return; // the learning curve's runs: the same folds again, on fewer documents
            }
            trainedOn.put(fold, training);
            for (long document : held) {
                assertThat(training).doesNotContain(document);
            }
            heldOut.addAll(held);
        });
        EvaluationReport report = evaluate(service, request(3, 5));
        assertThat(trainedOn).hasSize(5);
        // every evaluated document is held out exactly once
        assertThat(heldOut).doesNotHaveDuplicates().hasSize(report.documents().size());
        assertThat(new HashSet<>(report.foldOf().values())).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @Test
    void theSameSeedGivesTheSameReportAndAnotherSeedAnotherSplit() {
        EvaluationReport first = evaluate(service(), request(5, 3));
        EvaluationReport second = evaluate(service(), request(5, 3));
        assertThat(second).isEqualTo(first);
        EvaluationReport other = evaluate(service(), request(6, 3));
        assertThat(other.foldOf()).isNotEqualTo(first.foldOf());
    }

    @Test
    void theLearningCurveRisesWithTrainingData() {
        EvaluationReport report = evaluate(service(), request(1, 4));
        assertThat(report.learningCurve()).extracting(p -> p.share()).containsExactly(0.1, 0.25, 0.5, 1.0);
        double first = report.learningCurve().get(0).trainingDocuments();
        double last = report.learningCurve().get(3).trainingDocuments();
        assertThat(first).isLessThan(last);
        assertThat(last).isEqualTo(30.0); // 40 documents, 4 folds: 30 to train on in each
        assertThat(report.learningCurve().get(3).agreementByHuman().get("ann"))
                .isGreaterThanOrEqualTo(report.learningCurve().get(0).agreementByHuman().get("ann") - 0.05);
    }

    @Test
    void badRequestsAreErrorsNamingTheProblem() {
        assertThatThrownBy(() -> evaluate(service(), request(1, 41))).isInstanceOf(GlossException.class)
                .hasMessage("--folds must be between 2 and the number of documents evaluated (40), got 41");
        assertThatThrownBy(() -> evaluate(service(), new EvaluationRequest("llm", List.of("ann"), List.of("ben"), List.of(),
                List.of(), new SuggestSettings(SuggestionUnit.SENTENCE, 0, 1), 0.5, 2, 0, 0.95)))
                .isInstanceOf(GlossException.class).hasMessage("no suggester 'llm' is installed (installed: local)");
        assertThatThrownBy(() -> evaluate(service(), new EvaluationRequest("local", List.of("ann"), List.of("nobody"), List.of(),
                List.of(), new SuggestSettings(SuggestionUnit.SENTENCE, 0, 1), 0.5, 2, 0, 0.95)))
                .isInstanceOf(GlossException.class).hasMessageContaining("nobody");
    }
}
