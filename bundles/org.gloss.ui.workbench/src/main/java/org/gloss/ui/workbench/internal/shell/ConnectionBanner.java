package org.gloss.ui.workbench.internal.shell;

import javafx.scene.control.Label;

/** The strip under the tool bar that says the server is gone and Gloss is reconnecting. */
final class ConnectionBanner {
    static final String RECONNECTING = "Connection to the server lost — reconnecting…";

    private final Label label = new Label();

    ConnectionBanner() {
        label.setId("connection-banner");
        label.getStyleClass().add("connection-banner");
        label.setMaxWidth(Double.MAX_VALUE);
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
