package org.gloss.ui.workbench.internal.views;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import org.gloss.api.error.GlossException;
import org.gloss.model.Code;
import org.gloss.model.MemoTarget;
import org.gloss.ui.workbench.api.CodeTransfer;
import org.gloss.ui.workbench.api.Selection;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.AddCode;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.EditCode;
import org.gloss.ui.workbench.model.MergeCodes;
import org.gloss.ui.workbench.model.RemoveCode;
import org.gloss.ui.workbench.model.UndoableCommand;
import org.gloss.ui.workbench.model.Workspace;
import org.osgi.service.component.annotations.Component;

/**
 * The codebook: the code tree with colours and coding counts, a search box, a check box per code
 * to show or hide its codings, rename in place (F2 or double-click), and drag and drop: onto
 * another code to move or merge, onto a text selection to code it. Names give way to the counts
 * when the panel is narrow (a long name is elided, the count stays). The colour menu offers the
 * palette by name and a colour picker for any other colour. Every action of the context menu has
 * a key (the menu key or Shift+F10 opens it; Space shows or hides the code; Delete removes it).
 */
@Component(service = ViewContribution.class)
public class CodebookView implements ViewContribution {

    @Override
    public String id() {
        return "org.gloss.codebook";
    }

    @Override
    public String title() {
        return "Codebook";
    }

