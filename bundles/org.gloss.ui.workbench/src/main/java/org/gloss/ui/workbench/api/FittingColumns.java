package org.gloss.ui.workbench.api;

import java.util.function.Function;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Table columns of short values (a document name, a place, a kind, a date) that are as wide as
 * their header and their widest value, up to a limit, and never narrower than that: the width left
 * goes to the columns of long text (passages, contexts, memos), which the table's constrained
 * resize policy stretches and, when the table is narrow, cuts. Refitted when the rows change; the
 * user can still widen a column. Used on the FX thread.
 */
public final class FittingColumns {
    /** The cell's padding and grid line, with a little air. */
    private static final double CELL_PADDING = 14;
    /** The header's padding and the sort arrow a sorted column shows. */
    private static final double HEADER_PADDING = 26;

    private FittingColumns() {
    }

    /**
     * Fits the column to its header and to {@code shown} of every row (as its cells show them),
     * at most {@code maxWidth} wide, now and whenever the table's rows change.
     */
    public static <S> void fit(TableView<S> table, TableColumn<S, ?> column, Function<S, String> shown, double maxWidth) {
        Runnable refit = () -> {
            double header = widthOf(column.getText(), true) + HEADER_PADDING;
            double width = header;
            for (S row : table.getItems()) {
                String text = row == null ? null : shown.apply(row);
                if (text != null && !text.isEmpty()) {
                    width = Math.max(width, widthOf(text, false) + CELL_PADDING);
                    if (width >= maxWidth) {
                        break;
                    }
                }
            }
            // the header always shows whole; a very long value gives way at the limit
            width = Math.ceil(Math.max(header, Math.min(width, maxWidth)));
            column.setMinWidth(width);
            column.setPrefWidth(width);
        };
        InvalidationListener rowsChanged = o -> refit.run();
        table.getItems().addListener(rowsChanged);
        table.itemsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(rowsChanged);
            }
            if (now != null) {
                now.addListener(rowsChanged);
            }
            refit.run();
        });
        column.textProperty().addListener(o -> refit.run());
        refit.run();
    }

    /** The width of a header or cell text in the default font (bold for headers, to be safe). */
    static double widthOf(String text, boolean header) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        Font font = Font.getDefault();
        measure.setFont(header ? Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()) : font);
        return measure.getLayoutBounds().getWidth();
    }
}
