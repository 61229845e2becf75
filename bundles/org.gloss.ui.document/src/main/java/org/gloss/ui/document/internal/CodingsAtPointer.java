package org.gloss.ui.document.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Popup;

import org.fxmisc.richtext.InlineCssTextArea;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.ui.workbench.model.Workspace;

/**
 * What the pointer rests on: where codings overlap, the blended highlight no longer says which
 * codes apply, so resting the pointer on coded text lists its codes (with their colours) and who
 * coded each, and marks the codings that have a memo.
 */
final class CodingsAtPointer {
    private final InlineCssTextArea area;
    private final TextPositions positions;
    private final CodingHighlights highlights;
    private final Workspace workspace;
    private final Popup popup = new Popup();
    private final VBox box = new VBox(3);

    CodingsAtPointer(InlineCssTextArea area, TextPositions positions, CodingHighlights highlights, Workspace workspace) {
        this.area = area;
        this.positions = positions;
        this.highlights = highlights;
        this.workspace = workspace;
        box.setId("codings-at-pointer");
        box.setPadding(new Insets(5, 8, 5, 8));
        box.setStyle("-fx-background-color: #FFFFF4; -fx-border-color: #B0BEC5; -fx-effect: dropshadow(gaussian, #00000033, 6, 0, 0, 2);");
        box.setMouseTransparent(true);
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    /** The lines the popup shows for the UTF-16 index: one per code, "name — coder, coder", in codebook order. */
    List<String> lines(int index) {
        int offset = positions.toOffset(index);
        Map<Long, Set<String>> coders = new LinkedHashMap<>();
        Set<Long> withMemo = new LinkedHashSet<>();
        Map<Long, String> coderNames = new java.util.HashMap<>();
        for (Coder coder : workspace.coders()) {
            coderNames.put(coder.id(), coder.name());
        }
        List<Coding> here = new ArrayList<>();
        for (Coding coding : highlights.codings()) {
            if (coding.start() <= offset && offset < coding.end()) {
                here.add(coding);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Code code : workspace.codes()) {
            for (Coding coding : here) {
                if (coding.codeId() == code.id()) {
                    coders.computeIfAbsent(code.id(), k -> new LinkedHashSet<>()).add(coderNames.getOrDefault(coding.coderId(), "?"));
                    if (coding.memo() != null && !coding.memo().isBlank()) {
                        withMemo.add(code.id());
                    }
                }
            }
            if (coders.containsKey(code.id())) {
                lines.add(code.name() + " — " + String.join(", ", coders.get(code.id())) + (withMemo.contains(code.id()) ? " ✎ memo" : ""));
            }
        }
        return lines;
    }

    void show(int index, Point2D screen) {
        List<String> lines = lines(index);
        if (lines.isEmpty()) {
            hide();
            return;
        }
        box.getChildren().clear();
        int i = 0;
        for (Code code : workspace.codes()) {
            String prefix = code.name() + " — ";
            for (String line : lines) {
                if (line.startsWith(prefix)) {
                    Label label = new Label(line, new Rectangle(10, 10, Color.web(code.color() == null ? "#9E9E9E" : code.color())));
                    label.setMnemonicParsing(false);
                    label.setTextFill(Color.web("#263238"));
                    box.getChildren().add(label);
                    i++;
                }
            }
        }
        if (i == 0) {
            return;
        }
        popup.show(area, screen.getX() + 12, screen.getY() + 16);
    }

    void hide() {
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }
}
