package org.gloss.ui.workbench.internal.shell;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

import org.gloss.api.error.GlossException;
import org.gloss.model.Coder;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;
import org.gloss.ui.workbench.model.WorkspaceListener;

/** The tool bar: project actions, undo/redo, perspectives and the coder switcher ("coding as"). */
final class WorkbenchToolBar {
    private final ToolBar node = new ToolBar();
    private final ComboBox<String> coder = new ComboBox<>();
    private final WorkbenchWindow window;
    private boolean updating;

    WorkbenchToolBar(WorkbenchWindow window) {
        this.window = window;
        coder.setId("coder-switcher");
        coder.setEditable(true);
        coder.setPrefWidth(140);
        coder.setTooltip(new Tooltip("Who you are coding as; type a new name to add a coder"));
        coder.setAccessibleText("Coding as");
        coder.setAccessibleHelp(coder.getTooltip().getText());
        Label codingAs = new Label("Coding as");
        codingAs.setLabelFor(coder);
        coder.setOnAction(e -> switchCoder());
        node.getItems().addAll(
                button("Open", "Open a project", window::chooseAndOpenProject),
                button("Import", "Import documents", window::chooseAndImportDocuments),
                new Separator(),
                button("Undo", "Undo (Ctrl+Z)", window::undo),
                button("Redo", "Redo (Ctrl+Shift+Z)", window::redo),
                new Separator(),
                button("Coding", "Coding perspective", () -> window.showPerspective("coding")),
                button("Comparison", "Two coders side by side", () -> window.showPerspective("comparison")),
                button("Analysis", "Code queries, co-occurrence, matrices, frequencies, words", () -> window.showPerspective("analysis")),
                new Separator(),
                codingAs, coder);
        WorkspaceListener listener = change -> {
            if (change.kind() == Change.Kind.CODERS || change.kind() == Change.Kind.CURRENT_CODER) {
                refresh(window.workspace());
            }
        };
        window.workspaceProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.addListener(listener);
            }
            refresh(now);
        });
        refresh(window.workspace());
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId("tool-" + text.toLowerCase(java.util.Locale.ROOT));
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleHelp(tip);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void refresh(Workspace workspace) {
        updating = true;
        try {
            coder.setDisable(workspace == null);
            if (workspace == null) {
                coder.getItems().clear();
                return;
            }
            coder.getItems().setAll(workspace.coders().stream().map(Coder::name).toList());
            coder.setValue(workspace.coderName());
        } finally {
            updating = false;
        }
    }

    private void switchCoder() {
        Workspace workspace = window.workspace();
        String chosen = coder.getValue();
        if (updating || workspace == null || chosen == null || chosen.equals(workspace.coderName())) {
            return;
        }
        try {
            workspace.switchCoder(chosen);
            window.showStatus("Coding as " + workspace.coderName());
        } catch (GlossException e) {
            window.showError(e.getMessage());
        }
    }

    Node node() {
        return node;
    }
}
