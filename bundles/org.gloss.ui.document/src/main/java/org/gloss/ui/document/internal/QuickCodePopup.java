package org.gloss.ui.document.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import org.gloss.model.Code;

/**
 * The quick-code popup shown for a selection: type to filter the codes, Up/Down to choose, Enter
 * applies the chosen code, or creates a code when the typed name matches none; Escape closes.
 */
final class QuickCodePopup {
    private final Popup popup = new Popup();
    private final TextField input = new TextField();
    private final ListView<String> matches = new ListView<>();
    private List<String> names = List.of();
    private Consumer<String> onChoose = name -> { };

    QuickCodePopup() {
        input.setId("quick-code-input");
        input.setPromptText("Code name (Enter applies, new name creates)");
        matches.setId("quick-code-list");
        matches.setPrefSize(280, 180);
        Label hint = new Label("Code the selection");
        VBox box = new VBox(4, hint, input, matches);
        box.setPadding(new Insets(6));
        box.setStyle("-fx-background-color: white; -fx-border-color: #90A4AE; -fx-effect: dropshadow(gaussian, #00000044, 8, 0, 0, 2);");
        box.setId("quick-code-popup");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        input.textProperty().addListener((o, was, now) -> filter(now));
        input.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case DOWN -> {
                    matches.getSelectionModel().selectNext();
                    e.consume();
                }
                case UP -> {
                    matches.getSelectionModel().selectPrevious();
                    e.consume();
                }
                case ESCAPE -> popup.hide();
                default -> { }
            }
        });
        input.setOnAction(e -> choose());
        matches.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose();
            }
        });
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose();
            }
        });
    }

    void show(Node owner, double screenX, double screenY, List<Code> codes, Consumer<String> onChoose) {
        this.names = codes.stream().map(Code::name).toList();
        this.onChoose = onChoose;
        input.clear();
        filter("");
        popup.show(owner, screenX, screenY);
        input.requestFocus();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    void hide() {
        popup.hide();
    }

    private void filter(String typed) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        matches.getItems().setAll(names.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(needle)).toList());
        if (!matches.getItems().isEmpty() && !needle.isEmpty()) {
            matches.getSelectionModel().select(0);
        } else {
            matches.getSelectionModel().clearSelection();
        }
    }

    /** The selected match, else the typed text (an exact name, or a new code). */
    private void choose() {
        String typed = input.getText().strip();
        String selected = matches.getSelectionModel().getSelectedItem();
        String exact = names.stream().filter(n -> n.equalsIgnoreCase(typed)).findFirst().orElse(null);
        String choice = exact != null ? exact : selected != null ? selected : typed;
        if (choice.isEmpty()) {
            return;
        }
        popup.hide();
        onChoose.accept(choice);
    }
}
