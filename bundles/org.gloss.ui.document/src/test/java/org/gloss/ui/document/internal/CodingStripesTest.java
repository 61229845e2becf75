package org.gloss.ui.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.fxmisc.richtext.InlineCssTextArea;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.ProjectSession;
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
 * The coding stripes follow the text's lines: a coding on the last line of a long wrapped
 * paragraph draws a stripe beside that line only, one over the whole paragraph runs its full
 * height, and a code name too long for the margin is elided with the full name as a tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class CodingStripesTest {
    static final String LAST_WORDS = "and that is all I wanted to say about the road.";
    static final String LONG_NAME = "worries about the debt that the new road brings to the villages";
    /** One long paragraph (wraps over many lines in the 1280 px window), then a short one. */
    static final String TEXT = "A: " + "We talked about the market, the school, the price of flour and the loan. ".repeat(12)
            + LAST_WORDS + "\nQ: Thank you.\n";

    @TempDir
    Path dir;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        Path project = TestWorkbench.createProject(dir, "interview", TEXT);
        try (ProjectSession session = TestWorkbench.open(project)) {
            long doc = session.documents().get("interview").id();
            long debt = session.codebook().get("debt concern").id();
            long transparency = session.codebook().get("transparency").id();
            long worries = session.codebook().add(LONG_NAME, null, "#66A182", null).id();
            long coder = session.coders().getOrCreate(TestWorkbench.CODER).id();
            int lastWords = TEXT.indexOf(LAST_WORDS);
            int paragraphEnd = TEXT.indexOf('\n');
            session.codings().addAll(List.of(
                    new NewCoding(doc, debt, coder, lastWords, lastWords + LAST_WORDS.length(), null),
                    new NewCoding(doc, transparency, coder, 0, paragraphEnd, null),
                    new NewCoding(doc, worries, coder, paragraphEnd + 1, paragraphEnd + 4, null)));
        }
        window = TestWorkbench.open(stage, dir, project);
    }

    @Test
    void aCodingOnTheLastLineOfAWrappedParagraphHasAStripeBesideThatLineOnly(FxRobot robot) {
        InlineCssTextArea area = robot.lookup("#document-text").queryAs(InlineCssTextArea.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DocumentCodingTest.onFx(() -> area.getParagraphLinesCount(0))).as("the paragraph wraps").isGreaterThan(3);
        Node graphic = DocumentCodingTest.onFx(() -> area.getParagraphGraphic(0));
        Bounds paragraph = DocumentCodingTest.onFx(() -> graphic.localToScreen(graphic.getLayoutBounds()));
        Bounds debtStripe = stripeOnScreen(graphic, "#D1495B");
        Bounds transparencyStripe = stripeOnScreen(graphic, "#2E86AB");

        int at = TEXT.indexOf(LAST_WORDS);
        Bounds lastLine = DocumentCodingTest.onFx(() -> area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow());
        // beside the last line: same top and bottom as that line of text, much shorter than the paragraph
        assertThat(debtStripe.getMinY()).isCloseTo(lastLine.getMinY(), within(2.0));
        assertThat(debtStripe.getMaxY()).isCloseTo(lastLine.getMaxY(), within(2.0));
        assertThat(debtStripe.getHeight()).isLessThan(paragraph.getHeight() / 3);
        // the coding over the whole paragraph runs from its first line to its last
        Bounds firstLine = DocumentCodingTest.onFx(() -> area.getCharacterBoundsOnScreen(0, 1).orElseThrow());
        assertThat(transparencyStripe.getMinY()).isCloseTo(firstLine.getMinY(), within(2.0));
        assertThat(transparencyStripe.getMaxY()).isCloseTo(lastLine.getMaxY(), within(2.0));
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "stripes-per-line"));
    }

    @Test
    void aCodeNameTooLongForTheMarginIsElidedWithTheFullNameAsTooltip(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Text label = robot.lookup(".stripe-label").queryAllAs(Text.class).stream()
                .filter(t -> LONG_NAME.equals(t.getUserData())).findFirst().orElseThrow();
        assertThat(label.getText()).endsWith("…").isNotEqualTo(LONG_NAME);
        assertThat(LONG_NAME).startsWith(label.getText().substring(0, label.getText().length() - 1));
        assertThat(label.getLayoutBounds().getWidth()).isLessThanOrEqualTo(StripeMargin.LABEL_WIDTH);
        // short names stay whole
        assertThat(robot.lookup(".stripe-label").queryAllAs(Text.class)).extracting(Text::getText).contains("debt concern", "transparency");

        robot.moveTo(label);
        robot.moveBy(2, 0);
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip tooltip = (Tooltip) label.getProperties().get(Tooltip.class);
        assertThat(tooltip).isNotNull();
        assertThat(tooltip.getText()).isEqualTo(LONG_NAME);
    }

    /** The screen bounds of the graphic's stripe drawn in the colour. */
    private static Bounds stripeOnScreen(Node graphic, String colour) {
        return DocumentCodingTest.onFx(() -> graphic.lookupAll(".coding-stripe").stream()
                .map(Rectangle.class::cast).filter(r -> Color.web(colour).equals(r.getFill()))
                .findFirst().map(r -> r.localToScreen(r.getLayoutBounds())).orElseThrow());
    }
}
