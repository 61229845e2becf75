package org.gloss.ui.suggest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.gloss.agreement.coefficients.internal.CohenKappa;
import org.gloss.agreement.coefficients.internal.PercentAgreement;
import org.gloss.agreement.internal.AgreementStudiesService;
import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.suggest.EvaluationReport;
import org.gloss.api.suggest.EvaluationRequest;
import org.gloss.api.suggest.RejectedSuggestion;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.SuggestionModel;
import org.gloss.api.suggest.SuggestionUnit;
import org.gloss.api.suggest.TrainingSet;
import org.gloss.core.suggest.AuditTables;
import org.gloss.core.suggest.ProjectMaterial;
import org.gloss.model.Coding;
import org.gloss.search.lucene.internal.analysis.LuceneTextAnalysis;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.gloss.suggest.audit.internal.SuggestionEvaluationService;
import org.gloss.suggest.internal.LocalSuggester;
import org.gloss.ui.document.internal.DocumentViews;
import org.gloss.ui.workbench.api.KeyboardShortcuts;
import org.gloss.ui.workbench.internal.shell.Contributions;
import org.gloss.ui.workbench.internal.shell.ProjectOpener;
import org.gloss.ui.workbench.internal.shell.WorkbenchSettings;
import org.gloss.ui.workbench.internal.shell.WorkbenchWindow;
import org.gloss.ui.workbench.testing.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Suggestions in the real workbench window (TestFX on Monocle) on a real SQLite project, with the
 * real local suggester, audit, agreement measures and document view: suggest from the menu's key,
 * walk and decide with keys (the stored codings and the adjudication log checked), undo a
 * decision, the rejections in the next training, Cancel stopping the real training, and the audit
 * tab showing the command line's figures.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestionsViewTest {
    private static final String CODER = "carol";
    private static final String MACHINE = "suggest:local";

    @TempDir
    Path dir;
    private Path project;
    private WorkbenchWindow window;
    private LocalSuggester local;
    private GatedSuggester gate;
    private SuggestionEvaluationService evaluation;

    @Start
    void start(Stage stage) {
        project = SuggestFixture.create(dir, 12);
        local = new LocalSuggester(new LuceneTextAnalysis());
        gate = new GatedSuggester(local);
        Suggesters suggesters = new Suggesters(List.of(gate));
        evaluation = new SuggestionEvaluationService(new AgreementStudiesService(List.of(new PercentAgreement(),
                new CohenKappa())), List.of(local));
        Contributions contributions = new Contributions();
        contributions.setDocumentViews(new DocumentViews());
        contributions.addView(new SuggestionsView());
        contributions.addView(new AuditView(evaluation));
        contributions.addAction(new SuggestAction.ForDocument(suggesters));
        contributions.addAction(new SuggestAction.ForProject(suggesters));
        WorkbenchSettings settings = new WorkbenchSettings(dir.resolve("workbench.properties"));
        settings.remember(project.toString(), CODER);
        window = new WorkbenchWindow(stage, contributions, ProjectOpener.of(new SqliteStoreProvider()), settings);
        stage.setWidth(1280);
        stage.setHeight(860);
        stage.show();
        window.openProject(project.toString());
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
    }

    private ProjectSession session() {
        return SuggestFixture.open(project);
    }

    private List<Coding> codingsOf(String coder) {
        try (ProjectSession s = session()) {
            return s.coders().find(coder).map(c -> s.codings().list(new CodingFilter(null, null, c.id()))).orElse(List.of());
        }
    }

    private List<AdjudicationDecision> log() {
        try (ProjectSession s = session()) {
            return s.adjudications().list();
        }
    }

    private String codeName(long id) {
        try (ProjectSession s = session()) {
            return s.codebook().list().stream().filter(c -> c.id() == id).findFirst().orElseThrow().name();
        }
    }

    /** Code > Suggest codes for the project… by its key, the dialog's defaults, Suggest. */
    private void suggestForTheProject(FxRobot robot, String screenshot) {
        robot.clickOn("#status-message"); // the window has the keyboard
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.G);
        waitUntil(() -> robot.lookup("#suggest-dialog").tryQuery().isPresent());
        Node dialog = robot.lookup("#suggest-dialog").query();
        if (screenshot != null) {
            robot.interact(() -> Screenshots.save(dialog.getScene(), screenshot));
        }
        assertThat(robot.lookup("#suggest-machine-coder").queryTextInputControl().getText()).isEqualTo(MACHINE);
        robot.clickOn("#suggest-run");
    }

    private SuggestionsPane suggestionsView(FxRobot robot) {
        Tab tab = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().flatMap(p -> p.getTabs().stream())
                .filter(t -> ("view-" + SuggestionsView.ID).equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        return (SuggestionsPane) robot.lookup("#suggestions-view").query().getProperties().get(SuggestionsPane.class);
    }

    @Test
    void acceptAcceptAsAndRejectWithKeysAreStoredAndLoggedAndRejectionsTeachTheNextTraining(FxRobot robot) {
        suggestForTheProject(robot, "suggest-dialog");
        // "Suggesting codes: done" shows for a moment, before the action's own summary
        waitUntil(() -> window.statusMessage().contains("review them") || window.statusMessage().endsWith("failed"));
        assertThat(window.statusMessage()).contains("review them in the Suggestions view");
        List<Coding> machine = codingsOf(MACHINE);
        assertThat(machine).isNotEmpty();
        assertThat(machine).allSatisfy(c -> assertThat(c.memo()).startsWith("Suggested by suggest:local"));

        SuggestionsPane view = suggestionsView(robot);
        TableView<SuggestionRow> table = view.table();
        @SuppressWarnings("unchecked")
        ChoiceBox<String> scope = robot.lookup("#suggestions-scope").queryAs(ChoiceBox.class);
        robot.interact(() -> scope.setValue(SuggestionsPane.PROJECT));
        waitUntil(() -> table.getItems().size() == machine.size());
        List<SuggestionRow> rows = List.copyOf(table.getItems());
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).score()).isLessThanOrEqualTo(rows.get(i - 1).score());
        }
        assertThat(rows).noneMatch(SuggestionRow::decided);
        assertThat(rows.get(0).reasons()).isNotEmpty();

        // the first suggestion opens in the document view; the keys decide
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.currentDocument().getAsLong()).isEqualTo(rows.get(0).documentId());
        // the list keeps (or takes back) the focus from the document it opened
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        waitUntil(table::isFocused);
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 1);
        SuggestionRow accepted = rows.get(0);
        assertThat(codingsOf(CODER)).anySatisfy(c -> {
            assertThat(c.documentId()).isEqualTo(accepted.documentId());
            assertThat(codeName(c.codeId())).isEqualTo(accepted.code());
            assertThat(c.start()).isEqualTo(accepted.start());
            assertThat(c.end()).isEqualTo(accepted.end());
        });
        view.chooseCodeWith(codes -> {
            assertThat(codes).containsExactly("loans");
            return Optional.of("loans");
        });
        robot.type(KeyCode.C);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 2);
        SuggestionRow recoded = rows.get(1);
        assertThat(codingsOf(CODER)).anySatisfy(c -> {
            assertThat(codeName(c.codeId())).isEqualTo("loans");
            assertThat(c.start()).isEqualTo(recoded.start());
            assertThat(c.documentId()).isEqualTo(recoded.documentId());
        });
        robot.type(KeyCode.R);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 3);
        SuggestionRow rejected = rows.get(2);
        assertThat(codingsOf(CODER)).hasSize(2);

        List<AdjudicationDecision> log = log();
        assertThat(log).extracting(AdjudicationDecision::rule)
                .containsExactly("suggestion:accepted", "suggestion:accepted-as:loans", "suggestion:rejected");
        assertThat(log).extracting(AdjudicationDecision::outcome).containsExactly(AdjudicationDecision.Outcome.ACCEPTED,
                AdjudicationDecision.Outcome.REJECTED, AdjudicationDecision.Outcome.REJECTED);
        assertThat(log).allSatisfy(d -> {
            assertThat(d.coders()).containsExactly(MACHINE);
            assertThat(d.consensus()).isEqualTo(CODER);
            assertThat(d.decidedBy()).isEqualTo(CODER);
        });
        assertThat(log.get(2).document()).isEqualTo(rejected.document());
        assertThat(log.get(2).code()).isEqualTo(rejected.code());
        assertThat(log.get(2).start()).isEqualTo(rejected.start());
        assertThat(log.get(2).end()).isEqualTo(rejected.end());
        assertThat(table.getItems().subList(0, 3)).extracting(SuggestionRow::decision)
                .containsExactly("accepted for carol", "accepted as 'loans' for carol", "rejected");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "suggestions-view-decided"));

        // J and K walk; the keys are on the keyboard sheet
        robot.type(KeyCode.J);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(4);
        robot.type(KeyCode.K);
        robot.type(KeyCode.K);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(window.keyboardSheet()).extracting(KeyboardShortcuts.Shortcut::area, KeyboardShortcuts.Shortcut::description)
                .contains(org.assertj.core.groups.Tuple.tuple("Suggestions", "Accept the suggestion for the chosen coder"),
                        org.assertj.core.groups.Tuple.tuple("Suggestions", "Reject the suggestion"));

        // Ctrl+Z undoes the rejection: the log keeps it and its withdrawal, the row is undecided again
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> !table.getItems().get(2).decided());
        assertThat(log()).extracting(AdjudicationDecision::rule).endsWith("suggestion:rejected", "withdrawn:suggestion:rejected");
        robot.interact(() -> {
            table.getSelectionModel().select(2);
            table.requestFocus();
        });
        robot.type(KeyCode.DELETE);
        waitUntil(() -> table.getItems().get(2).decided());

        // the comparison perspective offers the machine coder as a coder to compare with a person
        robot.interact(() -> window.showPerspective("comparison"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.gloss.model.Coder> coderA = robot.lookup("#compare-coder-a").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(coderA.getItems()).extracting(org.gloss.model.Coder::name).contains(MACHINE, "ann", "ben", CODER);
        robot.interact(() -> window.showPerspective("coding"));

        // the next training: the rejection and the code given instead are negative examples of "debt"
        try (ProjectSession s = session()) {
            ProjectMaterial material = ProjectMaterial.load(s, List.of("ann", "ben"), List.of(), List.of());
            TrainingSet training = material.trainingSet(List.of("ann", "ben"), id -> true);
            assertThat(training.rejected()).extracting(RejectedSuggestion::code, r -> r.document().name(), RejectedSuggestion::start,
                    RejectedSuggestion::end).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(recoded.code(), recoded.document(), recoded.start(), recoded.end()),
                    org.assertj.core.groups.Tuple.tuple(rejected.code(), rejected.document(), rejected.start(), rejected.end()));
            SuggestSettings settings = new SuggestSettings(SuggestionUnit.SENTENCE, 0, SuggestJob.SEED);
            SuggestionModel withRejections = local.train(training, settings);
            SuggestionModel without = local.train(new TrainingSet(training.codes(), training.documents()), settings);
            SuggestionDocument document = material.document(rejected.documentId());
            assertThat(score(withRejections, document, rejected)).isLessThan(score(without, document, rejected));
        }
    }

    private static double score(SuggestionModel model, SuggestionDocument document, SuggestionRow row) {
        return model.suggest(document, 0).stream().filter(s -> s.code().equals(row.code()) && s.start() == row.start())
                .mapToDouble(org.gloss.api.suggest.Suggestion::score).findFirst().orElseThrow();
    }

    @Test
    void cancelStopsTheRealTrainingAndWritesNothing(FxRobot robot) throws Exception {
        gate.hold = true;
        suggestForTheProject(robot, null);
        assertThat(gate.waiting.await(30, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> robot.lookup("#cancel-task").queryAs(Button.class).isVisible());
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "suggest-progress"));
        robot.clickOn("#cancel-task");
        assertThat(gate.finished.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(gate.sawCancel).isTrue();
        assertThat(gate.thrown).isInstanceOf(CancellationException.class);
        waitUntil(() -> window.statusMessage().equals("Suggesting codes: cancelled"));
        assertThat(codingsOf(MACHINE)).isEmpty();
    }

    @Test
    void theAuditTabShowsTheCommandLinesFigures(FxRobot robot) {
        robot.interact(() -> window.showPerspective("analysis"));
        TabPane tabs = robot.lookup("#analysis-perspective .tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> ("view-" + AuditView.ID).equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        AuditPane pane = (AuditPane) robot.lookup("#suggestion-audit").query().getProperties().get(AuditPane.class);
        @SuppressWarnings("unchecked")
        Spinner<Integer> folds = robot.lookup("#audit-folds").queryAs(Spinner.class);
        @SuppressWarnings("unchecked")
        Spinner<Integer> bootstrap = robot.lookup("#audit-bootstrap").queryAs(Spinner.class);
        robot.interact(() -> {
            pane.select(List.of("ann"), List.of("ann", "ben"));
            folds.getValueFactory().setValue(3);
            bootstrap.getValueFactory().setValue(50);
        });
        robot.clickOn("#audit-run");
        waitUntil(() -> pane.shown() != null);
        WaitForAsyncUtils.waitForFxEvents();
        EvaluationReport expected;
        try (ProjectSession s = session()) {
            expected = evaluation.evaluate(s, new EvaluationRequest("local", List.of("ann"), List.of("ann", "ben"), List.of(),
                    List.of(), new SuggestSettings(SuggestionUnit.SENTENCE, 0, SuggestJob.SEED), 0.5, 3, 50, 0.95));
        }
        assertThat(rows(robot, "#audit-agreement")).isEqualTo(AuditTables.agreement(expected, x -> x).rows());
        assertThat(rows(robot, "#audit-precision-recall")).isEqualTo(AuditTables.precisionRecall(expected, x -> x).rows());
        assertThat(rows(robot, "#audit-learning-curve")).isEqualTo(AuditTables.learningCurve(expected).rows());
        assertThat(rows(robot, "#audit-agreement")).extracting(r -> r.get(1))
                .contains("machine | ann", "machine | ben", "ann | ben (humans)");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "suggestion-audit"));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(FxRobot robot, String id) {
        return List.copyOf(robot.lookup(id).queryAs(TableView.class).getItems());
    }
}
