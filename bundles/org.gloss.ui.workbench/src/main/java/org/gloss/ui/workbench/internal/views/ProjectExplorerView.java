package org.gloss.ui.workbench.internal.views;

import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;

import org.gloss.model.Document;
import org.gloss.model.MemoTarget;
import org.gloss.ui.workbench.api.Selection;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;
import org.osgi.service.component.annotations.Component;

/** The project explorer: documents with their coding counts and attributes; double-click opens one. */
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

    /** One row of the tree: a document, or one of its attributes. */
    private record Row(String text, Document document) {
        @Override
        public String toString() {
            return text;
        }
    }

    @Override
    public Node createView(WorkbenchContext context) {
        TreeView<Row> tree = new TreeView<>();
        tree.setId("project-explorer");
        tree.setShowRoot(false);
        WorkspaceBinding.bind(context, c -> c.kind() == Change.Kind.DOCUMENTS || c.kind() == Change.Kind.PROJECT,
                workspace -> tree.setRoot(rows(workspace)));
        WorkspaceBinding.bindCoalesced(context, c -> c.kind() == Change.Kind.CODINGS, workspace -> tree.setRoot(rows(workspace)));
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

    private static void open(WorkbenchContext context, TreeView<Row> tree) {
        TreeItem<Row> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue().document() != null) {
            context.openDocument(item.getValue().document().id());
        }
    }

    private static TreeItem<Row> rows(Workspace workspace) {
        TreeItem<Row> root = new TreeItem<>(new Row("project", null));
        if (workspace == null) {
            return root;
        }
        Map<Long, Integer> counts = workspace.session().documents().codingCounts();
        for (Document d : workspace.documents()) {
            TreeItem<Row> item = new TreeItem<>(new Row(d.name() + "  (" + counts.getOrDefault(d.id(), 0) + " codings, "
                    + d.length() + " characters)", d));
            d.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(a ->
                    item.getChildren().add(new TreeItem<>(new Row(a.getKey() + ": " + a.getValue().value(), null))));
            root.getChildren().add(item);
        }
        return root;
    }
}
