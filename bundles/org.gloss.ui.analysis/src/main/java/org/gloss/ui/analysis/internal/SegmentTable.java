package org.gloss.ui.analysis.internal;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.AnalysisTables;
import org.gloss.api.exporter.ResultTable;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * Passages as keyword-in-context rows (document | at | left | passage | right | codes | coder); a
 * click opens the document with the passage selected. Query results, the passages behind a matrix
 * cell or a frequency, and the lines behind a word all show here.
 */
final class SegmentTable {
    /** Context around each passage, in code points. */
    static final int CONTEXT = 40;

    private final TableView<AnalysisSegment> table = new TableView<>();

    SegmentTable(WorkbenchContext context, String id) {
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label("No passages"));
        table.getColumns().add(text("Document", AnalysisSegment::document, 110));
        TableColumn<AnalysisSegment, Integer> at = new TableColumn<>("At");
        at.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().start()));
        at.setPrefWidth(70);
        table.getColumns().add(at);
        TableColumn<AnalysisSegment, String> left = text("Left", s -> oneLine(s.left()), 200);
        left.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setStyle("-fx-alignment: CENTER-RIGHT;");
                setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
            }
        });
        table.getColumns().add(left);
        TableColumn<AnalysisSegment, String> passage = text("Passage", s -> oneLine(s.text()), 280);
        passage.setStyle("-fx-font-weight: bold;");
        table.getColumns().add(passage);
        table.getColumns().add(text("Right", s -> oneLine(s.right()), 200));
        table.getColumns().add(text("Codes", s -> String.join(", ", s.codes()), 140));
        table.getColumns().add(text("Coder", s -> s.coder() == null ? "" : s.coder(), 70));
        table.setRowFactory(t -> {
            TableRow<AnalysisSegment> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    AnalysisSegment s = row.getItem();
                    context.reveal(s.documentId(), s.start(), s.end());
                }
            });
            return row;
        });
    }

    private static TableColumn<AnalysisSegment, String> text(String title, Function<AnalysisSegment, String> value, double width) {
        TableColumn<AnalysisSegment, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Line breaks and tabs as visible marks, so that each passage stays on one row. */
    static String oneLine(String text) {
        return text.replace("\r\n", "⏎").replace('\n', '⏎').replace('\t', ' ');
    }

    TableView<AnalysisSegment> node() {
        return table;
    }

    void show(List<AnalysisSegment> segments) {
        table.getItems().setAll(segments);
    }

    List<AnalysisSegment> shown() {
        return table.getItems();
    }

    /**
     * What a view exports: its own table and, while passages are listed under it, those passages
     * as a second table (a sheet of its own in XLSX; CSV holds only the first).
     */
    List<ResultTable> exportedWith(ResultTable main, AnalysisTables tables, String name) {
        return shown().isEmpty() ? List.of(main) : List.of(main, tables.segments(name, List.copyOf(shown())));
    }
}
