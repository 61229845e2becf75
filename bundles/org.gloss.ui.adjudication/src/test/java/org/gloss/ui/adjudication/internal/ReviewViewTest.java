package org.gloss.ui.adjudication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.fxmisc.richtext.InlineCssTextArea;
import org.gloss.api.agreement.AgreementStudies;
import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Coding;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.gloss.ui.document.internal.DocumentViews;
import org.gloss.ui.workbench.internal.shell.Contributions;
import org.gloss.ui.workbench.internal.shell.ProjectOpener;
import org.gloss.ui.workbench.internal.shell.WorkbenchSettings;
import org.gloss.ui.workbench.internal.shell.WorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.gloss.ui.workbench.testing.Screenshots;

/**
 * The disagreement review in the real workbench window (headless, Monocle) on a demo-like SQLite
 * project: open the Comparison perspective's "Disagreements" tab, walk to the second
 * disagreement, press "Accept ben", and check the store and the refreshed list.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewViewTest {
    @TempDir
    Path dir;
    private Path project;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        project = ReviewProject.create(dir);
        AgreementStudies studies = ReviewProject.studies();
        Contributions contributions = new Contributions();
        contributions.setDocumentViews(new DocumentViews());
        contributions.addView(new AdjudicationViewContribution(studies, new DocumentViews()));
        ProjectOpener opener = ProjectOpener.of(new SqliteStoreProvider());
        WorkbenchSettings settings = new WorkbenchSettings(dir.resolve("workbench.properties"));
        settings.remember(project.toString(), "lead");
        window = new WorkbenchWindow(stage, contributions, opener, settings);
        stage.show();
        window.openProject(project.toString());
    }

    @Test
    void walkToTheSecondDisagreementAndAcceptB(FxRobot robot) throws Exception {
        Node review = openDisagreements(robot);
        TableView<ComparisonSnapshot.Row> table = disagreements(robot, review);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> robot.from(review).lookup("#review-figures").queryAs(TableView.class).getItems().size()))
                .as("all codes + 3 codes").isEqualTo(4);
        assertThat(robot.from(review).lookup("#review-accept-b").queryAs(Button.class).getText()).isEqualTo("Accept ben");

        robot.clickOn("#review-next");
        WaitForAsyncUtils.waitForFxEvents();
        String fear = " If we knew the terms of the credit, there would be less fear.";
        List<InlineCssTextArea> panes = robot.from(review).lookup("#document-text").queryAllAs(InlineCssTextArea.class)
                .stream().toList();
        assertThat(panes).hasSize(2);
        for (InlineCssTextArea pane : panes) {
            assertThat(onFx(pane::getSelectedText)).as("the current disagreement is selected in both panes").isEqualTo(fear);
        }
        assertThat(robot.from(review).lookup("#review-position").queryAs(Label.class).getText())
                .startsWith("2 of 3 · 3 open · transparency");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "review-second-disagreement"));

        robot.clickOn("#review-note").write("ben has the whole argument");
        robot.clickOn("#review-accept-b");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> table.getItems().size() == 3 && table.getItems().get(1).decided());
        WaitForAsyncUtils.waitForFxEvents();
        try (ProjectSession s = ReviewProject.open(project)) {
            long consensus = s.coders().get("consensus").id();
            int[] expected = ReviewProject.span(fear);
            assertThat(s.codings().list(new CodingFilter(null, null, consensus))).singleElement()
                    .satisfies(c -> assertThat(new int[] {c.start(), c.end()}).containsExactly(expected));
            assertThat(s.adjudications().list()).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo("manual:ben");
                assertThat(d.outcome()).isEqualTo(AdjudicationDecision.Outcome.ACCEPTED);
                assertThat(d.decidedBy()).isEqualTo("lead");
                assertThat(d.note()).isEqualTo("ben has the whole argument");
            });
            assertThat(s.codings().list(new CodingFilter(null, null, s.coders().get("ben").id())))
                    .extracting(Coding::coderId).hasSize(2);
        }
        assertThat(robot.from(review).lookup("#review-position").queryAs(Label.class).getText())
                .as("moved on to the next open disagreement").startsWith("3 of 3 · 2 open · debt concern");
        assertThat(onFx(() -> robot.from(review).lookup("#review-figures").queryAs(TableView.class).getItems().size()))
                .as("now with aida and ben against the consensus").isEqualTo(6);
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "review-after-accept-b"));

        robot.interact(window::undo);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().get(1).decided());
        try (ProjectSession s = ReviewProject.open(project)) {
            assertThat(s.codings().list(new CodingFilter(null, null, s.coders().get("consensus").id()))).isEmpty();
            assertThat(s.adjudications().list()).extracting(AdjudicationDecision::rule)
                    .containsExactly("manual:ben", "withdrawn:manual:ben");
        }
        // the consensus coder has no codings left: it is no longer compared (no "vs consensus" rows)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> robot.from(review).lookup("#review-figures")
                .queryAs(TableView.class).getItems().size()) == 4);
    }

    @Test
    void aDocumentOnlyOneCoderCodedIsLeftOutUntilAllDocumentsIsTicked(FxRobot robot) throws Exception {
        Node review = openDisagreements(robot);
        TableView<ComparisonSnapshot.Row> table = disagreements(robot, review);
        Label scope = robot.from(review).lookup("#review-scope").queryAs(Label.class);
        assertThat(scope.getText()).isEqualTo("Compared 1 document.");
        // another process adds a document that only aida has coded, and one nobody coded
        try (ProjectSession s = ReviewProject.open(project)) {
            long notes = s.documents().add(new org.gloss.api.store.NewDocument("notes", "aida wrote about the credit here")).id();
            s.documents().add(new org.gloss.api.store.NewDocument("untouched", "nobody coded this"));
            s.codings().add(new org.gloss.api.store.NewCoding(notes, s.codebook().get("debt concern").id(),
                    s.coders().get("aida").id(), 15, 25, null));
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(scope::getText).contains("notes (ben)"));
        assertThat(scope.getText()).isEqualTo("Compared 1 document; left out, not yet coded by one of the coders: "
                + "notes (ben), untouched (aida, ben) — tick All documents to count them as coded with nothing.");
        assertThat(table.getItems()).hasSize(3);
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "review-documents-left-out"));

        robot.interact(() -> {
            javafx.scene.control.CheckBox all = robot.from(review).lookup("#review-all-documents")
                    .queryAs(javafx.scene.control.CheckBox.class);
            all.setSelected(true);
            all.getOnAction().handle(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().size()) == 4);
        assertThat(onFx(scope::getText)).isEqualTo("Compared 3 documents.");
        assertThat(table.getItems()).anyMatch(r -> r.disagreement().document().equals("notes"));
    }

    @Test
    void keysWalkAndDecideWithoutTheMouseAndLettersStillTypeIntoTheNote(FxRobot robot) throws Exception {
        Node review = openDisagreements(robot);
        TableView<ComparisonSnapshot.Row> table = disagreements(robot, review);
        Label position = robot.from(review).lookup("#review-position").queryAs(Label.class);

        robot.clickOn("#review-note").write("a2 b");
        assertThat(robot.from(review).lookup("#review-note").queryAs(javafx.scene.control.TextField.class).getText())
                .as("plain letters and digits are typed, not taken as decisions").isEqualTo("a2 b");
        robot.push(javafx.scene.input.KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(position.getText()).startsWith("2 of 3");
        robot.push(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(position.getText()).startsWith("1 of 3");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.PERIOD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(position.getText()).startsWith("2 of 3");

        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> table.getItems().size() == 3 && table.getItems().get(1).decided());
        try (ProjectSession s = ReviewProject.open(project)) {
            assertThat(s.adjudications().list()).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo("manual:ben");
                assertThat(d.note()).isEqualTo("a2 b");
            });
        }
        assertThat(robot.from(review).lookup("#review-accept-b").queryAs(Button.class).getTooltip().getText())
                .isEqualTo("Accept ben (Ctrl+2)");
    }

    @Test
    void selectingTextInAPaneEditsTheExtentInCodePoints(FxRobot robot) throws Exception {
        Node review = openDisagreements(robot);
        TableView<ComparisonSnapshot.Row> table = disagreements(robot, review);
        robot.interact(() -> table.getSelectionModel().select(2)); // "the terms of the credit", aida only
        WaitForAsyncUtils.waitForFxEvents();
        InlineCssTextArea aidasPane = robot.from(review).lookup("#document-text").queryAllAs(InlineCssTextArea.class)
                .iterator().next();
        // select "the credit" with the mouse; 😀 and 𠀀 before it are two UTF-16 units each
        int from = ReviewProject.TEXT.indexOf("the credit");
        selectWithMouse(robot, aidasPane, from, from + "the credit".length());
        assertThat(onFx(aidasPane::getSelectedText)).isEqualTo("the credit");
        int[] expected = ReviewProject.span("the credit");
        assertThat(expected[0]).isEqualTo(from - 2);
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> start = robot.from(review).lookup("#review-extent-start")
                .queryAs(javafx.scene.control.Spinner.class);
        assertThat(onFx(start::getValue)).isEqualTo(expected[0]);
        assertThat(robot.from(review).lookup("#review-extent-text").queryAs(Label.class).getText()).isEqualTo("“the credit”");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "review-edit-extent"));
        robot.clickOn("#review-accept-extent");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3 && table.getItems().get(2).decided());
        try (ProjectSession s = ReviewProject.open(project)) {
            assertThat(s.codings().list(new CodingFilter(null, null, s.coders().get("consensus").id()))).singleElement()
                    .satisfies(c -> assertThat(new int[] {c.start(), c.end()}).containsExactly(expected));
            assertThat(s.adjudications().list()).extracting(AdjudicationDecision::rule).containsExactly("manual:extent");
        }
    }

    /** Opens the Comparison perspective's Disagreements tab and waits for the demo's three disagreements. */
    private Node openDisagreements(FxRobot robot) throws Exception {
        robot.interact(() -> window.showPerspective("comparison"));
        robot.clickOn(robot.lookup((Node n) -> n instanceof Label label && label.getStyleClass().contains("tab-label")
                && "Disagreements".equals(label.getText())).<Node>query());
        Node review = robot.lookup("#review").query();
        TableView<ComparisonSnapshot.Row> table = disagreements(robot, review);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        return review;
    }

    @SuppressWarnings("unchecked")
    private static TableView<ComparisonSnapshot.Row> disagreements(FxRobot robot, Node review) {
        return robot.from(review).lookup("#review-disagreements").queryAs(TableView.class);
    }

    /** Drags the mouse from the left edge of the first character (UTF-16 index) to the right edge of the last. */
    private static void selectWithMouse(FxRobot robot, InlineCssTextArea area, int from, int to) {
        javafx.geometry.Bounds first = onFx(() -> area.getCharacterBoundsOnScreen(from, from + 1).orElseThrow());
        javafx.geometry.Bounds last = onFx(() -> area.getCharacterBoundsOnScreen(to - 1, to).orElseThrow());
        robot.moveTo(new javafx.geometry.Point2D(first.getMinX() + 1, first.getCenterY()));
        robot.press(javafx.scene.input.MouseButton.PRIMARY);
        robot.moveTo(new javafx.geometry.Point2D((first.getMinX() + last.getMaxX()) / 2, last.getCenterY()));
        robot.moveTo(new javafx.geometry.Point2D(last.getMaxX() - 1, last.getCenterY()));
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
