package org.gloss.suggest.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gloss.agreement.coefficients.internal.CohenKappa;
import org.gloss.agreement.coefficients.internal.PercentAgreement;
import org.gloss.agreement.internal.AgreementStudiesService;
import org.gloss.api.agreement.AgreementFigures;
import org.gloss.api.agreement.StudyOptions;
import org.gloss.api.agreement.StudyScope;
import org.gloss.api.agreement.VirtualCoder;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.suggest.CodeSpan;
import org.gloss.api.suggest.PrecisionRecall;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.SuggestionUnit;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-worked example of docs/suggestions.md: ten sentences, ann coded sentences 1-4, the
 * machine suggested 2-6. By hand: 3 both, 2 machine only, 1 ann only, 4 neither; precision 3/5,
 * recall 3/4, F1 2/3, percent agreement 7/10, Cohen's kappa (0.7 - 0.5) / (1 - 0.5) = 0.4.
 */
class HandWorkedExampleTest {
    @TempDir
    Path dir;

    @Test
    void theFiguresOfTheDocumentedExample() {
        StringBuilder text = new StringBuilder();
        List<int[]> sentences = new ArrayList<>();
        for (int s = 1; s <= 10; s++) {
            int start = text.length();
            text.append("Sentence number ").append(s).append(" is here.");
            sentences.add(new int[] {start, text.length()});
            text.append(' ');
        }
        try (ProjectSession session = new SqliteStoreProvider().create(dir.resolve("example.gloss").toString())) {
            long doc = session.documents().add(new NewDocument("example", text.toString().strip())).id();
            long code = session.codebook().add("debt", null, null, null).id();
            long ann = session.coders().getOrCreate("ann").id();
            List<CodeSpan> annSpans = new ArrayList<>();
            List<CodeSpan> machineSpans = new ArrayList<>();
            List<VirtualCoder.Span> machine = new ArrayList<>();
            for (int s = 1; s <= 10; s++) {
                int[] span = sentences.get(s - 1);
                if (s <= 4) {
                    session.codings().add(new org.gloss.api.store.NewCoding(doc, code, ann, span[0], span[1], null));
                    annSpans.add(new CodeSpan("debt", span[0], span[1]));
                }
                if (s >= 2 && s <= 6) {
                    machine.add(new VirtualCoder.Span(doc, code, span[0], span[1]));
                    machineSpans.add(new CodeSpan("debt", span[0], span[1]));
                }
            }
            AgreementFigures figures = new AgreementStudiesService(List.of(new PercentAgreement(), new CohenKappa()))
                    .figures(session, StudyScope.of(List.of("machine", "ann")), new StudyOptions("sentence", 0, 1, 0.95, true),
                            List.of(new VirtualCoder("machine", machine)));
            assertThat(figures.overall().units()).isEqualTo(10);
            assertThat(figures.overall().value("percent_agreement")).isCloseTo(0.7, within(1e-12));
            assertThat(figures.overall().value("cohen_kappa")).isCloseTo(0.4, within(1e-12));

            UnitCounts counts = new UnitCounts();
            counts.add(new SuggestionDocument(doc, "example", text.toString().strip(), "en", List.of()), SuggestionUnit.SENTENCE,
                    "debt", machineSpans, annSpans);
            PrecisionRecall pr = counts.against("ann");
            assertThat(pr.truePositives()).isEqualTo(3);
            assertThat(pr.falsePositives()).isEqualTo(2);
            assertThat(pr.falseNegatives()).isEqualTo(1);
            assertThat(pr.precision()).isCloseTo(0.6, within(1e-12));
            assertThat(pr.recall()).isCloseTo(0.75, within(1e-12));
            assertThat(pr.f1()).isCloseTo(2.0 / 3, within(1e-12));
        }
    }
}
