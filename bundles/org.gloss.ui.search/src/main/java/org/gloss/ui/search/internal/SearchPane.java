package org.gloss.ui.search.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.gloss.api.search.QueryMode;
import org.gloss.api.search.SearchHit;
import org.gloss.api.search.SearchQuery;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Document;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;
import org.gloss.ui.workbench.model.WorkspaceListener;

/**
 * The search view's content: query box and options above, hit counts per document and the
 * keyword-in-context table below, the auto-coding preview at the right when asked for.
 */
final class SearchPane {
    private static final String ERROR_STYLE = "-fx-text-fill: #B00020;";

    private final WorkbenchContext context;
    private final SearchViewModel model;
    private final OffThread background;

    private final TextField query = new TextField();
    private final ComboBox<QueryMode> mode = new ComboBox<>();
    private final CheckBox stemming = new CheckBox("stemming");
    private final ComboBox<ScopeChoice> scope = new ComboBox<>();
    private final ComboBox<String> scopeName = new ComboBox<>();
    private final Spinner<Integer> contextWidth = new Spinner<>(0, 500, SearchQuery.DEFAULT_CONTEXT, 10);
    private final Label status = new Label();
    private final ListView<String> counts = new ListView<>();
    private final TableView<SearchHit> table = new TableView<>();
    private final AutoCodePreview preview;
    private final SplitPane results = new SplitPane();
    private final BorderPane node = new BorderPane();
    /** The request whose hits the table shows: what auto-coding codes. */
    private SearchRequest shown;

    SearchPane(WorkbenchContext context, SearchViewModel model) {
        this.context = context;
        this.model = model;
        this.background = new OffThread(context);
        this.preview = new AutoCodePreview(context, model, background, this::closePreview);
        build();
        bindToWorkspace();
    }

    Node node() {
        return node;
    }

    private void build() {
        query.setId("search-query");
        query.setPromptText("words, \"a phrase\", wild*, \"debt China\"~5, credit~, a AND NOT b");
        HBox.setHgrow(query, Priority.ALWAYS);
        query.setOnAction(e -> search());
        query.textProperty().addListener((o, was, now) -> showProblem());

        mode.setId("search-mode");
        mode.getItems().setAll(QueryMode.values());
        mode.setValue(QueryMode.WORDS);
        mode.setConverter(converter(m -> switch (m) {
            case WORDS -> "query";
            case LITERAL -> "literal";
            case REGEX -> "regex";
        }));
        mode.setOnAction(e -> {
            stemming.setDisable(mode.getValue() != QueryMode.WORDS);
            showProblem();
        });

        stemming.setId("search-stemming");
        stemming.setSelected(true);
        stemming.setTooltip(new Tooltip("Find inflected forms (кредит → кредиты, debt → debts)"));

        scope.setId("search-scope");
        scope.getItems().setAll(ScopeChoice.values());
        scope.setValue(ScopeChoice.ALL);
        scope.setOnAction(e -> fillScopeNames());
        scopeName.setId("search-scope-name");
        scopeName.setPrefWidth(130);
        scopeName.setVisible(false);
        scopeName.managedProperty().bind(scopeName.visibleProperty());

        contextWidth.setId("search-context");
        contextWidth.setEditable(true);
        contextWidth.setPrefWidth(75);
        contextWidth.setTooltip(new Tooltip("Characters of context on each side of a hit"));
        contextWidth.valueProperty().addListener((o, was, now) -> {
            if (shown != null) {
                search();
            }
        });

        Button run = new Button("Search");
        run.setId("search-run");
        run.setOnAction(e -> search());
        Button autoCode = new Button("Auto-code hits…");
        autoCode.setId("search-autocode");
        autoCode.setOnAction(e -> openPreview());
        autoCode.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(table.getItems()));

        HBox queryRow = new HBox(6, query, run, autoCode);
        HBox optionsRow = new HBox(6, mode, stemming, scope, scopeName, label("context"), contextWidth);
        for (HBox row : List.of(queryRow, optionsRow)) {
            row.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().stream().filter(n -> n != query && n instanceof Region)
                    .forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        }
        query.setMinWidth(150);
        VBox bar = new VBox(4, queryRow, optionsRow);
        bar.setPadding(new Insets(4, 4, 0, 4));
        status.setId("search-status");
        status.setPadding(new Insets(2, 6, 2, 6));
        status.setMaxWidth(Double.MAX_VALUE);

        counts.setId("search-counts");
        counts.setPrefWidth(180);
        counts.setPlaceholder(new Label("no hits"));

