package org.gloss.ui.workbench.internal.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.gloss.api.store.ProjectSession;
import org.gloss.model.Memo;
import org.gloss.model.MemoTarget;
import org.gloss.ui.workbench.api.FittingColumns;
import org.gloss.ui.workbench.api.Selection;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.osgi.service.component.annotations.Component;

/**
 * Every memo of the project in one list: memos on the project, documents, codes and codings and
 * free memos (journal entries about no object), with a filter by kind and a search in the memos'
 * text and titles. Opening a memo (Enter, double-click, Open) brings its object forward (the
 * document, the coding selected in its document) and puts the memo in the memo editor; New free
 * memo starts a journal entry.
 */
@Component(service = ViewContribution.class)
public class MemosView implements ViewContribution {
    static final String ALL_KINDS = "All memos";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    /** One memo as the list shows it, with what opening it needs. */
    record Row(Memo memo, String kind, String about, Long documentId, int start, int end) {
        String firstLine() {
            String text = memo.text().strip();
            int newline = text.indexOf('\n');
            return newline < 0 ? text : text.substring(0, newline) + " …";
        }

        boolean matches(String kindFilter, String needle) {
            if (kindFilter != null && !ALL_KINDS.equals(kindFilter) && !kindFilter.equals(kind)) {
                return false;
            }
            String n = needle == null ? "" : needle.strip().toLowerCase(Locale.ROOT);
            return n.isEmpty() || memo.text().toLowerCase(Locale.ROOT).contains(n) || about.toLowerCase(Locale.ROOT).contains(n);
        }

        Selection selection() {
            return switch (memo.target()) {
                case PROJECT -> Selection.project("the project");
                case FREE -> Selection.free(memo.title());
                default -> new Selection(memo.target(), memo.targetId(), about);
            };
        }
    }

    @Override
    public String id() {
        return "org.gloss.memos";
    }

    @Override
    public String title() {
        return "Memos";
    }

