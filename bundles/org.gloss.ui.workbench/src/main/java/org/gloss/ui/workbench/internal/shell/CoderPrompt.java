package org.gloss.ui.workbench.internal.shell;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks, once per project, which of its coders the user is (or a new name), so that nobody codes
 * as their login name by accident. The dialog does not block the caller: the answer is handed on
 * when the user gives it; closing the dialog without one keeps the suggested coder for now and
 * asks again next time.
 */
final class CoderPrompt {
    private CoderPrompt() {
    }

    static Dialog<String> ask(Window owner, String project, List<String> coders, String suggested, Consumer<String> answer) {
        ComboBox<String> choice = new ComboBox<>();
        choice.setId("coder-prompt-choice");
        choice.setEditable(true);
        choice.getItems().setAll(coders);
        choice.setValue(coders.contains(suggested) ? suggested : coders.get(0));
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setAccessibleText("Coder");
        choice.setAccessibleHelp("Choose one of the project's coders, or type a new name");
        Label question = new Label("This project has the coders " + String.join(", ", coders)
                + ". Which one are you? Your codings and memos will carry this name. (Type a new name to add a coder.)");
        question.setWrapText(true);
        question.setLabelFor(choice);
        VBox content = new VBox(10, question, choice);
        content.setPadding(new Insets(10));
        content.setPrefWidth(420);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Who are you in " + project + "?");
        dialog.setHeaderText("Who are you in " + project + "?");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("coder-prompt");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            String typed = choice.getEditor().getText();
            String name = typed == null || typed.isBlank() ? choice.getValue() : typed;
            return name == null || name.isBlank() ? null : name.strip();
        });
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                answer.accept(dialog.getResult());
            }
        });
        dialog.setOnShown(e -> choice.requestFocus());
        dialog.show();
        return dialog;
    }
}
