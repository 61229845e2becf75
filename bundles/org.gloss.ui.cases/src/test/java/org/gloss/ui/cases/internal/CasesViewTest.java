package org.gloss.ui.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.InlineCssTextArea;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cases.CaseSetScope;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.CodedSegment;
import org.gloss.model.Coding;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.gloss.ui.document.internal.DocumentViews;
import org.gloss.ui.workbench.internal.shell.Contributions;
import org.gloss.ui.workbench.internal.shell.ProjectOpener;
import org.gloss.ui.workbench.internal.shell.WorkbenchSettings;
import org.gloss.ui.workbench.internal.shell.WorkbenchWindow;
import org.gloss.ui.workbench.internal.views.CodebookView;
import org.gloss.ui.workbench.internal.views.CodedSegmentsView;
import org.gloss.ui.workbench.internal.views.ProjectExplorerView;
import org.gloss.ui.workbench.testing.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Cases &amp; Sets view and the classification sheet in the real workbench window (TestFX on
 * Monocle) over a real SQLite project, with the real document, documents and coded-segments views.
 */
@ExtendWith(ApplicationExtension.class)
class CasesViewTest {
    @TempDir
    Path dir;
    private Path project;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        project = CasesFixture.create(dir);
        Contributions contributions = new Contributions();
        contributions.setDocumentViews(new DocumentViews());
        contributions.addView(new ProjectExplorerView());
        contributions.addView(new CodebookView());
        contributions.addView(new CodedSegmentsView());
        contributions.addView(new CasesAndSetsView());
        contributions.addView(new ClassificationSheetView());
        WorkbenchSettings settings = new WorkbenchSettings(dir.resolve("workbench.properties"));
        settings.remember(project.toString(), "tester");
        window = new WorkbenchWindow(stage, contributions, ProjectOpener.of(new SqliteStoreProvider()), settings);
        stage.show();
        window.openProject(project.toString());
    }

    @Test
    void makeACaseDragADocumentInAddASelectionAndFilterTheCodedSegments(FxRobot robot) {
        showTab(robot, "Cases & Sets");
        robot.clickOn("#cases-new-case");
        waitUntil(() -> robot.lookup("#prompt-name").tryQuery().isPresent());
        robot.clickOn("#prompt-name").write("Aida");
        robot.interact(() -> Screenshots.save(robot.lookup("#prompt-name").query().getScene(), "cases-new-case-dialog"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().cases().find("Aida")).isPresent();

        // drag "aida follow-up" from the documents view onto the case
        Node follow = robot.from(robot.lookup("#project-explorer").queryAs(Node.class))
                .lookup((Label l) -> "aida follow-up".equals(l.getText())).query();
        robot.drag(follow).dropTo(caseCell(robot, "Aida —"));
        WaitForAsyncUtils.waitForFxEvents();
        long followUp = documentId("aida follow-up");
        long interview = documentId("aida interview");
        assertThat(stored().cases().get("Aida").members()).containsExactly(CaseMember.wholeDocument(followUp));

        // select the passage in the open interview (UTF-16 there, code points stored) and add it with the keyboard
        robot.interact(() -> window.openDocument(interview));
        InlineCssTextArea area = robot.lookup("#document-text").queryAllAs(InlineCssTextArea.class).stream()
                .filter(a -> a.getText().equals(CasesFixture.INTERVIEW)).findFirst().orElseThrow();
        int from = CasesFixture.INTERVIEW.indexOf(CasesFixture.PASSAGE);
        robot.interact(() -> area.selectRange(from, from + CasesFixture.PASSAGE.length()));
        robot.clickOn(caseCell(robot, "Aida —"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        int start = CasesFixture.cp(CasesFixture.INTERVIEW, CasesFixture.PASSAGE);
        assertThat(start).isEqualTo(from - 1);
        assertThat(stored().cases().get("Aida").members()).containsExactlyInAnyOrder(CaseMember.wholeDocument(followUp),
                CaseMember.range(interview, start, start + CasesFixture.PASSAGE.length()));
        // inside, partly inside, and the follow-up's: 3 coded segments (hand-worked in CasesFixture)
        waitUntil(() -> cellTexts(robot).contains("Aida — 2 members, 3 coded segments"));
        robot.interact(() -> caseTree(robot).getRoot().getChildren().get(0).getChildren().get(0).setExpanded(true));
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "cases-view"));

        // the coded-segments view's case filter keeps exactly the codings the core scope keeps
        @SuppressWarnings("unchecked")
        ComboBox<String> filter = robot.lookup("#segments-case").queryAs(ComboBox.class);
        waitUntil(() -> filter.getItems().contains("case: Aida"));
        robot.interact(() -> filter.setValue("case: Aida"));
        @SuppressWarnings("unchecked")
        TableView<CodedSegment> segments = robot.lookup("#segments-table").queryAs(TableView.class);
        waitUntil(() -> segments.getItems().size() == 3);
        List<Long> expected;
        try (ProjectSession session = CasesFixture.open(project)) {
            CaseSetScope scope = CaseSetScope.of(session, List.of("Aida"), List.of());
            expected = session.codings().list(CodingFilter.ALL).stream()
                    .filter(c -> scope.includes(c.documentId(), c.start(), c.end())).map(Coding::id).toList();
        }
        assertThat(segments.getItems()).extracting(CodedSegment::codingId).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(segments.getItems()).extracting(CodedSegment::text)
                .containsExactlyInAnyOrder("debt worries", "for seed.\n\nInterviewer:", "repaid half");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "cases-segments-filter"));

        // a case added elsewhere (another process's "gloss case add") appears by itself
        try (ProjectSession other = CasesFixture.open(project)) {
            long bek = other.cases().add("Bek", "").id();
            other.cases().addMember(bek, CaseMember.wholeDocument(documentId("bek interview")));
        }
        waitUntil(() -> cellTexts(robot).contains("Bek — 1 member, 1 coded segment"));
        waitUntil(() -> filter.getItems().contains("case: Bek"));
    }

    @Test
    void smartSetValidatesItsConditionAndFollowsAttributes(FxRobot robot) {
        showTab(robot, "Cases & Sets");
        robot.clickOn("#cases-new-smart-set");
        waitUntil(() -> robot.lookup("#prompt-condition").tryQuery().isPresent());
        robot.clickOn("#prompt-name").write("Kazakh docs");
        robot.clickOn("#prompt-condition");
        robot.write("contry=Kazakhstan");
        Label message = robot.lookup("#prompt-condition-message").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("gloss: error: unknown attribute: contry"));
        Node ok = robot.lookup((Button b) -> "OK".equals(b.getText())).query();
        assertThat(ok.isDisabled()).as("a bad condition cannot be stored").isTrue();
        robot.interact(() -> Screenshots.save(message.getScene(), "cases-smart-set-error"));
        robot.interact(() -> robot.lookup("#prompt-condition").queryAs(TextField.class).setText("country=Kazakhstan"));
        waitUntil(() -> message.getText().equals("Matches 1 document now."));
        robot.interact(() -> Screenshots.save(message.getScene(), "cases-smart-set-dialog"));
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().sets().get("Kazakh docs").condition()).isEqualTo("country=Kazakhstan");
        waitUntil(() -> cellTexts(robot).contains("Kazakh docs (smart) — 1 document"));

        // another writer moves the follow-up to Kazakhstan: the smart set holds it now
        try (ProjectSession other = CasesFixture.open(project)) {
            other.documents().setAttribute(documentId("aida follow-up"), "country", AttributeValue.text("Kazakhstan"));
        }
        waitUntil(() -> cellTexts(robot).contains("Kazakh docs (smart) — 2 documents"));
        robot.interact(() -> caseTree(robot).getRoot().getChildren().get(1).getChildren().get(0).setExpanded(true));
        assertThat(cellTexts(robot)).contains("aida follow-up", "bek interview");

        // the condition editor under the tree checks as it is typed too
        robot.clickOn(caseCell(robot, "Kazakh docs (smart)"));
        TextField condition = robot.lookup("#set-condition").queryAs(TextField.class);
        assertThat(condition.getText()).isEqualTo("country=Kazakhstan");
        robot.interact(() -> condition.setText("country=Kazakhstan AND"));
        Label conditionMessage = robot.lookup("#set-condition-message").queryAs(Label.class);
        waitUntil(() -> conditionMessage.getText().startsWith("gloss: error: bad set condition"));
        assertThat(robot.lookup("#set-condition-apply").queryButton().isDisabled()).isTrue();
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "cases-smart-set-editor"));
        robot.interact(() -> condition.setText("country=Kyrgyzstan"));
        robot.clickOn("#set-condition-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().sets().get("Kazakh docs").condition()).isEqualTo("country=Kyrgyzstan");
        waitUntil(() -> cellTexts(robot).contains("Kazakh docs (smart) — 1 document"));
    }

    @Test
    void classificationSheetStoresTypedValuesAndRefusesBadOnes(FxRobot robot) {
        try (ProjectSession session = CasesFixture.open(project)) {
            long aida = session.cases().add("Aida", "teacher").id();
            session.cases().add("Bek", "");
            session.cases().setAttribute(aida, "region", AttributeValue.text("Naryn"));
        }
        showTab(robot, "Classification sheet");
        @SuppressWarnings("unchecked")
        TableView<Case> sheet = robot.lookup("#sheet-table").queryAs(TableView.class);
        waitUntil(() -> sheet.getItems().size() == 2);
        robot.clickOn("#sheet-add-attribute");
        waitUntil(() -> robot.lookup("#prompt-attribute").tryQuery().isPresent());
        robot.clickOn("#prompt-attribute").write("age");
        @SuppressWarnings("unchecked")
        ComboBox<AttributeType> type = robot.lookup("#prompt-attribute-type").queryAs(ComboBox.class);
        robot.interact(() -> type.setValue(AttributeType.NUMBER));
        robot.clickOn((Button b) -> "OK".equals(b.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sheet.getColumns()).extracting(c -> c.getText()).containsExactly("Case", "age (number)", "region (text)");

        // a word in a number column is refused, with a message; a number is stored as a number
        editCell(robot, sheet, 1, 1, "thirty");
        Label message = robot.lookup("#sheet-message").queryAs(Label.class);
        waitUntil(() -> message.getText().contains("'thirty' is not a number"));
        assertThat(stored().cases().get("Bek").attributes()).doesNotContainKey("age");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "cases-sheet-refused"));
        editCell(robot, sheet, 1, 1, "41");
        waitUntil(() -> stored().cases().get("Bek").attributes().containsKey("age"));
        assertThat(stored().cases().get("Bek").attributes().get("age")).isEqualTo(new AttributeValue(AttributeType.NUMBER, "41"));
        editCell(robot, sheet, 0, 2, "Issyk-Kul");
        waitUntil(() -> "Issyk-Kul".equals(stored().cases().get("Aida").attributes().get("region").value()));
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "cases-sheet"));
    }

    private void editCell(FxRobot robot, TableView<Case> sheet, int row, int column, String text) {
        robot.interact(() -> {
            sheet.getSelectionModel().clearAndSelect(row, sheet.getColumns().get(column));
            sheet.getFocusModel().focus(row, sheet.getColumns().get(column));
            sheet.requestFocus();
            sheet.edit(row, sheet.getColumns().get(column));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField editor = robot.from(sheet).lookup(".text-field").queryAs(TextField.class);
        robot.interact(() -> editor.setText(text));
        robot.clickOn(editor).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ProjectSession storedSession;

    /** The project as another connection reads it now. */
    private ProjectSession stored() {
        if (storedSession != null) {
            storedSession.close();
        }
        storedSession = CasesFixture.open(project);
        return storedSession;
    }

    private long documentId(String name) {
        try (ProjectSession session = CasesFixture.open(project)) {
            return session.documents().list().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().id();
        }
    }

    private static void showTab(FxRobot robot, String title) {
        robot.clickOn(robot.lookup((Labeled l) -> l.getStyleClass().contains("tab-label") && title.equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TreeView<Entry> caseTree(FxRobot robot) {
        return robot.lookup("#cases-tree").queryAs(TreeView.class);
    }

    private static Node caseCell(FxRobot robot, String prefix) {
        return robot.from(caseTree(robot)).lookup((TreeCell<?> c) -> c.getItem() instanceof Entry e && e.summary().startsWith(prefix))
                .query();
    }

    /** The rows the tree shows (the items under expanded items), read on the FX thread. */
    private static List<String> cellTexts(FxRobot robot) {
        List<String> rows = new java.util.ArrayList<>();
        robot.interact(() -> visibleRows(caseTree(robot).getRoot(), rows));
        return rows;
    }

    private static void visibleRows(javafx.scene.control.TreeItem<Entry> item, List<String> rows) {
        for (javafx.scene.control.TreeItem<Entry> child : item.getChildren()) {
            rows.add(child.getValue().summary());
            if (child.isExpanded()) {
                visibleRows(child, rows);
            }
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 10 s", e);
        }
    }
}
