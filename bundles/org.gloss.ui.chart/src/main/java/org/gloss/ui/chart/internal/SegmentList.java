package org.gloss.ui.chart.internal;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * The passages behind the chosen bar, tile, cell or node: document, code, coder, where and an
 * excerpt; double-clicking a row (or Enter) opens the document with the passage selected.
 */
final class SegmentList {
    /** Code points of a passage shown in the excerpt column; the tooltip shows all of it. */
    static final int EXCERPT = 160;
    static final String PROMPT = "Click a bar, tile, cell or node (or walk the chart with the arrow keys and press Enter) to list the passages behind it";

    private final TableView<AnalysisSegment> table = new TableView<>();
    private final WorkbenchContext context;

    SegmentList(WorkbenchContext context, String id) {
        this.context = context;
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(PROMPT);
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.getColumns().add(text("Document", AnalysisSegment::document, 140));
        table.getColumns().add(text("Code", s -> String.join(", ", s.codes()), 150));
        table.getColumns().add(text("Coder", s -> s.coder() == null ? "" : s.coder(), 80));
        TableColumn<AnalysisSegment, Integer> at = new TableColumn<>("At");
        at.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().start()));
        at.setPrefWidth(70);
        table.getColumns().add(at);
        table.getColumns().add(text("Text", s -> excerpt(s.text()), 480));
        table.setRowFactory(t -> {
            TableRow<AnalysisSegment> row = new TableRow<>() {
                @Override
                protected void updateItem(AnalysisSegment item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(empty || item == null || item.text().length() <= EXCERPT ? null : new Tooltip(item.text()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getClickCount() == 2) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            AnalysisSegment chosen = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                open(chosen);
                e.consume();
            }
        });
    }

    private void open(AnalysisSegment segment) {
        context.reveal(segment.documentId(), segment.start(), segment.end());
    }

    private static TableColumn<AnalysisSegment, String> text(String title, Function<AnalysisSegment, String> value, double width) {
        TableColumn<AnalysisSegment, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** The passage on one line (breaks and tabs as visible marks), cut at {@link #EXCERPT} code points. */
    static String excerpt(String text) {
        String line = text.replace("\r\n", "⏎").replace('\n', '⏎').replace('\t', ' ');
        if (line.codePointCount(0, line.length()) <= EXCERPT) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, EXCERPT - 1)) + "…";
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
}
