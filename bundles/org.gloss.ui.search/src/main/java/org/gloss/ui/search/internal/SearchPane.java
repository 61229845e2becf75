package org.gloss.ui.search.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javafx.animation.PauseTransition;
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
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

import org.gloss.api.search.QueryMode;
import org.gloss.api.search.SearchHit;
import org.gloss.api.search.SearchQuery;
import org.gloss.model.Document;
import org.gloss.ui.workbench.api.FittingColumns;
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
    private final ScopeControls scope = new ScopeControls(this::scopeChanged);
    private final Spinner<Integer> contextWidth = new Spinner<>(0, 500, SearchQuery.DEFAULT_CONTEXT, 10);
    private final Label status = new Label();
    private final Button showMore = new Button("Show more");
    private final Button showAll = new Button("Show all");
    private final ListView<String> counts = new ListView<>();
    private final TableView<SearchHit> table = new TableView<>();
    private final AutoCodePreview preview;
    private final SplitPane results = new SplitPane();
    private final BorderPane node = new BorderPane();
    /** The request whose hits the table shows: what auto-coding codes and the documents mark. */
    private SearchRequest shown;
    /** How many rows were asked for the shown request ("Show more" asks for more). */
    private int shownRows;
    /** Set while the table is refilled after a search again: restoring the selection reveals nothing. */
    private boolean restoring;
    /** A burst of changes (an import of many files, auto-coding) searches again once. */
    private final PauseTransition searchAgain = new PauseTransition(Duration.millis(400));

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
        Button clear = new Button("Clear");
        clear.setId("search-clear");
        clear.setTooltip(new Tooltip("Clear the results and the hit marks in the documents"));
        clear.setOnAction(e -> clear());

        HBox queryRow = new HBox(6, query, run, autoCode, clear);
        // the options wrap onto more lines when the view is narrow, instead of pushing the buttons out of sight
        FlowPane optionsRow = new FlowPane(6, 4, mode, stemming, label("context"), contextWidth);
        optionsRow.getChildren().addAll(scope.nodes());
        optionsRow.setAlignment(Pos.CENTER_LEFT);
        queryRow.setAlignment(Pos.CENTER_LEFT);
        for (Node n : queryRow.getChildren()) {
            if (n != query && n instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        query.setMinWidth(150);
        VBox bar = new VBox(4, queryRow, optionsRow);
        bar.setPadding(new Insets(4, 4, 0, 4));
        status.setId("search-status");
        status.setPadding(new Insets(2, 6, 2, 6));
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        showMore.setId("search-show-more");
        showMore.setOnAction(e -> runSearch(shown, shownRows + model.rowLimit(), true));
        showAll.setId("search-show-all");
        showAll.setOnAction(e -> runSearch(shown, Integer.MAX_VALUE, true));
        for (Button button : List.of(showMore, showAll)) {
            button.setVisible(false);
            button.managedProperty().bind(button.visibleProperty());
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox statusRow = new HBox(4, status, showMore, showAll);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        statusRow.setPadding(new Insets(0, 4, 0, 0));
        searchAgain.setOnFinished(e -> {
            if (shown != null && context.workspace() != null) {
                runSearch(shown, shownRows, true);
            }
        });

        counts.setId("search-counts");
        counts.setPrefWidth(180);
        counts.setPlaceholder(new Label("no hits"));

        table.setId("search-table");
        table.setPlaceholder(new Label("Type a query and press Enter"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<SearchHit, SearchHit> document = column("Document", 90, SearchHit::document, KwicOrder.BY_DOCUMENT, "",
                OverrunStyle.ELLIPSIS);
        // where the hit is as people find it (paragraph, line, a transcript's time); exports and
        // the command line keep code-point offsets
        TableColumn<SearchHit, SearchHit> at = column("At", 110, this::place, KwicOrder.BY_POSITION, "", OverrunStyle.ELLIPSIS);
        // the left context is read towards the hit: cut it at its start, not next to the hit
        TableColumn<SearchHit, SearchHit> left = column("Left", 260, h -> oneLine(h.left()), KwicOrder.BY_LEFT,
                "-fx-alignment: CENTER-RIGHT;", OverrunStyle.LEADING_ELLIPSIS);
        TableColumn<SearchHit, SearchHit> hitColumn = column("Hit", 90, h -> oneLine(h.hit()), KwicOrder.BY_HIT,
                "-fx-font-weight: bold; -fx-alignment: CENTER;", OverrunStyle.ELLIPSIS);
        TableColumn<SearchHit, SearchHit> right = column("Right", 260, h -> oneLine(h.right()), KwicOrder.BY_RIGHT, "",
                OverrunStyle.ELLIPSIS);
        table.getColumns().setAll(List.of(document, at, left, hitColumn, right));
        // document, place and hit are as wide as they need; the contexts share the rest
        FittingColumns.fit(table, document, SearchHit::document, 180);
        FittingColumns.fit(table, at, this::place, 160);
        FittingColumns.fit(table, hitColumn, h -> oneLine(h.hit()), 160);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, hit) -> {
            if (hit != null && !restoring && context.workspace() != null) {
                context.reveal(hit.documentId(), hit.start(), hit.end());
            }
        });

        results.getItems().setAll(counts, table);
        results.setDividerPositions(0.18);
        // the per-document counts keep their width; a wider view widens the contexts
        SplitPane.setResizableWithParent(counts, false);
        BorderPane top = new BorderPane(statusRow);
        top.setTop(bar);
        node.setTop(top);
        node.setCenter(results);
        node.setId("search-view");
    }

    private String place(SearchHit hit) {
        Workspace workspace = context.workspace();
        try {
            return workspace == null ? Integer.toString(hit.start()) : workspace.places(hit.documentId()).describe(hit.start());
        } catch (RuntimeException documentGone) {
            return Integer.toString(hit.start());
        }
    }

    private void bindToWorkspace() {
        WorkspaceListener listener = change -> {
            if (change.kind() == Change.Kind.CODEBOOK || change.kind() == Change.Kind.CODERS
                    || change.kind() == Change.Kind.DOCUMENTS || change.kind() == Change.Kind.PROJECT) {
                scope.fill(context.workspace());
                preview.workspaceChanged();
            }
            if (SearchViewModel.searchAgainAfter(change, shown)) {
                searchAgain.playFromStart();
            }
        };
        context.workspaceProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(listener);
            }
            if (now != null) {
                now.addListener(listener);
            }
            searchAgain.stop();
            clearResults();
            closePreview();
            scope.fill(now);
        });
        if (context.workspace() != null) {
            context.workspace().addListener(listener);
        }
        scope.fill(context.workspace());
    }

    /** The request as the controls show it now. */
    SearchRequest request() {
        return new SearchRequest(query.getText(), mode.getValue(), stemming.isSelected(),
                scope.filter(currentDocumentName()), contextWidth.getValue());
    }

    private void scopeChanged() {
        if (shown != null) {
            search();
        }
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
            clear();
            return;
        }
        runSearch(request, model.rowLimit(), false);
    }

    /**
     * Searches in the background. {@code keepView}: the same search again (after a change, or for
     * more rows): the selected hit stays selected and the table stays where it was scrolled.
     */
    private void runSearch(SearchRequest request, int rows, boolean keepView) {
        status.setStyle("");
        status.setText(keepView ? "searching again…" : "searching…");
        background.run(session -> model.search(session, request, rows), result -> show(request, rows, result, keepView),
                this::showError);
    }

    private void show(SearchRequest request, int rows, KwicResult result, boolean keepView) {
        if (result.failed()) {
            showError(result.error());
            return;
        }
        SearchHit selected = keepView ? table.getSelectionModel().getSelectedItem() : null;
        int top = keepView ? firstVisibleRow() : 0;
        shown = request;
        shownRows = rows;
        status.setStyle("");
        status.setTooltip(null);
        status.setText(result.summary());
        boolean more = result.hits().size() < result.totalHits();
        showMore.setVisible(more);
        showAll.setVisible(more);
        showAll.setText("Show all " + result.totalHits());
        counts.getItems().setAll(SearchViewModel.countLines(result.hitsPerDocument()));
        restoring = true;
        try {
            table.getItems().setAll(result.hits());
            table.sort(); // keeps the column the user sorted by
            int again = KwicOrder.indexOf(table.getItems(), selected);
            if (again >= 0) {
                table.getSelectionModel().select(again);
            }
            if (keepView && !table.getItems().isEmpty()) {
                table.scrollTo(Math.min(top, table.getItems().size() - 1));
            }
        } finally {
            restoring = false;
        }
        context.markSearchHits(model.marks(request));
    }

    /** The index of the first row the table shows (0 before it was laid out). */
    private int firstVisibleRow() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            return flow.getFirstVisibleCell().getIndex();
        }
        return 0;
    }

    /** "Clear": no results, no marks in the documents. */
    private void clear() {
        searchAgain.stop();
        clearResults();
        context.markSearchHits(null);
    }

    private void clearResults() {
        shown = null;
        table.getItems().clear();
        counts.getItems().clear();
        status.setStyle("");
        status.setTooltip(null);
        status.setText("");
        showMore.setVisible(false);
        showAll.setVisible(false);
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

    private static TableColumn<SearchHit, SearchHit> column(String title, double width, Function<SearchHit, String> text,
                                                            java.util.Comparator<SearchHit> order, String style,
                                                            OverrunStyle overrun) {
        TableColumn<SearchHit, SearchHit> column = new TableColumn<>(title);
        column.setId("search-column-" + title.toLowerCase(Locale.ROOT));
        column.setPrefWidth(width);
        column.setComparator(order);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> {
            TableCell<SearchHit, SearchHit> cell = new TableCell<>() {
                @Override
                protected void updateItem(SearchHit item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : text.apply(item));
                }
            };
            cell.setStyle(style);
            cell.setTextOverrun(overrun);
            return cell;
        });
        return column;
    }
}
