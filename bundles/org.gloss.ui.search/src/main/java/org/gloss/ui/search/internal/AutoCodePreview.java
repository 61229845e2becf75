package org.gloss.ui.search.internal;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gloss.api.search.AutoCodePlan;
import org.gloss.api.search.AutoCodeScope;
import org.gloss.api.search.PlannedCoding;
import org.gloss.api.error.GlossException;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Workspace;

/**
 * "Auto-code hits…": choose the code, the coder and how far each hit extends, see what would be
 * coded (how many extents, which are skipped because they are coded so already), then apply it
 * as one undoable step.
 */
final class AutoCodePreview {
    private final WorkbenchContext context;
    private final SearchViewModel model;
    private final OffThread background;
    private final Runnable close;

    private final ComboBox<String> code = new ComboBox<>();
    private final ComboBox<String> coder = new ComboBox<>();
    private final ComboBox<AutoCodeScope> scope = new ComboBox<>();
    private final Label summary = new Label();
    private final ListView<PlannedCoding> planned = new ListView<>();
    private final Button apply = new Button("Apply");
    private final VBox node = new VBox(6);
    private SearchRequest request;
    private AutoCodePlan plan;

    AutoCodePreview(WorkbenchContext context, SearchViewModel model, OffThread background, Runnable close) {
        this.context = context;
        this.model = model;
        this.background = background;
        this.close = close;
        build();
    }

    Node node() {
        return node;
    }

    private void build() {
        code.setId("autocode-code");
        coder.setId("autocode-coder");
        coder.setEditable(true);
        scope.setId("autocode-scope");
        scope.getItems().setAll(AutoCodeScope.values());
        scope.setValue(AutoCodeScope.HIT);
        for (ComboBox<?> box : List.of(code, coder, scope)) {
            box.setMaxWidth(Double.MAX_VALUE);
            box.setOnAction(e -> replan());
        }
        GridPane choices = new GridPane();
        choices.setHgap(6);
        choices.setVgap(4);
        choices.addRow(0, new Label("Code"), code);
        choices.addRow(1, new Label("Coder"), coder);
        choices.addRow(2, new Label("Extent"), scope);
        GridPane.setHgrow(code, Priority.ALWAYS);

        summary.setId("autocode-summary");
        summary.setWrapText(true);
        planned.setId("autocode-list");
        planned.setPlaceholder(new Label("nothing to code"));
        planned.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PlannedCoding item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.document() + " " + item.start() + "–" + item.end() + ": "
                        + item.text().replace('\n', ' '));
            }
        });
        VBox.setVgrow(planned, Priority.ALWAYS);

        apply.setId("autocode-apply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> apply());
        Button cancel = new Button("Cancel");
        cancel.setId("autocode-cancel");
        cancel.setOnAction(e -> close.run());
        Label title = new Label("Auto-code hits");
        title.setStyle("-fx-font-weight: bold;");
        node.getChildren().setAll(title, choices, summary, planned, new HBox(6, apply, cancel));
        node.setPadding(new Insets(4));
        node.setPrefWidth(340);
        node.setId("autocode-preview");
    }

    /** Shows the preview for the hits of a request. */
    void open(SearchRequest forRequest) {
        this.request = forRequest;
        workspaceChanged();
        replan();
    }

    /** Codes or coders changed: refresh the choices. */
    void workspaceChanged() {
        Workspace workspace = context.workspace();
        if (workspace == null) {
            return;
        }
        String codeName = code.getValue();
        List<String> codes = workspace.codes().stream().map(Code::name).toList();
        code.getItems().setAll(codes);
        code.setValue(codes.contains(codeName) ? codeName : null);
        String coderName = coder.getValue() != null ? coder.getValue() : workspace.coder().name();
        coder.getItems().setAll(workspace.coders().stream().map(Coder::name).toList());
        coder.setValue(coderName);
    }

    private void replan() {
        plan = null;
        apply.setDisable(true);
        planned.getItems().clear();
        if (request == null || context.workspace() == null) {
            return;
        }
        String codeName = code.getValue();
        String coderName = coder.getValue();
        AutoCodeScope extent = scope.getValue();
        if (codeName == null) {
            summary.setText("Choose the code to apply to every hit.");
            return;
        }
        summary.setText("planning…");
        SearchRequest forRequest = request;
        background.run(session -> model.plan(session, forRequest, codeName, coderName, extent), this::show,
                message -> summary.setText("gloss: error: " + message));
    }

    private void show(AutoCodePlan newPlan) {
        plan = newPlan;
        summary.setText(SearchViewModel.describe(newPlan));
        planned.getItems().setAll(newPlan.codings());
        apply.setDisable(newPlan.codings().isEmpty());
    }

    private void apply() {
        Workspace workspace = context.workspace();
        if (plan == null || workspace == null) {
            return;
        }
        try {
            int added = SearchViewModel.apply(workspace, plan);
            context.showStatus("Auto-coded " + added + " extents with '" + plan.code() + "' (Ctrl+Z undoes it)");
            close.run();
        } catch (GlossException e) {
            summary.setText("gloss: error: " + e.getMessage());
        }
    }
}
