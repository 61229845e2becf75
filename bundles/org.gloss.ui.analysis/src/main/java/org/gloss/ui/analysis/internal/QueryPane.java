package org.gloss.ui.analysis.internal;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.CodeQuery;
import org.gloss.api.analysis.QueryResult;
import org.gloss.api.error.GlossException;
import org.gloss.model.Code;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * The code query view: the query (checked while typed, with completion of code names and
 * operators), the filter, the result passages in context (a click opens the document there),
 * "Code the results…" and export.
 */
final class QueryPane {
    private final WorkbenchContext context;
    private final Services services;
    private final BorderPane node = new BorderPane();
    private final TextField query = new TextField();
    private final Label problem = new Label();
    private final Label status = new Label();
    private final FilterBar filter;
    private final SegmentTable results;
    private final Background background;
    private final Button codeResults = new Button("Code the results…");
    private final QueryCompletion completion;
    private QueryResult shown;

    QueryPane(WorkbenchContext context, Services services) {
        this.context = context;
        this.services = services;
        this.background = new Background(context, "query");
        this.filter = new FilterBar(services.analysis(), "query-filter");
        this.results = new SegmentTable(context, "query-results");
        node.setId("analysis-query");
        node.getProperties().put(Panes.KEY, this);
        query.setId("query-text");
        query.setPromptText("e.g. \"debt concern\" AND NOT transparency, A OVERLAPS B, A NEAR/1s B — Ctrl+Space completes");
        HBox.setHgrow(query, Priority.ALWAYS);
        Button run = new Button("Run");
        run.setId("query-run");
        run.setDefaultButton(false);
        run.setOnAction(e -> run());
        query.setOnAction(e -> {
            if (!completion().isShowing()) {
                run();
            }
        });
        query.textProperty().addListener((o, was, now) -> check());
        problem.setId("query-problem");
        problem.setStyle("-fx-text-fill: #B00020;");
        status.setId("query-status");
        codeResults.setId("query-code-results");
        codeResults.setDisable(true);
        codeResults.setOnAction(e -> codeTheResults());
        TableExport export = new TableExport(context, services.exporters(), services.targets(), "query-export", "query",
                () -> shown == null ? List.of() : List.of(services.tables().of(shown)));
        filter.setOnChange(this::runIfShown);
        HBox top = new HBox(8, new Label("Query"), query, run);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(8, status, spacer(), codeResults, export.node());
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, top, problem, filter.node());
        header.setPadding(new Insets(6));
        bottom.setPadding(new Insets(6));
        node.setTop(header);
        node.setCenter(results.node());
        node.setBottom(bottom);
        this.completion = new QueryCompletion(query, this::codeNames, services.analysis().queryKeywords());
        new ProjectFollower(context, node, () -> filter.refresh(context.workspace()), this::runIfShown);
        filter.refresh(context.workspace());
    }

    private QueryCompletion completion() {
        return completion;
    }

    private static Node spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private List<String> codeNames() {
        return context.workspace() == null ? List.of() : context.workspace().codes().stream().map(Code::name).sorted().toList();
    }

    Node node() {
        return node;
    }

    /** Says what is wrong with the query while it is typed (syntax only; names are checked when it runs). */
    private void check() {
        String text = query.getText();
        if (text.isBlank()) {
            problem.setText("");
            return;
        }
        try {
            services.analysis().validateQuery(text);
            problem.setText("");
        } catch (GlossException e) {
            problem.setText(e.getMessage());
        }
    }

    /** Runs again after a change of the filter or the project, if there is a query. */
    private void runIfShown() {
        if (shown != null || !query.getText().isBlank() && problem.getText().isEmpty()) {
            run();
        }
    }

    void run() {
        String text = query.getText();
        if (text.isBlank() || context.workspace() == null) {
            return;
        }
        CodeQuery request;
        try {
            request = new CodeQuery(text, filter.filter(), SegmentTable.CONTEXT);
        } catch (GlossException e) {
            problem.setText(e.getMessage());
            return;
        }
        status.setText("Running…");
        background.run(session -> services.analysis().open(session).query(request), this::show, message -> {
            problem.setText(message);
            status.setText("");
            shown = null;
            results.show(List.of());
            codeResults.setDisable(true);
        });
    }

    private void show(QueryResult result) {
        shown = result;
        problem.setText("");
        results.show(result.segments());
        int n = result.segments().size();
        status.setText(n + (n == 1 ? " passage" : " passages") + " in " + result.documentsWithResults() + " of "
                + result.documentsSearched() + (result.documentsSearched() == 1 ? " document" : " documents"));
        codeResults.setDisable(n == 0);
    }

    /** Asks for the code (new or existing) and codes every result with it as the current coder, as one undo step. */
    private void codeTheResults() {
        if (shown == null || context.workspace() == null) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(context.window());
        dialog.setTitle("Code the results");
        dialog.setHeaderText("Code " + shown.segments().size() + " passages as " + context.workspace().coder().name()
                + " with a code (a new name creates it)");
        ComboBox<String> code = new ComboBox<>();
        code.setId("code-results-code");
        code.setEditable(true);
        code.getItems().setAll(codeNames());
        dialog.getDialogPane().setContent(code);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("code-results-dialog");
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return;
        }
        codeWith(code.getEditor().getText().isBlank() ? code.getValue() : code.getEditor().getText());
    }

    /** Codes the shown results with the code (the dialog's answer). */
    void codeWith(String codeName) {
        try {
            CodeResults.Plan plan = CodeResults.plan(context.workspace(), shown.segments(), codeName);
            int added = CodeResults.apply(context.workspace(), plan);
            context.showStatus("Coded " + added + " passage" + (added == 1 ? "" : "s") + " with '" + plan.code() + "'"
                    + (plan.alreadyCoded() > 0 ? "; " + plan.alreadyCoded() + " already coded" : "") + " (Ctrl+Z undoes)");
        } catch (GlossException e) {
            context.showError(e.getMessage());
        }
    }

    // for tests
    TextField queryField() {
        return query;
    }

    QueryCompletion completionForTests() {
        return completion;
    }

    List<AnalysisSegment> shownSegments() {
        return results.shown();
    }
}
