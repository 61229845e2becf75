package org.gloss.ui.workbench.internal.views;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gloss.api.error.GlossException;
import org.gloss.ui.workbench.api.Selection;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;
import org.osgi.service.component.annotations.Component;

/**
 * The memo editor: the memo of whatever is selected (the project, a document, a code or a
 * coding); Save writes it, an empty memo removes it, both undoable (Ctrl+Z).
 */
@Component(service = ViewContribution.class)
public class MemoView implements ViewContribution {
    @Override
    public String id() {
        return "org.gloss.memo";
    }

    @Override
    public String title() {
        return "Memo";
    }

    @Override
    public ViewArea area() {
        return ViewArea.RIGHT;
    }

    @Override
    public Node createView(WorkbenchContext context) {
        Label about = new Label();
        about.setId("memo-target");
        about.setWrapText(true);
        TextArea text = new TextArea();
        text.setId("memo-text");
        text.setWrapText(true);
        Button save = new Button("Save memo");
        save.setId("memo-save");
        VBox box = new VBox(6, about, text, new HBox(save));
        box.setPadding(new Insets(6));
        VBox.setVgrow(text, Priority.ALWAYS);
        Runnable load = () -> {
            Workspace workspace = context.workspace();
            Selection selected = current(context);
            box.setDisable(workspace == null);
            if (workspace == null) {
                about.setText("No project open");
                text.clear();
                return;
            }
            about.setText("Memo on " + label(workspace, selected));
            text.setText(workspace.session().memos().find(selected.target(), selected.id()).map(m -> m.text()).orElse(""));
        };
        context.selectionProperty().addListener((o, was, now) -> load.run());
        WorkspaceBinding.bind(context, c -> c.kind() == Change.Kind.MEMOS || c.kind() == Change.Kind.CODEBOOK, w -> load.run());
        save.setOnAction(e -> {
            Workspace workspace = context.workspace();
            Selection selected = current(context);
            try {
                workspace.editMemo(selected.target(), selected.id(), text.getText(), label(workspace, selected));
                context.showStatus("Memo saved on " + selected.label());
            } catch (GlossException ex) {
                context.showError(ex.getMessage());
            }
        });
        return box;
    }

    /** A code's label follows renames; other targets keep the label they were selected with. */
    private static String label(Workspace workspace, Selection selected) {
        if (selected.target() == org.gloss.model.MemoTarget.CODE) {
            return workspace.code(selected.id()).map(c -> "code " + c.name()).orElse(selected.label());
        }
        return selected.label();
    }

    private static Selection current(WorkbenchContext context) {
        Selection selected = context.selectionProperty().get();
        return selected != null ? selected : Selection.project("the project");
    }
}
