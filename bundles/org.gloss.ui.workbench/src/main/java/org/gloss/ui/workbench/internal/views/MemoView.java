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
import org.gloss.model.MemoTarget;
import org.gloss.ui.workbench.api.Selection;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;
import org.osgi.service.component.annotations.Component;

/**
 * The memo editor: the memo of whatever is selected or in front (the project, the document whose
 * tab is in front, a code, a coding, a free memo chosen in the Memos list). What is typed is never thrown away: it is saved when the editor loses focus, when the
 * selection moves to another object and when the project or the window closes (Save does it at
 * once); an empty memo removes it; every save is undoable (Ctrl+Z). While unsaved text is in the
 * editor, a change to the memo by someone else does not overwrite it.
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
        return new Editor(context).box;
    }

    /** One memo editor and the memo it shows. */
    private static final class Editor {
        private final WorkbenchContext context;
        private final Label about = new Label();
        private final TextArea text = new TextArea();
        private final VBox box;
        /** Where the text shown came from: the workspace, the object and the stored text. */
        private Workspace shownIn;
        private Selection shownFor;
        private String stored = "";

        Editor(WorkbenchContext context) {
            this.context = context;
            about.setId("memo-target");
            about.setWrapText(true);
            text.setId("memo-text");
            text.setWrapText(true);
            text.setAccessibleText("Memo text");
            text.setAccessibleHelp("Saved when the focus leaves it, when another object is selected and when the project closes");
            Button save = new Button("Save memo");
            save.setId("memo-save");
            save.setAccessibleHelp("Saves the memo now (it is saved anyway when you move on)");
            save.setOnAction(e -> saveIfChanged());
            box = new VBox(6, about, text, new HBox(save));
            box.setPadding(new Insets(6));
            VBox.setVgrow(text, Priority.ALWAYS);
            text.focusedProperty().addListener((o, had, has) -> {
                if (!has) {
                    saveIfChanged();
                }
            });
            context.selectionProperty().addListener((o, was, now) -> {
                saveIfChanged();
                load();
            });
            WorkspaceBinding.bind(context, c -> c.kind() == Change.Kind.MEMOS || c.kind() == Change.Kind.CODEBOOK
                    || c.kind() == Change.Kind.PROJECT, workspace -> reloadUnlessEdited());
        }

        private void reloadUnlessEdited() {
            Workspace workspace = context.workspace();
            if (workspace != shownIn) {
                // another project: save into the old one, unless it closed first and saved then (beforeClose)
                saveIfChanged();
                shownIn = workspace;
                if (workspace != null) {
                    workspace.beforeClose(this::saveIfChanged);
                }
                load();
            } else if (!edited()) {
                load();
            }
        }

        private void load() {
            Workspace workspace = context.workspace();
            shownIn = workspace;
            box.setDisable(workspace == null);
            if (workspace == null) {
                shownFor = null;
                stored = "";
                about.setText("No project open");
                text.clear();
                return;
            }
            shownFor = current();
            about.setText(shownFor.target() == MemoTarget.FREE ? "Free memo “" + shownFor.label() + "”"
                    : "Memo on " + label(workspace, shownFor));
            stored = (shownFor.target() == MemoTarget.FREE ? workspace.session().memos().findFree(shownFor.label())
                    : workspace.session().memos().find(shownFor.target(), shownFor.id())).map(m -> m.text()).orElse("");
            text.setText(stored);
        }

        private boolean edited() {
            return shownIn != null && !shownIn.isClosed() && shownFor != null && !text.getText().equals(stored);
        }

        /** Saves the text on the object it was typed for, in the project it was typed in. */
        private void saveIfChanged() {
            if (!edited()) {
                return;
            }
            Workspace workspace = shownIn;
            Selection target = shownFor;
            try {
                if (target.target() == MemoTarget.FREE) {
                    workspace.editFreeMemo(target.label(), text.getText());
                } else {
                    workspace.editMemo(target.target(), target.id(), text.getText(), label(workspace, target));
                }
                stored = text.getText();
                context.showStatus("Memo saved on " + target.label());
            } catch (GlossException ex) {
                // the text stays in the editor, so nothing typed is lost
                context.showError("The memo on " + target.label() + " was not saved: " + ex.getMessage());
            }
        }

        private Selection current() {
            Selection selected = context.selectionProperty().get();
            return selected != null ? selected : Selection.project("the project");
        }
    }

    /** A code's label follows renames; other targets keep the label they were selected with. */
    private static String label(Workspace workspace, Selection selected) {
        if (selected.target() == MemoTarget.FREE) {
            return "free memo '" + selected.label() + "'";
        }
        if (selected.target() == MemoTarget.CODE) {
            return workspace.code(selected.id()).map(c -> "code " + c.name()).orElse(selected.label());
        }
        return selected.label();
    }
}
