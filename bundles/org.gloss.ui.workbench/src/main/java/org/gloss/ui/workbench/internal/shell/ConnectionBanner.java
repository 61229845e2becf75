package org.gloss.ui.workbench.internal.shell;

import javafx.scene.control.Label;

/** The strip under the tool bar that says the server is gone and Gloss is reconnecting, or that the project file is damaged. */
final class ConnectionBanner {
    static final String RECONNECTING = "Connection to the server lost — reconnecting…";

    private final Label label = new Label();

    ConnectionBanner() {
        label.setId("connection-banner");
        label.getStyleClass().add("connection-banner");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true); // a damage message names the file and the commands to run
        hide();
    }

    Label node() {
        return label;
    }

    void show(String message) {
        label.setText(message);
        label.setVisible(true);
        label.setManaged(true);
    }

    void hide() {
        label.setVisible(false);
        label.setManaged(false);
    }

    boolean isShown() {
        return label.isVisible();
    }
}
