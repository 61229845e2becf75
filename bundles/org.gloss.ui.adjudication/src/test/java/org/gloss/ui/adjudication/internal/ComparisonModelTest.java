package org.gloss.ui.adjudication.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.gloss.api.agreement.AgreementStudies;
import org.gloss.api.agreement.SpanDecisionRequest.Choice;
import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.AdjudicationDecision.Outcome;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Coding;
import org.gloss.model.TextSpan;
import org.gloss.ui.workbench.model.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disagreement review's view model on a real SQLite project, decisions going through the workbench's command stack. */
class ComparisonModelTest {
    @TempDir
    Path dir;

    private final AgreementStudies studies = ReviewProject.studies();
    private Path project;
    private Workspace workspace;
    private final ComparisonModel model = new ComparisonModel();

    @BeforeEach
    void open() {
        project = ReviewProject.create(dir);
        workspace = new Workspace(ReviewProject.open(project), "lead");
        model.compare("aida", "ben", null, null);
        reload();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** What the view does off the FX thread: answer the query on a session of its own. */
    private void reload() {
        try (ProjectSession background = ReviewProject.open(project)) {
            assertThat(model.show(model.query().run(studies, background))).isTrue();
        }
    }

    private void decide(Choice choice, String coder, TextSpan extent, String note) {
        long documentId = model.current().orElseThrow().disagreement().documentId();
        workspace.execute(new AdjudicateSpan(studies, model.request(choice, coder, extent, note, "lead"), documentId));
        model.advanceAfterReload();
        reload();
    }

    private List<int[]> consensusCodings() {
        ProjectSession s = workspace.session();
        return s.coders().find("consensus").map(c -> s.codings().list(new CodingFilter(null, null, c.id())).stream()
                .map(coding -> new int[] {coding.start(), coding.end()}).toList()).orElse(List.of());
    }

    private List<Coding> codersCodings() {
        ProjectSession s = workspace.session();
        return List.of("aida", "ben").stream()
                .flatMap(n -> s.codings().list(new CodingFilter(null, null, s.coders().get(n).id())).stream()).toList();
    }

    private void goTo(String text) {
        for (int i = 0; i < model.rows().size(); i++) {
            if (model.rows().get(i).disagreement().text().equals(text)) {
                model.select(i);
                return;
            }
        }
        throw new AssertionError("no disagreement " + text);
    }

    private static final String BROTHER = "My brother sells apricots in Ürümqi, and Chinese traders come here too. ";
    private static final String FEAR = " If we knew the terms of the credit, there would be less fear.";
    private static final String CREDIT = "the terms of the credit";

    @Test
    void figuresAndDisagreementsComeFromTheService() {
        ComparisonSnapshot snapshot = model.snapshot().orElseThrow();
        assertThat(snapshot.figures().codes()).containsOnlyKeys("two-way road", "transparency", "debt concern");
        assertThat(snapshot.figures().overall().values()).extracting(v -> v.measureId()).contains("percent_agreement",
                "cohen_kappa", "krippendorff_alpha", "u_alpha");
        assertThat(snapshot.figures().overall().units()).isEqualTo(3L * org.gloss.model.CodePointText.codePointLength(ReviewProject.TEXT));
        assertThat(snapshot.figures().overall().prevalence()).isBetween(0.0, 1.0);
        assertThat(snapshot.figures().codes().get("debt concern").value("cohen_kappa")).isZero();
        assertThat(snapshot.rows()).extracting(r -> r.disagreement().code(), r -> r.disagreement().text(),
                r -> r.disagreement().coders())
                .containsExactly(tuple("two-way road", BROTHER, List.of("ben")), tuple("transparency", FEAR, List.of("ben")),
                        tuple("debt concern", CREDIT, List.of("aida")));
        assertThat(snapshot.open()).isEqualTo(3);
        assertThat(snapshot.againstConsensus()).isEmpty();
        assertThat(model.currentIndex()).isZero();
        assertThat(model.next()).isTrue();
        assertThat(model.next()).isTrue();
        assertThat(model.next()).isFalse();
        assertThat(model.previous()).isTrue();
        assertThat(model.current().orElseThrow().disagreement().text()).isEqualTo(FEAR);
    }

    @Test
    void acceptBGivesTheConsensusBsCodingLogsItAndMovesOn() {
        List<Coding> before = codersCodings();
        goTo(FEAR);
        decide(Choice.CODER, "ben", null, "ben has the whole argument");
        int[] fear = ReviewProject.span(FEAR);
        assertThat(consensusCodings()).containsExactly(fear);
        assertThat(workspace.session().adjudications().list()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("manual:ben");
            assertThat(d.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(d.coders()).containsExactly("aida", "ben");
            assertThat(d.consensus()).isEqualTo("consensus");
            assertThat(d.decidedBy()).isEqualTo("lead");
            assertThat(d.note()).isEqualTo("ben has the whole argument");
            assertThat(new int[] {d.start(), d.end()}).containsExactly(fear);
        });
        assertThat(codersCodings()).isEqualTo(before);
        ComparisonSnapshot after = model.snapshot().orElseThrow();
        assertThat(after.rows().get(1).decided()).isTrue();
        assertThat(after.open()).isEqualTo(2);
        assertThat(model.current().orElseThrow().disagreement().text()).isEqualTo(CREDIT);
        assertThat(after.againstConsensus()).containsOnlyKeys("aida", "ben");
    }

    @Test
    void acceptABothAndNeitherEachWriteWhatTheySay() {
        goTo(CREDIT);
        decide(Choice.CODER, "aida", null, null);
        assertThat(consensusCodings()).containsExactly(ReviewProject.span(CREDIT));
        goTo(BROTHER);
        decide(Choice.BOTH, null, null, null);
        assertThat(consensusCodings()).containsExactly(ReviewProject.span(BROTHER), ReviewProject.span(CREDIT));
        goTo(FEAR);
        decide(Choice.NEITHER, null, null, "too broad");
        assertThat(consensusCodings()).hasSize(2);
        assertThat(workspace.session().adjudications().list()).extracting(AdjudicationDecision::rule, AdjudicationDecision::outcome)
                .containsExactly(tuple("manual:aida", Outcome.ACCEPTED), tuple("manual:both", Outcome.ACCEPTED),
                        tuple("manual:neither", Outcome.REJECTED));
        assertThat(model.snapshot().orElseThrow().open()).isZero();
        assertThat(model.nextOpen()).isFalse();
    }

    @Test
    void editedExtentIsInCodePointsAfterEmoji() {
        goTo(CREDIT);
        // accept only "the credit": the text before it holds 😀 and 𠀀 (two UTF-16 units each) and Ü
        int[] credit = ReviewProject.span("the credit");
        assertThat(credit[0]).isEqualTo(ReviewProject.TEXT.indexOf("the credit") - 2);
        assertThat(ComparisonModel.excerpt(ReviewProject.TEXT, credit[0], credit[1])).isEqualTo("the credit");
        decide(Choice.EXTENT, null, new TextSpan(credit[0], credit[1]), "only the noun");
        assertThat(consensusCodings()).containsExactly(credit);
        Coding stored = workspace.session().codings().list(new CodingFilter(null, null,
                workspace.session().coders().get("consensus").id())).get(0);
        assertThat(ComparisonModel.excerpt(workspace.session().documents().text(stored.documentId()), stored.start(), stored.end()))
                .isEqualTo("the credit");
        AdjudicationDecision logged = workspace.session().adjudications().list().get(0);
        assertThat(logged.rule()).isEqualTo("manual:extent");
        assertThat(new int[] {logged.start(), logged.end()}).containsExactly(ReviewProject.span(CREDIT));
    }

    @Test
    void figuresAgainstTheConsensusRefreshAfterEachDecision() {
        goTo(FEAR);
        decide(Choice.CODER, "ben", null, null);
        double benAfterOne = model.snapshot().orElseThrow().againstConsensus().get("ben").value("percent_agreement");
        double aidaAfterOne = model.snapshot().orElseThrow().againstConsensus().get("aida").value("percent_agreement");
        goTo(BROTHER);
        decide(Choice.CODER, "ben", null, null);
        ComparisonSnapshot after = model.snapshot().orElseThrow();
        assertThat(after.againstConsensus().get("ben").value("percent_agreement")).isGreaterThan(benAfterOne);
        assertThat(after.againstConsensus().get("aida").value("percent_agreement")).isLessThan(aidaAfterOne);
        // the coders' own figures do not move: their codings are never changed
        assertThat(after.figures()).isEqualTo(model.query().run(studies, workspace.session()).figures());
    }

    @Test
    void undoRemovesTheConsensusCodingAndLogsTheWithdrawalRedoDecidesAgain() {
        goTo(FEAR);
        decide(Choice.CODER, "ben", null, null);
        assertThat(workspace.undo()).hasValueSatisfying(label -> assertThat(label).contains("accept ben").contains("transparency"));
        reload();
        assertThat(consensusCodings()).isEmpty();
        assertThat(workspace.session().adjudications().list()).extracting(AdjudicationDecision::rule)
                .containsExactly("manual:ben", "withdrawn:manual:ben");
        assertThat(model.snapshot().orElseThrow().open()).isEqualTo(3);
        assertThat(workspace.redo()).isPresent();
        reload();
        assertThat(consensusCodings()).containsExactly(ReviewProject.span(FEAR));
        assertThat(workspace.session().adjudications().list()).extracting(AdjudicationDecision::rule)
                .containsExactly("manual:ben", "withdrawn:manual:ben", "manual:ben");
        assertThat(model.snapshot().orElseThrow().rows().get(1).decided()).isTrue();
    }

    @Test
    void aComparisonThatCannotRunSaysWhy() {
        ComparisonModel other = new ComparisonModel();
        other.compare("aida", "aida", null, null);
        assertThat(other.problem()).hasValue("Choose two different coders.");
        other.compare("aida", "ben", null, "ben");
        assertThat(other.problem()).isPresent();
        other.compare("aida", "ben", "transparency", " ");
        assertThat(other.problem()).isEmpty();
        assertThat(other.consensus()).isEqualTo("consensus");
        assertThat(other.show(model.snapshot().orElseThrow())).as("an answer to another question is ignored").isFalse();
        try (ProjectSession s = ReviewProject.open(project)) {
            assertThat(other.show(other.query().run(studies, s))).isTrue();
        }
        assertThat(other.rows()).extracting(r -> r.disagreement().text()).containsExactly(FEAR);
    }
}
