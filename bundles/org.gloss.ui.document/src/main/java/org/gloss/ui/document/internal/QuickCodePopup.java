package org.gloss.ui.document.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import org.gloss.model.Code;

/**
 * The quick-code popup shown for a selection: type to filter the codes, Up/Down to choose, Enter
 * applies the chosen code; Escape closes. A typed name that is not a code is offered as
 * "Create code '…'": the first entry (and Enter's choice) when no code matches, the last one
 * when some codes contain the text.
 */
final class QuickCodePopup {
    /** One entry of the list: a code's name, or the typed name to create a code with. */
    record Entry(String name, boolean create) {
        String label() {
            return create ? "Create code '" + name + "'" : name;
        }
    }

    private final Popup popup = new Popup();
    private final TextField input = new TextField();
    private final ListView<Entry> matches = new ListView<>();
    private List<String> names = List.of();
    private Consumer<String> onChoose = name -> { };

    QuickCodePopup() {
        input.setId("quick-code-input");
        input.setPromptText("Code name (Enter applies, new name creates)");
        input.setAccessibleText("Code for the selection");
        input.setAccessibleHelp("Type to filter the codes; Down and Up choose; Enter applies the code or creates a new one; "
                + "Escape closes");
        matches.setId("quick-code-list");
        matches.setAccessibleText("Matching codes");
        matches.setPrefSize(280, 180);
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setMnemonicParsing(false);
                setText(empty || entry == null ? null : entry.label());
                setStyle(entry != null && entry.create() ? "-fx-font-style: italic;" : "");
            }
        });
        Label hint = new Label("Code the selection");
        hint.setLabelFor(input);
        VBox box = new VBox(4, hint, input, matches);
        box.setPadding(new Insets(6));
        box.setStyle("-fx-background-color: -fx-background; -fx-border-color: #90A4AE; "
                + "-fx-effect: dropshadow(gaussian, #00000044, 8, 0, 0, 2);");
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

    /** The entries shown now (for tests). */
    List<Entry> entries() {
        return List.copyOf(matches.getItems());
    }

    static List<Entry> entries(List<String> names, String typed) {
        String trimmed = typed == null ? "" : typed.strip();
        String needle = trimmed.toLowerCase(Locale.ROOT);
        List<Entry> entries = new ArrayList<>();
        for (String name : names) {
            if (name.toLowerCase(Locale.ROOT).contains(needle)) {
                entries.add(new Entry(name, false));
            }
        }
        boolean exact = names.stream().anyMatch(n -> n.equalsIgnoreCase(trimmed));
        if (!trimmed.isEmpty() && !exact) {
            // first (and chosen by Enter) when no code matches; after the matches otherwise
            entries.add(new Entry(trimmed, true));
        }
        return entries;
    }

    private void filter(String typed) {
        List<Entry> entries = entries(names, typed);
        matches.getItems().setAll(entries);
        if (!entries.isEmpty() && typed != null && !typed.isBlank()) {
            matches.getSelectionModel().select(0);
        } else {
            matches.getSelectionModel().clearSelection();
        }
    }

    /** The selected entry, else the typed text (an exact name, or a new code). */
    private void choose() {
        String typed = input.getText().strip();
        Entry selected = matches.getSelectionModel().getSelectedItem();
        String exact = names.stream().filter(n -> n.equalsIgnoreCase(typed)).findFirst().orElse(null);
        String choice = exact != null ? exact : selected != null ? selected.name() : typed;
        if (choice.isEmpty()) {
            return;
        }
        popup.hide();
        onChoose.accept(choice);
    }
}
