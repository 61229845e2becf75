package org.gloss.ui.workbench.internal.views;

import java.util.Map;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.gloss.model.Document;
import org.gloss.model.MemoTarget;
import org.gloss.ui.workbench.api.Selection;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;
import org.osgi.service.component.annotations.Component;

/**
 * The project explorer: documents with their coding counts and attributes; double-click or Enter
 * opens one. The counts follow every change that can alter them (codings, codes removed or
 * merged, documents, other processes' changes); a narrow panel elides a long name, never the count.
 */
@Component(service = ViewContribution.class)
public class ProjectExplorerView implements ViewContribution {
    @Override
    public String id() {
        return "org.gloss.explorer";
    }

    @Override
    public String title() {
        return "Documents";
    }

    @Override
    public ViewArea area() {
        return ViewArea.LEFT_TOP;
    }

    @Override
    public int order() {
        return 10;
    }

    /** One row of the tree: a document with its count, or one of its attributes (count null). */
    record Row(String text, Document document, Integer codings) {
        @Override
        public String toString() {
            return codings == null ? text : text + " (" + codings + (codings == 1 ? " coding)" : " codings)");
        }
    }

    @Override
    public Node createView(WorkbenchContext context) {
        TreeView<Row> tree = new TreeView<>();
        tree.setId("project-explorer");
        tree.setShowRoot(false);
        tree.setAccessibleText("Documents");
        tree.setAccessibleHelp("The project's documents with their numbers of codings; Enter opens the selected document");
        tree.setCellFactory(t -> new RowCell());
        Runnable refresh = () -> {
            Long selected = selectedDocument(tree);
            tree.setRoot(rows(context.workspace()));
            if (selected != null) {
                tree.getRoot().getChildren().stream().filter(i -> i.getValue().document().id() == selected).findFirst()
                        .ifPresent(i -> tree.getSelectionModel().select(i));
            }
        };
        WorkspaceBinding.bind(context, c -> c.kind() == Change.Kind.DOCUMENTS || c.kind() == Change.Kind.PROJECT,
                workspace -> refresh.run());
        // a code removed or merged takes codings along: counts change with the codebook too
        WorkspaceBinding.bindCoalesced(context, c -> c.kind() == Change.Kind.CODINGS || c.kind() == Change.Kind.CODEBOOK,
                workspace -> refresh.run());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getValue().document() != null) {
                Document d = now.getValue().document();
                context.selectionProperty().set(new Selection(MemoTarget.DOCUMENT, d.id(), "document " + d.name()));
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open(context, tree);
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(context, tree);
            }
        });
        return tree;
    }

    private static Long selectedDocument(TreeView<Row> tree) {
        TreeItem<Row> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue().document() == null || item.getValue().codings() == null ? null
                : item.getValue().document().id();
    }

    private static void open(WorkbenchContext context, TreeView<Row> tree) {
        TreeItem<Row> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue().document() != null) {
            context.openDocument(item.getValue().document().id());
        }
    }

    static TreeItem<Row> rows(Workspace workspace) {
        TreeItem<Row> root = new TreeItem<>(new Row("project", null, null));
        if (workspace == null) {
            return root;
        }
        Map<Long, Integer> counts = workspace.session().documents().codingCounts();
        for (Document d : workspace.documents()) {
            TreeItem<Row> item = new TreeItem<>(new Row(d.name(), d, counts.getOrDefault(d.id(), 0)));
            item.getChildren().add(new TreeItem<>(new Row(String.format("%,d characters", d.length()), d, null)));
            d.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(a ->
                    item.getChildren().add(new TreeItem<>(new Row(a.getKey() + ": " + a.getValue().value(), d, null))));
            root.getChildren().add(item);
        }
        return root;
    }

    /** A document's name (elided when the panel is narrow) and its count (never elided). */
    private static final class RowCell extends TreeCell<Row> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box = new HBox(6, name, count);

        RowCell() {
            // a document dragged onto a case or a set in the Cases & Sets view joins it
            setOnDragDetected(e -> {
                Row row = getItem();
                if (row == null || row.document() == null || row.codings() == null) {
                    return;
                }
                javafx.scene.input.Dragboard board = startDragAndDrop(javafx.scene.input.TransferMode.COPY);
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.put(org.gloss.ui.workbench.api.DocumentTransfer.DOCUMENT_ID, row.document().id());
                content.putString(row.document().name());
                board.setContent(content);
                e.consume();
            });
            name.setMnemonicParsing(false);
            name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            name.setMinWidth(20);
            // asks for little width, so the row never needs a horizontal scroll bar: the name is
            // elided in a narrow panel and grows into a wide one
            name.setPrefWidth(40);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            count.getStyleClass().add("code-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            name.setText(row.text());
            count.setText(row.codings() == null ? "" : String.valueOf(row.codings()));
            count.setVisible(row.codings() != null);
            setGraphic(box);
            setAccessibleText(row.toString());
        }
    }
}