        table.setId("search-table");
        table.setPlaceholder(new Label("Type a query and press Enter"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("Document", 90, SearchHit::document, "", OverrunStyle.ELLIPSIS));
        // the left context is read towards the hit: cut it at its start, not next to the hit
        table.getColumns().add(column("Left", 260, h -> oneLine(h.left()), "-fx-alignment: CENTER-RIGHT;",
                OverrunStyle.LEADING_ELLIPSIS));
        table.getColumns().add(column("Hit", 90, h -> oneLine(h.hit()), "-fx-font-weight: bold; -fx-alignment: CENTER;",
                OverrunStyle.ELLIPSIS));
        table.getColumns().add(column("Right", 260, h -> oneLine(h.right()), "", OverrunStyle.ELLIPSIS));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, hit) -> {
            if (hit != null && context.workspace() != null) {
                context.reveal(hit.documentId(), hit.start(), hit.end());
            }
        });

        results.getItems().setAll(counts, table);
        results.setDividerPositions(0.18);
        BorderPane top = new BorderPane(status);
        top.setTop(bar);
        node.setTop(top);
        node.setCenter(results);
        node.setId("search-view");
    }

    private void bindToWorkspace() {
        WorkspaceListener listener = change -> {
            if (change.kind() == Change.Kind.CODEBOOK || change.kind() == Change.Kind.CODERS
                    || change.kind() == Change.Kind.PROJECT) {
                fillScopeNames();
                preview.workspaceChanged();
            }
        };
        context.workspaceProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(listener);
            }
            if (now != null) {
                now.addListener(listener);
            }
            shown = null;
            table.getItems().clear();
            counts.getItems().clear();
            status.setText("");
            closePreview();
            fillScopeNames();
        });
        if (context.workspace() != null) {
            context.workspace().addListener(listener);
        }
        fillScopeNames();
    }

    private void fillScopeNames() {
        Workspace workspace = context.workspace();
        ScopeChoice choice = scope.getValue();
        scopeName.setVisible(choice.needsName());
        if (workspace == null || !choice.needsName()) {
            return;
        }
        List<String> names = choice == ScopeChoice.CODE ? workspace.codes().stream().map(Code::name).toList()
                : workspace.coders().stream().map(Coder::name).toList();
        String selected = scopeName.getValue();
        scopeName.getItems().setAll(names);
        scopeName.setValue(names.contains(selected) ? selected : names.isEmpty() ? null : names.get(0));
    }

    /** The request as the controls show it now. */
    SearchRequest request() {
        ScopeChoice choice = scope.getValue();
        String name = choice == ScopeChoice.CURRENT_DOCUMENT ? currentDocumentName().orElse(null)
                : choice.needsName() ? scopeName.getValue() : null;
        return new SearchRequest(query.getText(), mode.getValue(), stemming.isSelected(), choice, name,
                contextWidth.getValue());
    }

    private Optional<String> currentDocumentName() {
        Workspace workspace = context.workspace();
        if (workspace == null || context.currentDocument().isEmpty()) {
            return Optional.empty();
        }
        return workspace.session().documents().byId(context.currentDocument().getAsLong()).map(Document::name);
    }

    private void showProblem() {
        String problem = model.problem(request());
        if (problem != null) {
            showError(problem);
        } else if (status.getStyle().equals(ERROR_STYLE)) {
            status.setStyle("");
            status.setText("");
        }
    }

    private void search() {
        if (context.workspace() == null) {
            return;
        }
        SearchRequest request = request();
        if (request.isBlank()) {
            return;
        }
        status.setStyle("");
        status.setText("searching…");
        background.run(session -> model.search(session, request), result -> show(request, result), this::showError);
    }

    private void show(SearchRequest request, KwicResult result) {
        if (result.failed()) {
            showError(result.error());
            return;
        }
        shown = request;
        status.setStyle("");
        status.setTooltip(null);
        status.setText(result.summary());
        counts.getItems().setAll(SearchViewModel.countLines(result.hitsPerDocument()));
        table.getItems().setAll(result.hits());
    }

    private void showError(String message) {
        status.setStyle(ERROR_STYLE);
        status.setText("gloss: error: " + message);
        status.setTooltip(new Tooltip(message));
    }

    private void openPreview() {
        SearchRequest request = shown != null ? shown : request();
        if (request.isBlank()) {
            showError("search first: auto-coding codes the hits of the query");
            return;
        }
        node.setCenter(preview.node());
        preview.open(request);
    }

    private void closePreview() {
        node.setCenter(results);
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    private static Label label(String text) {
        return new Label(text);
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static TableColumn<SearchHit, String> column(String title, double width, Function<SearchHit, String> value,
                                                         String style, OverrunStyle overrun) {
        TableColumn<SearchHit, String> column = new TableColumn<>(title);
        column.setId("search-column-" + title.toLowerCase(Locale.ROOT));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> {
            TableCell<SearchHit, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setStyle(style);
            cell.setTextOverrun(overrun);
            return cell;
        });
        return column;
    }
}
