package org.gloss.ui.adjudication.internal;

import java.util.List;
import java.util.function.IntConsumer;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.gloss.api.agreement.Disagreement;
import org.gloss.api.store.AdjudicationDecision;

/** The list of disagreements: where, which code, the text, who has it, and the decision taken. */
final class DisagreementTable {
    private final TableView<ComparisonSnapshot.Row> table = new TableView<>();
    private boolean updating;

    DisagreementTable(IntConsumer onSelect) {
        table.setId("review-disagreements");
        table.setPlaceholder(new Label("No disagreements"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                numberColumn(),
                column("Document", 84, row -> row.disagreement().document()),
                column("Code", 110, row -> row.disagreement().code()),
                column("Span", 96, row -> "[" + row.disagreement().start() + ", " + row.disagreement().end() + ")"),
                column("Has it", 70, row -> String.join(", ", row.disagreement().coders())),
                column("Decision", 90, row -> decision(row.decision())),
                column("Text", 260, row -> oneLine(row.disagreement()))));
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!updating && now.intValue() >= 0) {
                onSelect.accept(now.intValue());
            }
        });
    }

    TableView<ComparisonSnapshot.Row> node() {
        return table;
    }

    /** Shows the rows and selects the current one without calling back. */
    void show(List<ComparisonSnapshot.Row> rows, int current) {
        updating = true;
        try {
            table.getItems().setAll(rows);
            select(current);
        } finally {
            updating = false;
        }
    }

    void select(int current) {
        boolean was = updating;
        updating = true;
        try {
            if (current >= 0) {
                table.getSelectionModel().select(current);
                table.scrollTo(Math.max(0, current - 2));
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            updating = was;
        }
    }

    private static String decision(AdjudicationDecision decision) {
        if (decision == null) {
            return "open";
        }
        String rule = decision.rule().startsWith("manual:") ? decision.rule().substring("manual:".length()) : decision.rule();
        return decision.note() == null ? rule : rule + " (" + decision.note() + ")";
    }

    private static String oneLine(Disagreement d) {
        return d.text().replace('\n', ' ').strip();
    }

    private static TableColumn<ComparisonSnapshot.Row, String> numberColumn() {
        TableColumn<ComparisonSnapshot.Row, String> column = new TableColumn<>("#");
        column.setPrefWidth(36);
        column.setSortable(false);
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : String.valueOf(getIndex() + 1));
            }
        });
        return column;
    }

    private static TableColumn<ComparisonSnapshot.Row, String> column(String title, double width,
                                                                      java.util.function.Function<ComparisonSnapshot.Row, String> value) {
        TableColumn<ComparisonSnapshot.Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