    @Override
    public ViewArea area() {
        return ViewArea.BOTTOM;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Node createView(WorkbenchContext context) {
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("memos-kind");
        kind.getItems().setAll(ALL_KINDS, kind(MemoTarget.PROJECT), kind(MemoTarget.DOCUMENT), kind(MemoTarget.CODE),
                kind(MemoTarget.CODING), kind(MemoTarget.FREE));
        kind.setValue(ALL_KINDS);
        kind.setAccessibleText("Kind of memo");
        TextField search = new TextField();
        search.setId("memos-search");
        search.setPromptText("Search memos");
        search.setAccessibleText("Search memos");
        search.setAccessibleHelp("Shows the memos whose text or object contains the words");
        HBox.setHgrow(search, Priority.ALWAYS);
        Label count = new Label();
        count.setId("memos-count");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ObservableList<Row> rows = FXCollections.observableArrayList();
        FilteredList<Row> shown = new FilteredList<>(rows);
        TableView<Row> table = new TableView<>(shown);
        table.setId("memos-table");
        table.setAccessibleText("Memos");
        table.setAccessibleHelp("Enter opens the memo and its object");
        table.setPlaceholder(new Label("No memos yet: write one in the memo panel, or start a free memo"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Kind", 80, Row::kind));
        table.getColumns().add(column("About", 200, Row::about));
        table.getColumns().add(column("By", 70, r -> r.memo().author()));
        table.getColumns().add(column("Changed", 120, r -> r.memo().updated() == null ? "" : WHEN.format(r.memo().updated())));
        table.getColumns().add(column("Memo", 400, Row::firstLine));
        // kind, object, author and date as wide as they need; the memo's first line takes the rest
        FittingColumns.fit(table, table.getColumns().get(0), Row::kind, 140);
        FittingColumns.fit(table, table.getColumns().get(1), Row::about, 220);
        FittingColumns.fit(table, table.getColumns().get(2), r -> r.memo().author(), 120);
        FittingColumns.fit(table, table.getColumns().get(3), r -> r.memo().updated() == null ? "" : WHEN.format(r.memo().updated()), 160);
        Runnable filter = () -> {
            shown.setPredicate(r -> r.matches(kind.getValue(), search.getText()));
            count.setText(shown.size() + (shown.size() == 1 ? " memo" : " memos"));
        };
        kind.setOnAction(e -> filter.run());
        search.textProperty().addListener((o, was, now) -> filter.run());
        BackgroundLoader<List<Row>> loader = new BackgroundLoader<>(context);
        WorkspaceBinding.bind(context, c -> c.kind() == Change.Kind.MEMOS || c.kind() == Change.Kind.PROJECT
                || c.kind() == Change.Kind.CODEBOOK || c.kind() == Change.Kind.DOCUMENTS || c.kind() == Change.Kind.CODINGS,
                workspace -> {
                    if (workspace == null) {
                        rows.clear();
                        filter.run();
                        return;
                    }
                    loader.load(MemosView::rows, loaded -> {
                        rows.setAll(loaded);
                        filter.run();
                    });
                });
        Button open = new Button("Open");
        open.setId("memos-open");
        open.setAccessibleHelp("Opens the selected memo in the memo panel and brings its object forward");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> open(context, table.getSelectionModel().getSelectedItem()));
        Button newFree = new Button("New free memo…");
        newFree.setId("memos-new-free");
        newFree.setAccessibleHelp("Starts a journal entry that belongs to no object");
        newFree.setOnAction(e -> newFreeMemo(context));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open(context, table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(context, table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Label kindLabel = new Label("Show");
        kindLabel.setLabelFor(kind);
        HBox bar = new HBox(6, kindLabel, kind, search, count, open, newFree);
        // in a narrow view the search box gives way; the choices, the count and the buttons stay whole
        for (javafx.scene.layout.Region whole : List.of(kindLabel, kind, count, open, newFree)) {
            whole.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        search.setMinWidth(80);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        BorderPane pane = new BorderPane(table);
        pane.setTop(bar);
        pane.setId("memos-view");
        return pane;
    }

    static String kind(MemoTarget target) {
        return switch (target) {
            case PROJECT -> "Project";
            case DOCUMENT -> "Document";
            case CODE -> "Code";
            case CODING -> "Coding";
            case FREE -> "Free memo";
        };
    }

    /** Every memo with what it is about, read on a background session. */
    static List<Row> rows(ProjectSession session) {
        Map<Long, String> documents = new HashMap<>();
        session.documents().list().forEach(d -> documents.put(d.id(), d.name()));
        Map<Long, String> codes = new HashMap<>();
        session.codebook().list().forEach(c -> codes.put(c.id(), c.name()));
        Map<Long, String> coders = new HashMap<>();
        session.coders().list().forEach(c -> coders.put(c.id(), c.name()));
        List<Row> rows = new ArrayList<>();
        for (Memo memo : session.memos().list()) {
            switch (memo.target()) {
                case PROJECT -> rows.add(new Row(memo, kind(MemoTarget.PROJECT), "the project", null, 0, 0));
                case DOCUMENT -> rows.add(new Row(memo, kind(MemoTarget.DOCUMENT), "document " + documents.getOrDefault(memo.targetId(), "?"),
                        memo.targetId(), 0, 0));
                case CODE -> rows.add(new Row(memo, kind(MemoTarget.CODE), "code " + codes.getOrDefault(memo.targetId(), "?"), null, 0, 0));
                case FREE -> rows.add(new Row(memo, kind(MemoTarget.FREE), memo.title(), null, 0, 0));
                case CODING -> session.codings().byId(memo.targetId()).ifPresent(c -> rows.add(new Row(memo, kind(MemoTarget.CODING),
                        "coding '" + codes.getOrDefault(c.codeId(), "?") + "' by " + coders.getOrDefault(c.coderId(), "?") + " in "
                                + documents.getOrDefault(c.documentId(), "?"), c.documentId(), c.start(), c.end())));
                default -> { }
            }
        }
        return rows;
    }

    /** Brings the memo's object forward and puts the memo in the memo panel. */
    static void open(WorkbenchContext context, Row row) {
        if (row == null || context.workspace() == null) {
            return;
        }
        if (row.memo().target() == MemoTarget.DOCUMENT) {
            context.openDocument(row.memo().targetId());
        } else if (row.memo().target() == MemoTarget.CODING && row.documentId() != null) {
            context.reveal(row.documentId(), row.start(), row.end());
        }
        context.selectionProperty().set(row.selection());
        context.showStatus("Memo " + row.about() + " in the memo panel");
    }

    static void newFreeMemo(WorkbenchContext context) {
        if (context.workspace() == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(WHEN.format(java.time.Instant.now()));
        dialog.initOwner(context.window());
        dialog.setTitle("New free memo");
        dialog.setHeaderText("A free memo belongs to no object: a journal entry, an idea, a decision. Its title:");
        dialog.getEditor().setAccessibleText("Title of the free memo");
        dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty()).ifPresent(title -> {
            context.selectionProperty().set(Selection.free(title));
            context.showStatus("Write the free memo “" + title + "” in the memo panel; it is saved when you move on");
        });
    }

    private static TableColumn<Row, String> column(String title, double width, Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
