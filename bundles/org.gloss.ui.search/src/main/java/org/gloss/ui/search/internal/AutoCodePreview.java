package org.gloss.ui.search.internal;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
            box.setOnAction(e -> replan());
        }
        code.setPrefWidth(160);
        coder.setPrefWidth(110);
        scope.setPrefWidth(110);
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
        apply.setOnAction(e -> apply());
        Button cancel = new Button("Cancel");
        cancel.setId("autocode-cancel");
        cancel.setOnAction(e -> close.run());
        Label title = new Label("Auto-code hits");
        title.setStyle("-fx-font-weight: bold;");
        HBox choices = new HBox(6, title, new Label("Code"), code, new Label("Coder"), coder, new Label("Extent"), scope);
        HBox.setMargin(title, new Insets(0, 10, 0, 0));
        HBox decision = new HBox(6, apply, cancel, summary);
        // the choices keep their size; the list of planned codings takes what is left
        for (HBox row : List.of(choices, decision)) {
            row.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().stream().filter(n -> n != summary).forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        }
        summary.setMinWidth(0);
        node.getChildren().setAll(choices, decision, planned);
        node.setPadding(new Insets(4));
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
        String coderName = coder.getValue() != null ? coder.getValue() : workspace.coderName();
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
        // applying changes the workspace, and its listeners refresh the choices and plan again
        // (plan turns null): keep the plan that was applied
        AutoCodePlan applied = plan;
        try {
            int added = SearchViewModel.apply(workspace, applied);
            context.showStatus("Auto-coded " + added + " extents with '" + applied.code() + "' (Ctrl+Z undoes it)");
            close.run();
        } catch (GlossException e) {
            summary.setText("gloss: error: " + e.getMessage());
        }
    }
}