    @Override
    public ViewArea area() {
        return ViewArea.LEFT_BOTTOM;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Node createView(WorkbenchContext context) {
        TextField search = new TextField();
        search.setId("codebook-search");
        search.setPromptText("Search codes");
        search.setAccessibleText("Search codes");
        search.setAccessibleHelp("Shows only the codes whose name contains the text, with their parents");
        TreeView<Code> tree = new TreeView<>();
        tree.setId("codebook-tree");
        tree.setAccessibleText("Codebook");
        tree.setAccessibleHelp("Codes with their colours and numbers of codings. F2 renames, Space shows or hides the code's "
                + "codings, Delete removes it, the context menu key offers colour, sub-code and moves");
        tree.setShowRoot(false);
        tree.setEditable(true);
        Map<Long, Integer> counts = new HashMap<>();
        Runnable rebuild = () -> {
            Workspace workspace = context.workspace();
            counts.clear();
            if (workspace != null) {
                counts.putAll(workspace.codingCounts());
            }
            tree.setRoot(workspace == null ? new TreeItem<>() : tree(workspace.codes(), search.getText()));
        };
        javafx.beans.property.IntegerProperty countsChanged = new javafx.beans.property.SimpleIntegerProperty();
        tree.setCellFactory(t -> new CodeCell(context, counts, countsChanged));
        search.textProperty().addListener((o, was, now) -> rebuild.run());
        WorkspaceBinding.bind(context, c -> c.kind() == Change.Kind.CODEBOOK || c.kind() == Change.Kind.PROJECT,
                w -> rebuild.run());
        // a coding changes only the counts: keep the tree and its cells, update their numbers
        // (TreeView.refresh() would make every cell and its controls anew)
        WorkspaceBinding.bindCoalesced(context, c -> c.kind() == Change.Kind.CODINGS, workspace -> {
            if (workspace != null) {
                counts.clear();
                counts.putAll(workspace.codingCounts());
                countsChanged.set(countsChanged.get() + 1);
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getValue() != null) {
                context.selectionProperty().set(new Selection(MemoTarget.CODE, now.getValue().id(), "code " + now.getValue().name()));
            }
        });
        tree.setOnKeyPressed(e -> {
            TreeItem<Code> selected = tree.getSelectionModel().getSelectedItem();
            if (selected == null || selected.getValue() == null) {
                return;
            }
            Code code = selected.getValue();
            if (e.getCode() == KeyCode.F2) {
                tree.edit(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE && context.workspace() != null) {
                context.workspace().showCode(code.id(), !context.workspace().filters().showsCode(code.id()));
                tree.refresh();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                execute(context, new RemoveCode(code.id(), code.name()));
                e.consume();
            }
        });
        MenuItem add = new MenuItem("New code…");
        add.setOnAction(e -> newCode(context, null));
        tree.setContextMenu(new ContextMenu(add));
        BorderPane pane = new BorderPane(tree);
        BorderPane.setMargin(search, new Insets(4));
        pane.setTop(search);
        return pane;
    }

    /** The code tree; with a search text, only matching codes and their ancestors. */
    static TreeItem<Code> tree(List<Code> codes, String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        Map<Long, Code> byId = new HashMap<>();
        codes.forEach(c -> byId.put(c.id(), c));
        java.util.Set<Long> shown = new java.util.HashSet<>();
        for (Code c : codes) {
            if (needle.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(needle)) {
                for (Code at = c; at != null && shown.add(at.id()); at = at.parentId() == null ? null : byId.get(at.parentId())) {
                    // walk up to the root, keeping the path to every match
                }
            }
        }
        TreeItem<Code> root = new TreeItem<>();
        Map<Long, TreeItem<Code>> items = new HashMap<>();
        for (Code c : codes) {
            if (shown.contains(c.id())) {
                TreeItem<Code> item = new TreeItem<>(c);
                item.setExpanded(true);
                items.put(c.id(), item);
            }
        }
        for (Code c : codes) {
            TreeItem<Code> item = items.get(c.id());
            if (item != null) {
                TreeItem<Code> parent = c.parentId() == null ? root : items.getOrDefault(c.parentId(), root);
                parent.getChildren().add(item);
            }
        }
        return root;
    }

    static void newCode(WorkbenchContext context, Code parent) {
        Workspace workspace = context.workspace();
        if (workspace == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(context.window());
        dialog.setHeaderText(parent == null ? "New code" : "New sub-code of " + parent.name());
        dialog.getEditor().setAccessibleText("Name of the new code");
        // no colour: the store gives the code the next palette colour
        dialog.showAndWait().filter(n -> !n.isBlank()).ifPresent(name -> execute(context,
                new AddCode(name.strip(), parent == null ? null : parent.id(), null)));
    }

    static void execute(WorkbenchContext context, UndoableCommand command) {
        try {
            context.workspace().execute(command);
            context.showStatus("Done: " + command.label());
        } catch (GlossException e) {
            context.showError(e.getMessage());
        }
    }

    /** One code: visibility check box, colour swatch, name and count; editable name; drag source and target. */
    private static final class CodeCell extends TreeCell<Code> {
        private final WorkbenchContext context;
        private final Map<Long, Integer> counts;
        private TextField editor;
        /** The code the display below was made for: a counts refresh only updates its numbers. */
        private Code displayed;
        private HBox display;
        private CheckBox shown;
        private Label count;

        private final javafx.beans.InvalidationListener showCount = o -> showCount();

        CodeCell(WorkbenchContext context, Map<Long, Integer> counts, javafx.beans.value.ObservableValue<Number> countsChanged) {
            this.context = context;
            this.counts = counts;
            countsChanged.addListener(new javafx.beans.WeakInvalidationListener(showCount));
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.COPY_OR_MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(CodeTransfer.CODE_ID, getItem().id());
                content.putString(getItem().name());
                board.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                Object dragged = e.getDragboard().getContent(CodeTransfer.CODE_ID);
                if (getItem() != null && dragged instanceof Long id && id != getItem().id()) {
                    e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                Object dragged = e.getDragboard().getContent(CodeTransfer.CODE_ID);
                if (getItem() != null && dragged instanceof Long id) {
                    offerMoveOrMerge(id, getItem(), e.getScreenX(), e.getScreenY());
                    e.setDropCompleted(true);
                }
                e.consume();
            });
        }

        private void offerMoveOrMerge(long draggedId, Code target, double x, double y) {
            Workspace workspace = context.workspace();
            Code dragged = workspace.code(draggedId).orElse(null);
            if (dragged == null) {
                return;
            }
            MenuItem move = new MenuItem("Move '" + dragged.name() + "' under '" + target.name() + "'");
            move.setId("drop-move");
            move.setMnemonicParsing(false); // code names may contain underscores
            move.setOnAction(a -> execute(context, EditCode.move(dragged.id(), target.id())));
            MenuItem merge = new MenuItem("Merge '" + dragged.name() + "' into '" + target.name() + "'");
            merge.setId("drop-merge");
            merge.setMnemonicParsing(false);
            merge.setOnAction(a -> execute(context, new MergeCodes(dragged.id(), target.id(), dragged.name(), target.name())));
            new ContextMenu(move, merge).show(this, x, y);
        }

        @Override
        protected void updateItem(Code code, boolean empty) {
            super.updateItem(code, empty);
            if (empty || code == null) {
                setText(null);
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            if (isEditing()) {
                return;
            }
            setText(null);
            setGraphic(display(code));
            // the menu is built when asked for: building one per cell made every redraw slow
            setContextMenu(null);
            setOnContextMenuRequested(e -> {
                if (getItem() != null) {
                    menu(getItem()).show(this, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
        }

        /** The cell's display of the code, made again only when the code itself changed. */
        private Node display(Code code) {
            Workspace workspace = context.workspace();
            if (!code.equals(displayed) || display == null) {
                shown = new CheckBox();
                shown.setFocusTraversable(false); // the row has the focus; Space toggles it
                shown.setAccessibleText("Show codings of " + code.name());
                shown.setOnAction(e -> {
                    if (context.workspace() != null) {
                        context.workspace().showCode(code.id(), shown.isSelected());
                    }
                });
                Rectangle swatch = new Rectangle(12, 12, Color.web(code.color() == null ? "#9E9E9E" : code.color()));
                swatch.getStyleClass().add("code-swatch");
                Label name = new Label(code.name());
                name.setMnemonicParsing(false);
                name.setMinWidth(20);
                name.setPrefWidth(40); // grows into a wide panel, elided in a narrow one (no horizontal scroll bar)
                name.setMaxWidth(Double.MAX_VALUE);
                name.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
                // the name gives way to the count when the panel is narrow
                HBox.setHgrow(name, javafx.scene.layout.Priority.ALWAYS);
                count = new Label();
                count.getStyleClass().add("code-count");
                count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                display = new HBox(5, shown, swatch, name, count);
                display.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                display.setMinWidth(0);
                display.setMaxWidth(Double.MAX_VALUE);
                displayed = code;
            }
            shown.setSelected(workspace == null || workspace.filters().showsCode(code.id()));
            showCount();
            return display;
        }

        private void showCount() {
            if (displayed != null && count != null) {
                int n = counts.getOrDefault(displayed.id(), 0);
                count.setText(String.valueOf(n));
                String colour = org.gloss.core.project.CodePalette.nameOf(displayed.color()).orElse(displayed.color());
                setAccessibleText(displayed.name() + ", " + n + (n == 1 ? " coding" : " codings")
                        + (colour == null ? "" : ", colour " + colour)
                        + (shown != null && !shown.isSelected() ? ", hidden" : ""));
            }
        }

        private ContextMenu menu(Code code) {
            MenuItem sub = new MenuItem("New sub-code…");
            sub.setOnAction(e -> newCode(context, code));
            MenuItem rename = new MenuItem("Rename");
            rename.setAccelerator(javafx.scene.input.KeyCombination.valueOf("F2"));
            rename.setOnAction(e -> getTreeView().edit(getTreeItem()));
            MenuItem top = new MenuItem("Move to top level");
            top.setOnAction(e -> execute(context, EditCode.move(code.id(), null)));
            javafx.scene.control.Menu colour = ColourMenu.of(context, code);
            MenuItem remove = new MenuItem("Remove (with its codings)");
            remove.setAccelerator(javafx.scene.input.KeyCombination.valueOf("Delete"));
            remove.setOnAction(e -> execute(context, new RemoveCode(code.id(), code.name())));
            MenuItem add = new MenuItem("New code…");
            add.setOnAction(e -> newCode(context, null));
            return new ContextMenu(add, sub, rename, top, colour, remove);
        }

        @Override
        public void startEdit() {
            if (getItem() == null) {
                return;
            }
            super.startEdit();
            editor = new TextField(getItem().name());
            editor.setId("codebook-rename");
            editor.setOnAction(e -> commitEdit(getItem()));
            editor.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            setText(null);
            setGraphic(editor);
            editor.selectAll();
            editor.requestFocus();
        }

        @Override
        public void commitEdit(Code code) {
            String newName = editor.getText().strip();
            super.cancelEdit();
            if (!newName.isEmpty() && !newName.equals(code.name())) {
                execute(context, EditCode.rename(code.id(), newName));
            } else {
                updateItem(code, false);
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            updateItem(getItem(), getItem() == null);
        }
    }
}
