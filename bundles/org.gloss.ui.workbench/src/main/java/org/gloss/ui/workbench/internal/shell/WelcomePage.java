package org.gloss.ui.workbench.internal.shell;

import java.util.Optional;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** What the workbench shows without a project: open, new, demo, and the last project. */
final class WelcomePage {
    private final VBox node = new VBox(18);

    WelcomePage(Runnable open, Runnable create, Runnable demo, Optional<String> lastProject,
                java.util.function.Consumer<String> openLast) {
        node.setId("welcome-page");
        node.getStyleClass().add("welcome");
        node.setAlignment(Pos.CENTER);
        Label title = new Label("Gloss");
        title.getStyleClass().add("welcome-title");
        Label subtitle = new Label("Read, code and compare qualitative data");
        subtitle.getStyleClass().add("welcome-subtitle");
        Button openButton = button("Open project…", "welcome-open", open);
        Button newButton = button("New project…", "welcome-new", create);
        Button demoButton = button("Demo project", "welcome-demo", demo);
        HBox buttons = new HBox(12, openButton, newButton, demoButton);
        buttons.setAlignment(Pos.CENTER);
        node.getChildren().addAll(title, subtitle, buttons);
        lastProject.ifPresent(last -> {
            Hyperlink link = new Hyperlink("Reopen " + last);
            link.setId("welcome-last");
            link.setOnAction(e -> openLast.accept(last));
            node.getChildren().add(link);
        });
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("welcome-button");
        button.setOnAction(e -> action.run());
        return button;
    }

    Node node() {
        return node;
    }
}
